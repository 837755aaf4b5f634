//! A reader's element in the host page: its configuration, the place the reader is drawn in (the
//! element itself on the standalone page, an open shadow root everywhere else), and the page-wide
//! numbering of readers. Both the paint module and the Leptos reader read elements through here,
//! so the two always agree; which attribute gives which setting is the attribute rule of
//! `article_core::config` (`src/publisher/attributes.json`), which the start-up script follows too.

use article_core::config::{self, Config};
use article_core::logic::i18n::Strings;
use article_core::story::Story;
use js_sys::{Reflect, Symbol};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::dom::{document, window};

/// The class of the mount point inside an embedded reader's shadow root.
pub const HOST_CLASS: &str = "rdr-host";

/// The attribute a painted reader root carries: the URL of the article it shows.
pub const PAINTED: &str = "data-rdr-painted";

/// Whether `element` is the standalone page's reader.
pub fn is_standalone(element: &Element) -> bool {
    config::is_standalone(|name| element.get_attribute(name))
}

/// The reader configuration of `element`: the query string on the standalone page, the element's
/// attributes elsewhere (`src` and `lang` on `<article-reader>`, else `data-src` and `data-lang`),
/// with a warning for each attribute value that was not understood.
pub fn config_of(element: &Element) -> (Config, Vec<String>) {
    Config::of_element(
        &element.local_name(),
        |name| element.get_attribute(name),
        || {
            window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default()
        },
    )
}

/// The host page's language (`<html lang>`), for an embedded reader; the standalone page's own
/// `lang` follows its article, so it says nothing.
pub fn host_lang(element: &Element) -> Option<String> {
    if is_standalone(element) {
        return None;
    }
    document()?
        .document_element()?
        .get_attribute("lang")
        .filter(|l| !l.trim().is_empty())
}

/// The element a reader is drawn in: the standalone element itself, else the mount point in the
/// element's open shadow root (made with the reader's stylesheet when there is none yet). With
/// `keep`, a mount point already there is kept with what it shows (a painted reader); otherwise the
/// shadow root is emptied first.
pub fn target(element: &HtmlElement, keep: bool) -> Option<HtmlElement> {
    if is_standalone(element) {
        return Some(element.clone());
    }
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    if keep {
        // (`:scope` does not name a shadow root in a selector: look at its children.)
        let children = shadow.children();
        let existing = (0..children.length())
            .filter_map(|i| children.item(i))
            .find(|child| child.class_list().contains(HOST_CLASS));
        if let Some(existing) = existing.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            return Some(existing);
        }
    }
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
    let document = document()?;
    if let Some(sheet) = stylesheet() {
        let link = document.create_element("link").ok()?;
        for name in ["href", "integrity", "crossorigin"] {
            if let Some(value) = sheet.get_attribute(name) {
                let _ = link.set_attribute(name, &value);
            }
        }
        let _ = link.set_attribute("rel", "stylesheet");
        shadow.append_child(&link).ok()?;
        let target = mount_point(&document, &shadow)?;
        hide_until_styled(&target, &link);
        return Some(target);
    }
    mount_point(&document, &shadow)
}

fn mount_point(document: &Document, shadow: &web_sys::ShadowRoot) -> Option<HtmlElement> {
    let target: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    target.set_class_name(HOST_CLASS);
    shadow.append_child(&target).ok()?;
    Some(target)
}

/// Keeps `target` hidden until the stylesheet `link` applies in its shadow root (loaded, even
/// from the cache, in a later task): drawn before, the reader would show unstyled and then move
/// as a whole when its styles arrive (a layout shift of the whole article). A sheet that fails
/// to load shows the reader unstyled rather than not at all.
fn hide_until_styled(target: &HtmlElement, link: &Element) {
    let loaded = Reflect::get(link, &"sheet".into()).is_ok_and(|sheet| sheet.is_object());
    if loaded || target.set_attribute("hidden", "").is_err() {
        return;
    }
    let hidden = target.clone();
    let show = Closure::once_into_js(move || {
        let _ = hidden.remove_attribute("hidden");
    });
    for event in ["load", "error"] {
        let _ = link.add_event_listener_with_callback(event, show.unchecked_ref());
    }
}

/// The reader's stylesheet as the host page includes it (`…/article-reader.css`).
fn stylesheet() -> Option<Element> {
    document()?
        .query_selector(r#"link[rel~="stylesheet"][href*="article-reader"][href$=".css"]"#)
        .ok()
        .flatten()
}

/// The painted reader root in `target` that shows the article at `url`, if there is one.
pub fn painted_root(target: &Element, url: &str) -> Option<HtmlElement> {
    let root = target.query_selector(":scope > .rdr").ok()??;
    (root.get_attribute(PAINTED).as_deref() == Some(url))
        .then(|| root.dyn_into().ok())
        .flatten()
}

/// A number for a new reader, unique on the page across both modules (it prefixes the reader's
/// element ids): a counter kept on the document under a registered symbol.
pub fn next_reader_id() -> u32 {
    let key: JsValue = Symbol::for_("article-reader.ids").into();
    let Some(document) = document() else {
        return 1;
    };
    let next = Reflect::get(&document, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1.0);
    let _ = Reflect::set(&document, &key, &JsValue::from_f64(next + 1.0));
    next as u32
}

/// The standalone page follows its article: the skip link in the interface's words, the title,
/// and the document's language and direction (so that a right-to-left article is laid out right
/// to left from its first paint). Embedded readers never call this: the host page owns its
/// document.
pub fn reflect_in_page(story: &Story, strings: &Strings) {
    let Some(document) = document() else {
        return;
    };
    if let Some(skip) = document.query_selector(".rdr-skip").ok().flatten() {
        skip.set_text_content(Some(strings.skip_to_article));
        let _ = skip.set_attribute("lang", strings.lang.tag());
    }
    document.set_title(&story.title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", &story.lang);
        let _ = html.set_attribute("dir", story.dir.as_str());
    }
}
