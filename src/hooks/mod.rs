//! Hooks in the shape of leptos-use: the behaviours components share, each called from a
//! component's body, with its cleanup registered on the caller's owner.
//!
//! [`use_announcer`] gives a tool's live region its messages; [`use_json`] requests JSON one
//! document at a time, abortable; [`use_article`] loads a reader's article through it (fetch →
//! decode → normalize); [`use_preferences`] holds what the page's readers share (display and
//! voice choices); [`use_history`] opens related stories in place
//! with the browser history (standalone page); [`use_scroll_restore`] lands the reader where it
//! was left; [`use_end_key`] makes the End key reach the end of a long article; [`use_speech`]
//! reads the article aloud (Listen's player); [`use_quote_link`] links to the passage the reader
//! selects, and highlights the one the page's address points at; [`use_ui`] finds the reader's
//! interface. What the host page hears is
//! the publisher's ([`crate::publisher::events`]).

pub mod use_announcer;
pub mod use_article;
pub mod use_end_key;
pub mod use_history;
pub mod use_intersection;
pub mod use_json;
pub mod use_preferences;
pub mod use_quote_link;
pub mod use_scroll_restore;
pub mod use_speech;
pub mod use_ui;
