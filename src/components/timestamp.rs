//! `<time datetime>` with the date written by the browser's `Intl` in the article's language.

use leptos::prelude::*;

use article_core::logic::time::{relative_to, Timestamp};
pub use article_paint::intl::format_date_only;
use article_paint::intl::{format_date, format_relative};

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
