//! The reading-time badge: "3 min" on screen, a full sentence for screen readers.

use super::current_ui;
use leptos::prelude::*;

use super::icons::{icon, CLOCK};
use article_core::logic::reading_time::MinuteRange;

/// Shows a reading time.
#[component]
pub fn ReadingTimeBadge(
    /// Whole minutes, fast to slow.
    minutes: MinuteRange,
    /// `lang` for the label when the interface language differs from the article's.
    lang: Option<&'static str>,
) -> impl IntoView {
    let ui = current_ui();
    view! {
        <p class="rdr-badge" part="badge" lang=lang>
            {icon(CLOCK)}
            <span aria-hidden="true">{ui.strings.minutes_short(minutes)}</span>
            <span class="rdr-sr">{ui.strings.minutes_long_with(minutes, &crate::browser::plural_rules(ui.lang))}</span>
        </p>
    }
}
