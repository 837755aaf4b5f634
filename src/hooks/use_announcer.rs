//! A tool's polite live region: the message its `role="status"` element shows, and a way to say
//! one. Saying the same message twice is heard twice: the region is emptied, and the message set
//! on the next frame, so screen readers announce it again. A message said after the tool is gone
//! (a copy answered after the reader was removed) says nothing.
//!
//! ```ignore
//! let announcer = use_announcer();
//! let copied = move |_| announcer.say(ui.strings.link_copied);
//! view! { <p class="rdr-sr" role="status">{move || announcer.message()}</p> }
//! ```

use leptos::prelude::*;

/// One live region's message (see the module's documentation).
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
}

impl Announcer {
    /// Says `message` in the live region, even when it is the one said last.
    pub fn say(self, message: impl Into<String>) {
        let message = message.into();
        self.message.try_set(String::new());
        request_animation_frame(move || {
            self.message.try_set(message);
        });
    }

    /// The message to show (reactive): for the live region's content.
    pub fn message(self) -> String {
        self.message.get()
    }
}

/// A live region's message, owned by the calling component.
pub fn use_announcer() -> Announcer {
    Announcer {
        message: RwSignal::new(String::new()),
    }
}
