//! One JSON document at a time for the calling component: the reader's article and the related
//! stories at `relatedSrc` load through it. Each request has an `AbortController` of its own,
//! aborted when a newer request replaces it or when the component is cleaned up: an answer nobody
//! wants is neither downloaded to the end nor shown.
//!
//! ```ignore
//! let json = use_json(UseJsonOptions { timeout_secs: 10 });
//! let Ok(request) = json.request() else { return };
//! spawn_local(async move {
//!     let value = request.fetch(&url, None, &TaskBudget::start()).await;
//!     if request.is_replaced() { return; }
//!     // …
//! });
//! ```

use leptos::prelude::*;
use serde_json::Value;
use web_sys::{AbortController, AbortSignal};

use crate::api::{abort_controller, fetch_json, Request as Prefetched};
use crate::browser::TaskBudget;
use article_core::fault::Fault;

/// Options of [`use_json`].
pub struct UseJsonOptions {
    /// The time limit of each request, in seconds.
    pub timeout_secs: u32,
}

/// The calling component's requests: see [`use_json`].
#[derive(Clone, Copy)]
pub struct Json {
    /// The controller of the latest request (finished or not).
    latest: StoredValue<Option<AbortController>, LocalStorage>,
    timeout_secs: u32,
}

/// One request of a [`Json`]: its signal says whether it was replaced (or its component is gone).
#[derive(Clone)]
pub struct JsonRequest {
    signal: AbortSignal,
    timeout_secs: u32,
}

/// Requests JSON for the calling component, one at a time; the request under way is aborted when
/// the component is cleaned up.
pub fn use_json(options: UseJsonOptions) -> Json {
    let json = Json {
        latest: StoredValue::new_local(None),
        timeout_secs: options.timeout_secs,
    };
    on_cleanup(move || json.abort());
    json
}

impl Json {
    /// A new request, which aborts the one under way. `None` once the component is gone.
    pub fn request(self) -> Option<Result<JsonRequest, Fault>> {
        let controller = match abort_controller() {
            Ok(controller) => controller,
            Err(fault) => {
                self.abort();
                return Some(Err(fault));
            }
        };
        let signal = controller.signal();
        let previous = self.latest.try_update_value(|r| r.replace(controller))?;
        if let Some(previous) = previous {
            previous.abort();
        }
        Some(Ok(JsonRequest {
            signal,
            timeout_secs: self.timeout_secs,
        }))
    }

    /// Aborts the request under way, if any.
    pub fn abort(self) {
        if let Some(Some(request)) = self.latest.try_update_value(Option::take) {
            request.abort();
        }
    }
}

impl JsonRequest {
    /// The document at the absolute `url` (taking over `prefetched`, the start-up script's
    /// request, when it asked for the same URL), parsed; `budget` splits long work into tasks.
    pub async fn fetch(
        &self,
        url: &str,
        prefetched: Option<Prefetched>,
        budget: &TaskBudget,
    ) -> Result<Value, Fault> {
        fetch_json(url, self.timeout_secs, prefetched, &self.signal, budget).await
    }

    /// Whether a newer request replaced this one, or its component is gone: nobody wants its
    /// answer.
    pub fn is_replaced(&self) -> bool {
        self.signal.aborted()
    }

    /// The request's abort signal.
    pub fn signal(&self) -> &AbortSignal {
        &self.signal
    }
}
