//! The only code that touches the network: GET a URL's JSON, with a time limit, abortable by its
//! caller. A request may have been started by the start-up script before the module was ready
//! (`crate::publisher::prefetch` takes it over): the reader then uses it, with the same time
//! limit, counted from when it started.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::Promise;
use leptos::prelude::{set_timeout_with_handle, window};
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestInit, Response};

use crate::browser::{js_error, json_copy, json_parse, now, TaskBudget};
use article_core::fault::Fault;
use article_core::json::DecodeError;

/// A request under way: the answer to come, the controller that aborts it, and when it started
/// (`performance.now()`, in milliseconds). Dropping it aborts the request if it is still running.
pub struct Request {
    url: String,
    response: Promise,
    controller: AbortController,
    started: f64,
}

impl Request {
    /// Starts a GET of `url`.
    fn start(url: &str) -> Result<Request, Fault> {
        let controller = AbortController::new().map_err(network)?;
        let init = RequestInit::new();
        init.set_signal(Some(&controller.signal()));
        Ok(Request {
            url: url.to_owned(),
            response: window().fetch_with_str_and_init(url, &init),
            controller,
            started: now(),
        })
    }

    /// The URL asked for.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A request begun elsewhere (by the start-up script: `crate::publisher::prefetch`): the URL
    /// it asked for, the promise of its answer, the controller that aborts it, and when it started
    /// (`performance.now()`).
    pub fn adopt(
        url: String,
        response: Promise,
        controller: AbortController,
        started: f64,
    ) -> Request {
        Request {
            url,
            response,
            controller,
            started,
        }
    }
}

impl Drop for Request {
    fn drop(&mut self) {
        // A no-op once the body has been read; otherwise nobody wants the answer any more.
        self.controller.abort();
    }
}

/// A new controller whose signal can abort a [`fetch_json`], or the network fault of a browser
/// that has none (it could not fetch either).
pub fn abort_controller() -> Result<AbortController, Fault> {
    AbortController::new().map_err(network)
}

/// Fetches `url` and parses its body as JSON, or returns the [`Fault`] that stopped it: a network
/// error, no complete answer within `timeout_secs`, an HTTP error status, or a body that is not
/// JSON. `prefetched` is used when it asks for the same URL, and aborted otherwise. Aborting
/// `cancel` aborts the request (a network fault, which the caller, who aborted, can ignore). The
/// text is parsed by the browser's `JSON.parse` where it arrived, never copied into the module;
/// only the parsed values are. Parsing and copying megabytes take tens of milliseconds each:
/// `budget` splits them into two tasks when they are that long.
pub async fn fetch_json(
    url: &str,
    timeout_secs: u32,
    prefetched: Option<Request>,
    cancel: &AbortSignal,
    budget: &TaskBudget,
) -> Result<Value, Fault> {
    let body = fetch_body(url, timeout_secs, prefetched, cancel).await?;
    budget.restart();
    let parsed = json_parse(&body).map_err(|e| DecodeError::not_json(js_error(&e)))?;
    drop(body);
    budget.pause().await;
    json_copy(&parsed).map_err(|why| DecodeError::not_json(why).into())
}

/// The body of `url` as a JavaScript string.
async fn fetch_body(
    url: &str,
    timeout_secs: u32,
    prefetched: Option<Request>,
    cancel: &AbortSignal,
) -> Result<JsValue, Fault> {
    let request = match prefetched.filter(|request| request.url == url) {
        Some(request) => request,
        None => Request::start(url)?,
    };
    let _link = AbortLink::new(cancel, &request.controller);
    let limit = f64::from(timeout_secs) * 1000.0;
    let left = (limit - (now() - request.started)).max(0.0);
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (request.controller.clone(), Rc::clone(&timed_out));
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            Duration::from_millis(left as u64),
        )
        .ok()
    };
    let outcome = read(&request).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    outcome.map_err(|fault| match fault {
        Fault::Network(_) if timed_out.get() => Fault::Timeout {
            seconds: timeout_secs,
        },
        other => other,
    })
}

/// Waits for the answer and its whole body.
async fn read(request: &Request) -> Result<JsValue, Fault> {
    let response: Response = JsFuture::from(request.response.clone())
        .await
        .and_then(JsCast::dyn_into)
        .map_err(network)?;
    if !response.ok() {
        return Err(Fault::Status(response.status()));
    }
    JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)
}

/// While it lives, aborting a caller's signal aborts a request's controller too (the controller
/// may be the start-up script's, so it cannot simply be the caller's).
struct AbortLink {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
}

impl AbortLink {
    /// Links `controller` to `signal`; aborts it at once if `signal` already is.
    fn new(signal: &AbortSignal, controller: &AbortController) -> AbortLink {
        let listener = {
            let controller = controller.clone();
            Closure::<dyn FnMut()>::new(move || controller.abort())
        };
        if signal.aborted() {
            controller.abort();
        } else {
            // Cannot fail for a function listener; if it did, the request would just run on.
            let _ =
                signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        }
        AbortLink {
            signal: signal.clone(),
            listener,
        }
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}

/// A network fault from a JavaScript error (a failed or aborted fetch, a missing API).
fn network(error: JsValue) -> Fault {
    Fault::Network(js_error(&error))
}
