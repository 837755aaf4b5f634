//! The CSS Custom Highlight API (`CSS.highlights`): named sets of ranges the style sheet paints
//! (`::highlight(name)`) without touching the DOM. Listen marks the sentence and word being read,
//! quote links the passage a link points at. Where the API is missing, nothing is highlighted.

use web_sys::Range;

use super::js::{call, construct, get, global};
use wasm_bindgen::JsValue;

/// The page's highlight registry, where the platform has one.
fn registry() -> Option<JsValue> {
    let registry = get(&global("CSS"), "highlights");
    (!registry.is_undefined() && !registry.is_null()).then_some(registry)
}

/// Makes the highlight `name` exactly `ranges` (none: it is removed).
pub fn set(name: &str, ranges: &[&Range]) {
    let Some(registry) = registry() else {
        return;
    };
    let name = JsValue::from_str(name);
    if ranges.is_empty() {
        call(&registry, "delete", &[&name]);
        return;
    }
    let args: Vec<&JsValue> = ranges.iter().map(|r| r.as_ref()).collect();
    if let Some(highlight) = construct(&global("Highlight"), &args) {
        call(&registry, "set", &[&name, &highlight]);
    }
}

/// Adds `ranges` to the highlight `name` (made when there is none); `false` where the platform
/// has no highlights.
pub fn add(name: &str, ranges: &[Range]) -> bool {
    let Some(registry) = registry() else {
        return false;
    };
    let key = JsValue::from_str(name);
    let existing = call(&registry, "get", &[&key]).filter(|h| !h.is_undefined());
    let Some(highlight) = existing.or_else(|| {
        let created = construct(&global("Highlight"), &[])?;
        call(&registry, "set", &[&key, &created])?;
        Some(created)
    }) else {
        return false;
    };
    for range in ranges {
        call(&highlight, "add", &[range]);
    }
    true
}
