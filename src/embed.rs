//! Mount points: every `[data-article-reader]` element, `<article-reader>` custom elements (through
//! the entry points the start-up script, `src/publisher/loader.js`, calls), and elements added or
//! removed later (infinite-scroll pages). Embedded readers live in a shadow root, so the host
//! page's CSS cannot reach them and theirs cannot leak out.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::components::Reader;
use crate::publisher::element::equip;
use crate::publisher::prefetch;
use article_paint::host::{config_of, host_lang, target};

thread_local! {
    /// The readers mounted on this page, with the handles that unmount them when dropped.
    static MOUNTED: RefCell<Vec<(Element, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts a reader in every `[data-article-reader]` element of the page and keeps watching for
/// new and removed ones.
pub fn start() {
    mount_new();
    let standalone = document()
        .query_selector("[data-article-reader=standalone]")
        .ok()
        .flatten()
        .is_some();
    if !standalone {
        watch_page();
    }
}

/// `<article-reader>` entered the page.
#[wasm_bindgen]
pub fn reader_connect(element: HtmlElement) {
    if !is_mounted(&element) {
        mount(element);
    }
}

/// `<article-reader>` left the page.
#[wasm_bindgen]
pub fn reader_disconnect(element: HtmlElement) {
    unmount(&element);
}

/// An attribute of `<article-reader>` changed: reload it with its new configuration.
#[wasm_bindgen]
pub fn reader_attribute_changed(element: HtmlElement) {
    if is_mounted(&element) {
        unmount(&element);
        mount(element);
    }
}

/// `reload()` of a reader's element: its reader starts again from its configuration (a new `src`,
/// say), as if just added to the page.
#[wasm_bindgen]
pub fn reader_reload(element: HtmlElement) {
    unmount(&element);
    if element.is_connected() {
        mount(element);
    }
}

/// Tears down the reader mounted in `element`, if any.
fn unmount(element: &Element) {
    let handle = MOUNTED.with_borrow_mut(|mounted| {
        let index = mounted.iter().position(|(e, _)| e == element)?;
        Some(mounted.remove(index))
    });
    drop(handle); // Outside the borrow: unmounting runs the reader's cleanups.
}

fn is_mounted(element: &Element) -> bool {
    MOUNTED.with_borrow(|mounted| mounted.iter().any(|(e, _)| e == element))
}

/// Mounts readers in `[data-article-reader]` elements that have none yet, and tears down those
/// whose element left the page.
fn mount_new() {
    let gone: Vec<Box<dyn Any>> = MOUNTED.with_borrow_mut(|mounted| {
        let (kept, gone): (Vec<_>, Vec<_>) = mounted.drain(..).partition(|(e, _)| e.is_connected());
        *mounted = kept;
        gone.into_iter().map(|(_, handle)| handle).collect()
    });
    drop(gone); // Dropping a handle unmounts its reader and runs its cleanups.
    let Ok(elements) = document().query_selector_all("[data-article-reader]") else {
        return;
    };
    for index in 0..elements.length() {
        if let Some(element) = elements
            .item(index)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        {
            if !is_mounted(&element) {
                mount(element);
            }
        }
    }
}

/// Re-scans the page whenever elements are added or removed.
fn watch_page() {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(|records: js_sys::Array| {
        let changed = records.iter().any(|record| {
            record
                .dyn_into::<web_sys::MutationRecord>()
                .is_ok_and(|r| r.added_nodes().length() + r.removed_nodes().length() > 0)
        });
        if changed {
            mount_new();
        }
    });
    let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if let Some(body) = document().body() {
        let _ = observer.observe_with_options(&body, &options);
    }
    // Watching lasts as long as the page.
    callback.forget();
}

/// Reads the element's configuration and mounts a reader: in the element itself for the
/// standalone page, in an open shadow root everywhere else (`article_paint::host`, which the paint
/// module reads elements through too).
fn mount(element: HtmlElement) {
    let (config, warnings) = config_of(&element);
    for warning in warnings {
        leptos::logging::warn!("article reader: {warning}");
    }
    let host_lang = host_lang(&element);
    // A mount point the paint module drew this element's article in is kept as it is.
    let Some(target) = target(&element, true) else {
        leptos::logging::error!("article reader: could not attach a shadow root to this element");
        return;
    };
    // The article request the start-up script began for this element, if any.
    let prefetched = prefetch::take(&element);
    // `ready`, `src` and `reload()` for elements added after start-up (loader.js equips the rest).
    equip(&element);
    let host = Some(element.clone());
    let handle = leptos::mount::mount_to(target.clone(), move || {
        view! { <Reader config=config host_lang=host_lang target=target prefetched=prefetched host=host /> }
    });
    MOUNTED.with_borrow_mut(|mounted| mounted.push((element.into(), Box::new(handle))));
}
