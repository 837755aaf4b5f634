//! The browser's `Intl` where the typed bindings stop: sentences by `Intl.Segmenter`. (Dates,
//! relative times and plurals are the paint module's, `article_paint::intl`.)

use js_sys::{JsString, Object};
use wasm_bindgen::JsCast;

use super::js::{call, construct, get, global, set};

/// The sentences of `text` in `lang`, as UTF-16 ranges of `text` (blank ones left out), by
/// `Intl.Segmenter`; the whole text as one sentence where there is no segmenter.
pub fn sentences(text: &str, lang: &str) -> Vec<(u32, u32)> {
    let text = JsString::from(text);
    let whole = vec![(0, text.length())];
    let options = Object::new();
    set(&options, "granularity", &"sentence".into());
    let segmenter = construct(
        &get(&global("Intl"), "Segmenter"),
        &[&lang.into(), &options],
    );
    let Some(segments) = segmenter.and_then(|s| call(&s, "segment", &[&text])) else {
        return whole;
    };
    let Ok(Some(iter)) = js_sys::try_iter(&segments) else {
        return whole;
    };
    let found: Vec<(u32, u32)> = iter
        .filter_map(Result::ok)
        .filter_map(|segment| {
            let piece = get(&segment, "segment").dyn_into::<JsString>().ok()?;
            let index = get(&segment, "index").as_f64()? as u32;
            let blank = piece.as_string().is_none_or(|p| p.trim().is_empty());
            (!blank).then_some((index, index + piece.length()))
        })
        .collect();
    if found.is_empty() {
        whole
    } else {
        found
    }
}
