//! Dates and plurals written by the browser's `Intl`, in the article's or the interface's language.

use article_core::logic::i18n::{plural, Plural};
use article_core::logic::lang::UiLang;
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name](...args)`, or `Err` when it is not a function or throws.
fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &name.into())?.dyn_into()?;
    let array: js_sys::Array = args.iter().copied().collect();
    Reflect::apply(&method, target, &array)
}

/// `new Intl[name](...args)`.
fn intl(name: &str, args: &js_sys::Array) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()?;
    Reflect::construct(&constructor, args).ok()
}

/// Plural categories from the platform (`Intl.PluralRules`) for an interface language, falling
/// back to the crate's own CLDR rules where the platform has none.
pub fn plural_rules(lang: UiLang) -> impl Fn(u32) -> Plural {
    let rules = intl("PluralRules", &js_sys::Array::of1(&lang.tag().into()));
    move |n: u32| {
        let category = rules
            .as_ref()
            .and_then(|r| call(r, "select", &[&JsValue::from(n)]).ok())
            .and_then(|c| c.as_string());
        match category.as_deref() {
            Some("zero") => Plural::Zero,
            Some("one") => Plural::One,
            Some("two") => Plural::Two,
            Some("few") => Plural::Few,
            Some("many") => Plural::Many,
            Some("other") => Plural::Other,
            _ => plural(lang, n),
        }
    }
}

/// `new Intl.RelativeTimeFormat(lang, {numeric: "auto"}).format(value, unit)`, or `None` when the
/// platform cannot (then the exact date is shown).
pub fn format_relative(value: i32, unit: &str, lang: &str) -> Option<String> {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"numeric".into(), &"auto".into()).ok()?;
    let formatter = intl(
        "RelativeTimeFormat",
        &js_sys::Array::of2(&lang.into(), &options),
    )?;
    call(&formatter, "format", &[&JsValue::from(value), &unit.into()])
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
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    if let Some(style) = time_style {
        let _ = Reflect::set(&options, &"timeStyle".into(), &style.into());
    }
    [lang, "en"]
        .into_iter()
        .find_map(|tag| call(&date, "toLocaleString", &[&tag.into(), &options]).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
