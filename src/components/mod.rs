//! The views: one file per component, each reading the render model and nothing else.
//!
//! Trusted Types: no `view!` may hold a static subtree, an element below the top whose attributes
//! and content are all literals (`<span aria-hidden="true">"A+"</span>`, an icon's `<svg>`). Leptos
//! (tachys) renders such a subtree from a compile-time HTML string through `<template>.innerHTML`,
//! which a page enforcing Trusted Types refuses, and only a `default` policy (the host's, never
//! ours) could let through. Give it one value instead (`{"A+"}`, an attribute from a constant, a
//! list); `tests/e2e/trusted-types.spec.mjs` fails on any such sink, and
//! `docs/upstream-tachys-trusted-types.md` is the fix proposed upstream.

mod article_view;
#[cfg(feature = "contents")]
mod contents;
#[cfg(feature = "display")]
mod display_control;
mod error_notice;
mod icons;
#[cfg(feature = "listen")]
mod listen;
#[cfg(feature = "quote-links")]
mod quote_links;
mod reader;
mod reading_progress;
#[cfg(feature = "related")]
mod related_stories;
#[cfg(feature = "resume")]
mod resume;
mod scroll_to_top;
#[cfg(feature = "share")]
mod share_tools;

pub use article_view::{show_article, Island, Shown, Tools};
pub use reader::Reader;

use leptos::prelude::use_context;

use article_core::logic::lang::UiLang;

pub use article_paint::Ui;

/// The interface of the reader the calling component belongs to: the [`Reader`] provides it as
/// context (its own language until the article's is known). A view mounted outside any reader (a
/// component test, say) gets an English interface whose ids start `rdr0-`, the same for all its
/// components, so its labels still point at its own elements.
pub fn current_ui() -> Ui {
    use_context::<Ui>().unwrap_or_else(|| Ui::numbered(UiLang::En, 0))
}

/// A new reader's interface, numbered uniquely on the page (the paint module's readers included).
pub fn new_ui(lang: UiLang) -> Ui {
    Ui::numbered(lang, article_paint::host::next_reader_id())
}
