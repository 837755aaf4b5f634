//! `<time datetime>` with the date written by the browser's `Intl` in the article's language.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use article_core::logic::time::{relative_to, Timestamp};

/// A date and time, formatted for `lang` (`3 avril 2024 à 19:12`); a recent one reads as a
/// relative time (`il y a 2 heures`) with the exact date in its `title`.
#[component]
pub fn DateTime(
    /// The instant.
    at: Timestamp,
    /// The language to write it in.
    lang: String,
) -> impl IntoView {
    let exact = format_date(at.epoch_ms, &lang);
    let relative = relative_to(js_sys::Date::now(), at.epoch_ms)
        .and_then(|(value, unit)| format_relative(value, unit.as_str(), &lang));
    match relative {
        Some(text) => view! { <time datetime=at.iso title=exact>{text}</time> }.into_any(),
        None => view! { <time datetime=at.iso>{exact}</time> }.into_any(),
    }
}

/// `new Intl.RelativeTimeFormat(lang, {numeric: "auto"}).format(value, unit)`, or `None` when the
/// platform cannot (then the exact date is shown).
fn format_relative(value: i32, unit: &str, lang: &str) -> Option<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"RelativeTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into()).ok()?;
    let args = js_sys::Array::of2(&lang.into(), &options);
    let formatter = js_sys::Reflect::construct(&constructor, &args).ok()?;
    let format: js_sys::Function = js_sys::Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format
        .call2(&formatter, &JsValue::from(value), &unit.into())
        .ok()?
        .as_string()
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
