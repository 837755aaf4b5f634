//! The only code that touches the network: GET a URL as text, with a time limit.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use web_sys::AbortController;

use crate::logic::fault::Fault;

/// Fetches `url` and returns its body, or the [`Fault`] that stopped it: a network error, no
/// complete answer within `timeout_secs`, or an HTTP error status.
pub async fn fetch_text(url: &str, timeout_secs: u32) -> Result<String, Fault> {
    let controller =
        AbortController::new().map_err(|e| Fault::Network(e.as_string().unwrap_or_default()))?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), Rc::clone(&timed_out));
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            Duration::from_secs(u64::from(timeout_secs)),
        )
        .ok()
    };
    let outcome = get(url, &controller).await;
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

async fn get(url: &str, controller: &AbortController) -> Result<String, Fault> {
    let signal = controller.signal();
    let response = Request::get(url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| Fault::Network(e.to_string()))?;
    if !response.ok() {
        return Err(Fault::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| Fault::Network(e.to_string()))
}
