//! Thin, safe wrappers over browser APIs that may be missing or may throw (clipboard, share
//! sheet, selection, media queries, IntersectionObserver, history, Trusted Types; speech, Intl,
//! highlights and the text map in their own files). A missing API is a `false`/`Err`, never an
//! exception unwinding through WebAssembly.

pub mod document_head;
pub mod highlight;
pub mod intl;
pub mod js;
pub mod speech;
pub mod text_map;

use js_sys::{Object, Reflect};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use js::try_call as call;

fn navigator() -> JsValue {
    window().navigator().into()
}

/// Copies text with the asynchronous Clipboard API; `false` when it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let Ok(clipboard) = Reflect::get(&navigator(), &"clipboard".into()) else {
        return false;
    };
    match call(&clipboard, "writeText", &[&text.into()]) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// The `{title, text, url}` object `navigator.share` takes.
pub fn share_data(title: &str, text: &str, url: &str) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    data
}

/// Whether the platform share sheet exists and accepts `data`.
pub fn can_share(data: &Object) -> bool {
    let nav = navigator();
    let has_share = Reflect::get(&nav, &"share".into()).is_ok_and(|f| f.is_function());
    let has_can_share = Reflect::get(&nav, &"canShare".into()).is_ok_and(|f| f.is_function());
    has_share && (!has_can_share || call(&nav, "canShare", &[data]).is_ok_and(|ok| ok.is_truthy()))
}

/// Opens the platform share sheet. Cancelling it is not an error.
pub async fn share(data: &Object) -> Result<(), String> {
    let promise = call(&navigator(), "share", &[data])
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
        .map_err(|e| js_error(&e))?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e)
            if Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            Ok(())
        }
        Err(e) => Err(js_error(&e)),
    }
}

pub use article_paint::json::{json_copy, json_parse, parse_json};

/// The name of the reader's Trusted Types policy. A page that enforces Trusted Types
/// (`require-trusted-types-for 'script'`) and shows the standalone reader allows it
/// (`trusted-types article-reader`); embedded readers never create it.
pub const TRUSTED_TYPES_POLICY: &str = "article-reader";

thread_local! {
    /// The reader's policy, created on first use and kept for the page (the same name cannot be
    /// created twice): `None` where the platform has no Trusted Types or the page refuses the name.
    static POLICY: std::cell::OnceCell<Option<JsValue>> = const { std::cell::OnceCell::new() };
}

fn policy() -> Option<JsValue> {
    POLICY.with(|policy| {
        policy
            .get_or_init(|| {
                let factory = Reflect::get(&js_sys::global(), &"trustedTypes".into())
                    .ok()
                    .filter(JsValue::is_object)?;
                // Only `createScript`: the policy creates no HTML and no script URL.
                let rules = Object::new();
                let create_script =
                    Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(json_object_only)
                        .into_js_value();
                Reflect::set(&rules, &"createScript".into(), &create_script).ok()?;
                call(
                    &factory,
                    "createPolicy",
                    &[&TRUSTED_TYPES_POLICY.into(), &rules],
                )
                .ok()
            })
            .clone()
    })
}

/// The policy's one rule: a script may only be the text of a JSON object. Such a text never runs
/// (as a classic or a module script `{"key": …}` is a syntax error, and `{}` does nothing), so the
/// policy vouches for data blocks (the JSON-LD) and nothing that executes.
fn json_object_only(text: JsValue) -> Result<JsValue, JsValue> {
    let parsed = json_parse(&text)?;
    if parsed.is_object() && !js_sys::Array::is_array(&parsed) {
        Ok(text)
    } else {
        Err(js_sys::TypeError::new("article-reader: a script must be a JSON object").into())
    }
}

/// `text` as a `TrustedScript` from the reader's policy, or as the string itself where there is
/// no policy (no Trusted Types, or a page that refuses the reader's); `Err` when `text` is not a
/// JSON object.
pub fn trusted_script(text: &str) -> Result<JsValue, String> {
    match policy() {
        Some(policy) => call(&policy, "createScript", &[&text.into()]).map_err(|e| js_error(&e)),
        None => Ok(text.into()),
    }
}

/// Sets the text of a data block (`<script type="application/ld+json">`), a Trusted Types sink
/// like any script's text, through [`trusted_script`]. `Err` when the page refuses it.
pub fn set_script_data(script: &web_sys::Element, json: &str) -> Result<(), String> {
    let text = trusted_script(json)?;
    Reflect::set(script, &"textContent".into(), &text)
        .map(|_| ())
        .map_err(|e| js_error(&e))
}

pub use article_paint::dom::js_error;

pub use article_paint::intl::plural_rules;

