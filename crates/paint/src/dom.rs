//! Small builders over the DOM: an element with a class, text, attributes.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// The page's window (a module of this crate only runs in one).
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's document.
pub fn document() -> Option<Document> {
    window()?.document()
}

/// `performance.now()`, in milliseconds.
pub fn now() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// `<tag class="class">`.
pub fn element(document: &Document, tag: &str, class: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if let Some(class) = class {
        element.set_class_name(class);
    }
    Some(element)
}

/// Appends a text node (one call: `ParentNode.append` with a string).
pub fn append_text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// An element with text content.
pub fn with_text(
    document: &Document,
    tag: &str,
    class: Option<&str>,
    text: &str,
) -> Option<Element> {
    let element = element(document, tag, class)?;
    append_text(&element, text);
    Some(element)
}

/// Sets each attribute whose value is given.
pub fn set_attrs(element: &Element, attrs: &[(&str, Option<&str>)]) -> Option<()> {
    for (name, value) in attrs {
        if let Some(value) = value {
            element.set_attribute(name, value).ok()?;
        }
    }
    Some(())
}

/// Appends `child` to `parent`.
pub fn append(parent: &Element, child: &Element) -> Option<()> {
    parent.append_child(child).ok().map(drop)
}

/// `error.message` of a JavaScript error, else its text.
pub fn js_error(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_default()
}
