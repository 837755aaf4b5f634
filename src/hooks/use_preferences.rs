//! What the readers of one page share: the reader's preferences, each one value for the page,
//! read from the origin's storage once, changed by any reader and followed by all (the display
//! choices of the Display control, the voice chosen per language for Listen). Reference-counted,
//! not owned by any reader, so they outlive every reader that is torn down.

use leptos::prelude::*;

use crate::browser::stored;
use article_core::logic::display::{Display, STORAGE_KEY};
use article_core::logic::listen::VoiceChoices;

/// Where the voices chosen per language are kept.
pub const VOICES_KEY: &str = "article-reader:voices";

thread_local! {
    static DISPLAY: ArcRwSignal<Display> = ArcRwSignal::new(
        stored(STORAGE_KEY)
            .map(|text| Display::from_storage(&text))
            .unwrap_or_default(),
    );
    static VOICES: ArcRwSignal<VoiceChoices> = ArcRwSignal::new(
        stored(VOICES_KEY)
            .map(|text| VoiceChoices::from_storage(&text))
            .unwrap_or_default(),
    );
}

/// The display preferences every reader on the page follows: a handle owned by the calling
/// reader onto the one shared value.
pub fn shared_display() -> RwSignal<Display> {
    DISPLAY.with(|shared| RwSignal::from(shared.clone()))
}

/// The voices chosen per language, shared by the page's readers: a handle owned by the caller.
pub fn shared_voices() -> RwSignal<VoiceChoices> {
    VOICES.with(|shared| RwSignal::from(shared.clone()))
}
