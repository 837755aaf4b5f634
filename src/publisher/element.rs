//! The API of a reader's element (`ready`, `src`, `reload()`; `docs/events-and-api.md`). The
//! start-up script (`loader.js`) keeps it: each element's state lives on the element under a
//! registered symbol, and the function that equips an element on the `<article-reader>` class
//! under the same symbol. The reader re-arms `ready` when it begins a load, and equips the
//! elements added to the page after start-up.

use js_sys::Symbol;
use leptos::prelude::window;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::browser::js;

/// The registered symbol under which `loader.js` keeps an element's API state (`ready` and its
/// `arm()`), and, on the custom element's class, the function that equips an element.
const API: &str = "article-reader.api";

/// A load begins in `element`'s reader: its `ready` becomes a pending promise (unless it is one).
/// Without the start-up script (a component test), nothing happens.
pub fn arm(element: &HtmlElement) {
    let state = js::get_key(element, &Symbol::for_(API).into());
    js::call(&state, "arm", &[]);
}

/// Gives `element` the reader API (`ready`, `src`, `reload()`). Elements present at start-up
/// already have it; this equips those added later. Without the start-up script (a component
/// test), nothing happens.
pub fn equip(element: &HtmlElement) {
    let class = window().custom_elements().get("article-reader");
    let function = js::get_key(&class, &Symbol::for_(API).into());
    if let Some(function) = function.dyn_ref::<js_sys::Function>() {
        let _ = function.call1(&class, element);
    }
}
