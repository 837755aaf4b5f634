//! Taking over the request the start-up script began. `loader.js` asks for each reader's article
//! before the module is ready, and leaves the request on the reader's element under a registered
//! symbol (invisible to the host's scripts and styles): its URL, the promise of its answer (the
//! body already read), its abort controller and when it started. The reader takes it when it asks
//! for the same URL (`crate::api::fetch_json`), and counts its time limit from when it started; a
//! request no reader takes is aborted when its [`Request`] is dropped.

use js_sys::Symbol;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::api::Request;
use crate::browser::js;

/// The registered symbol under which `loader.js` leaves a request on a reader's element.
const PREFETCH: &str = "article-reader.prefetch";

/// Takes the request the start-up script began for `element`, if there is one (only once).
pub fn take(element: &Element) -> Option<Request> {
    let key: JsValue = Symbol::for_(PREFETCH).into();
    let entry = js::get_key(element, &key);
    if !entry.is_object() {
        return None;
    }
    js::delete_key(element, &key);
    Some(Request::adopt(
        js::get(&entry, "url").as_string()?,
        js::get(&entry, "response").dyn_into().ok()?,
        js::get(&entry, "controller").dyn_into().ok()?,
        js::get(&entry, "started").as_f64()?,
    ))
}
