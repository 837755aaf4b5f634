//! Hooks in the shape of leptos-use: the behaviours components share, each called from a
//! component's body, with its cleanup registered on the caller's owner.
//!
//! [`use_article`] loads a reader's article (fetch → decode → normalize, abortable);
//! [`use_history`] opens related stories in place with the browser history (standalone page);
//! [`use_scroll_restore`] lands the reader where it was left; [`use_end_key`] makes the End key
//! reach the end of a long article. What the host page hears is the publisher's
//! ([`crate::publisher::events`]).

pub mod use_article;
pub mod use_end_key;
pub mod use_history;
pub mod use_scroll_restore;

/// The events moved to [`crate::publisher::events`]; this path stays only until
/// `components/quote_links.rs`, which another change is rewriting, imports them from there.
pub mod use_events {
    pub use crate::publisher::events::Events;
}
