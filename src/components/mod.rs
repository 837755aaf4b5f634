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
