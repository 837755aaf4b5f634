//! `<time datetime>` with the date written by the browser's `Intl` in the article's language.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::logic::time::Timestamp;

/// A date and time, formatted for `lang` (`3 avril 2024 à 19:12`).
#[component]
pub fn DateTime(
    /// The instant.
    at: Timestamp,
    /// The language to write it in.
    lang: String,
) -> impl IntoView {
    let text = format_date(at.epoch_ms, &lang);
    view! { <time datetime=at.iso>{text}</time> }
}

/// Date and time: `Date.prototype.toLocaleString(lang, {dateStyle: "long", timeStyle: "short"})`.
pub fn format_date(epoch_ms: f64, lang: &str) -> String {
    locale_string(epoch_ms, lang, Some("short"))
}

/// The date alone (`12 mars 2026`), for story cards.
pub fn format_date_only(epoch_ms: f64, lang: &str) -> String {
    locale_string(epoch_ms, lang, None)
}

/// Calls `toLocaleString` so that a language tag `Intl` rejects falls back to English instead of
/// throwing.
fn locale_string(epoch_ms: f64, lang: &str, time_style: Option<&str>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(epoch_ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    if let Some(style) = time_style {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &style.into());
    }
    let Ok(to_locale) = js_sys::Reflect::get(&date, &"toLocaleString".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return String::new();
    };
    [lang, "en"]
        .into_iter()
        .find_map(|tag| to_locale.call2(&date, &tag.into(), &options).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
