//! The reading view's static parts, built with direct DOM calls from the render model: the
//! reader's root, the header (section, headline, standfirst, byline, dates, reading-time badge),
//! the lead image, the body, the source line, tags and the author box, in the reader's final
//! markup and classes, with the tools' places left empty for the Leptos reader's islands.
//!
//! Two users: the paint module (`src/main.rs`, a small module with no framework on the critical
//! path) paints the first screen from the early article request; the Leptos reader adopts what it
//! painted, or builds the same view with the same code when there was no paint (an article opened
//! in place, a reload). Every node is made with `createElement`/`createTextNode`: no markup
//! string is ever parsed.

#[cfg(target_arch = "wasm32")]
pub mod body;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod intl;
#[cfg(target_arch = "wasm32")]
pub mod json;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod view;

pub use ui::Ui;