/// The element matching `selector` in the article that holds `within` (the tools that work on
/// the body find it so: ids and classes repeat when a page embeds several readers).
pub fn in_article(within: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    within
        .closest(".rdr-article")
        .ok()??
        .query_selector(selector)
        .ok()?
}

/// The selected range, if it is not empty and lies within `element`. Inside a shadow root the
/// selection is read from the root (Chromium's `ShadowRoot.getSelection`), where the document's
/// would only show the host.
pub fn selection_within(element: &web_sys::Element) -> Option<web_sys::Range> {
    let root = element.get_root_node();
    let from_root =
        js::call(&root, "getSelection", &[]).and_then(|s| s.dyn_into::<web_sys::Selection>().ok());
    let selection = from_root.or_else(|| window().get_selection().ok().flatten())?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let inside = |node: Option<web_sys::Node>| node.is_some_and(|n| element.contains(Some(&n)));
    (inside(range.start_container().ok()) && inside(range.end_container().ok())).then_some(range)
}

/// The address the page was opened with, text fragment included (`location` has it stripped).
pub fn navigation_url() -> String {
    let entry = window()
        .performance()
        .map(|p| p.get_entries_by_type("navigation"))
        .and_then(|entries| entries.get(0).dyn_into::<js_sys::Object>().ok());
    entry
        .and_then(|e| js::get(&e, "name").as_string())
        .unwrap_or_default()
}

/// Scrolls `target` to the top of the viewport: smoothly, or at once under reduced motion.
pub fn scroll_to(target: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(scroll_behavior());
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls the page down by `y` CSS pixels (up when negative): smoothly, or at once under
/// reduced motion.
pub fn scroll_by(y: f64) {
    let options = web_sys::ScrollToOptions::new();
    options.set_top(y);
    options.set_behavior(scroll_behavior());
    window().scroll_by_with_scroll_to_options(&options);
}

/// Smooth scrolling, or instant under reduced motion.
fn scroll_behavior() -> web_sys::ScrollBehavior {
    if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    }
}

/// Whether the reader asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Lets the browser run other tasks (input, paint) before continuing: a zero-delay timeout.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds since the page started.
pub fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

/// Milliseconds of decoding work (parse, copy, decode, normalize) one task may take before the
/// browser gets a turn: at 4× CPU (a mid-range phone) that is still under 50 ms.
pub const TASK_BUDGET_MS: f64 = 10.0;

/// Splits a run of work into tasks by time, not by steps: [`TaskBudget::pause`] between steps lets
/// the browser paint and answer input once the current task has run for the budget, and costs
/// nothing otherwise. A small article goes through the whole pipeline in one short task; a very
/// large one in several, none of them long.
pub struct TaskBudget {
    started: std::cell::Cell<f64>,
}

impl TaskBudget {
    /// A budget of [`TASK_BUDGET_MS`] per task, the current task counted from now.
    pub fn start() -> TaskBudget {
        TaskBudget {
            started: std::cell::Cell::new(now()),
        }
    }

    /// Counts the current task from now (after awaiting something that ends the task, such as a
    /// response).
    pub fn restart(&self) {
        self.started.set(now());
    }

    /// Yields to the browser if the current task has used up the budget.
    pub async fn pause(&self) {
        if now() - self.started.get() >= TASK_BUDGET_MS {
            yield_to_browser().await;
            self.restart();
        }
    }
}

/// Opens the print dialog.
pub fn print() {
    let _ = window().print();
}

/// An IntersectionObserver that stops observing when dropped.
pub struct Observer {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_change(is_intersecting, boundary_top)` whenever `element` enters or leaves the
/// viewport (grown by `root_margin`), until the returned observer is dropped.
pub fn observe_intersection(
    element: &web_sys::Element,
    root_margin: &str,
    on_change: impl Fn(bool, f64) + 'static,
) -> Option<Observer> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_change(entry.is_intersecting(), entry.bounding_client_rect().top());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(root_margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some(Observer {
        observer,
        _callback: callback,
    })
}

/// What the origin's local storage keeps under `key`, where storage is available.
pub fn stored(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Keeps `value` under `key` in local storage. Full or refused storage keeps nothing: the choice
/// still applies to this page.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(key, value);
    }
}

/// The viewport's height in CSS pixels.
pub fn viewport_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default()
}

/// Focuses the first element matching `selector` inside `root`, leaving the scroll position alone.
pub fn focus_without_scrolling(root: &web_sys::Element, selector: &str) {
    if let Some(element) = root.query_selector(selector).ok().flatten() {
        focus_in_place(&element);
    }
}

/// Focuses `element` (focusable, or given `tabindex="-1"`) without scrolling to it.
pub fn focus_in_place(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
