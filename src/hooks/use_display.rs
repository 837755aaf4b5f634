//! The display preferences (text size, spacing, font, theme) every reader on the page follows:
//! one value for the page, read from storage once, changed by any reader's Display control and
//! applied by every reader's root.

use leptos::prelude::*;

use crate::browser::stored;
use article_core::logic::display::{Display, STORAGE_KEY};

thread_local! {
    /// One choice for the whole page. Reference-counted, not owned by any reader, so it outlives
    /// every reader that is torn down.
    static SHARED: ArcRwSignal<Display> = ArcRwSignal::new(load());
}

/// The display preferences every reader on the page follows: a handle owned by the calling
/// reader onto the one shared value.
pub fn shared_display() -> RwSignal<Display> {
    SHARED.with(|shared| RwSignal::from(shared.clone()))
}

fn load() -> Display {
    stored(STORAGE_KEY)
        .map(|text| Display::from_storage(&text))
        .unwrap_or_default()
}
