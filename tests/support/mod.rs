//! What the browser test binaries share: a container in the test page, queries, waiting for
//! the DOM to settle on a condition (never a fixed delay before an assertion), `data:` URLs and
//! stubs of browser services.
#![allow(dead_code)] // Each test binary uses its own part of this.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use article_core::config::Config;
use article_reader::components::Reader;
use leptos::prelude::*;

/// A fresh container in the test page.
pub fn container() -> HtmlElement {
    let document = document();
    let div = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

pub fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

/// A `data:` URL serving `json`.
pub fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        js_sys::encode_uri_component(json)
    )
}

/// Waits until `selector` matches inside `root`, looking again every 50 ms (up to ~30 s, so that
/// only a selector that never matches fails, however busy the machine).
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..600 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        sleep(50).await;
    }
    panic!("timed out waiting for {selector} in {}", root.inner_html());
}

/// Waits until `done` holds, looking again every 50 ms (up to ~30 s, as [`wait_for`]).
pub async fn until(mut done: impl FnMut() -> bool, what: &str) {
    for _ in 0..600 {
        if done() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out waiting until {what}");
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `source` as the body of a function in the test page (stubs of browser services).
pub fn run_js(source: &str) -> JsValue {
    js_sys::Function::new_no_args(source)
        .call0(&JsValue::NULL)
        .unwrap()
}

/// A reader of `config` in a fresh container, for as long as the test page lives.
pub fn mount_reader(config: Config) -> HtmlElement {
    let root = container();
    let target = root.clone();
    leptos::mount::mount_to(
        root.clone(),
        move || view! { <Reader config=config host_lang=None target=target /> },
    )
    .forget();
    root
}
