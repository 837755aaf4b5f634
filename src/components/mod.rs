//! The views: one file per component, each reading the render model and nothing else.
//!
//! Trusted Types: no `view!` may hold a static subtree, an element below the top whose attributes
//! and content are all literals (`<span aria-hidden="true">"A+"</span>`, an icon's `<svg>`). Leptos
//! (tachys) renders such a subtree from a compile-time HTML string through `<template>.innerHTML`,
//! which a page enforcing Trusted Types refuses, and only a `default` policy (the host's, never
//! ours) could let through. Give it one value instead (`{"A+"}`, an attribute from a constant, a
//! list); `tests/e2e/trusted-types.spec.mjs` fails on any such sink, and
//! `docs/upstream-tachys-trusted-types.md` is the fix proposed upstream.

mod article_body;
mod article_view;
mod author_box;
mod byline;
mod contents;
mod display_control;
mod document_head;
mod error_notice;
mod events;
mod figure;
mod icons;
mod jump_to_end;
mod listen;
mod quote_links;
mod reader;
mod reading_progress;
mod reading_time_badge;
mod related_stories;
mod resume;
mod scroll_to_top;
mod share_tools;
mod skeleton;
mod timestamp;

pub use article_view::{ArticleView, Tools};
pub use events::{equip, Events};
pub use reader::Reader;

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::use_context;

use article_core::logic::i18n::{strings, Strings};
use article_core::logic::lang::{primary_subtag, UiLang};

/// The element matching `selector` in the article that holds `within` (the tools that work on
/// the body find it so: ids and classes repeat when a page embeds several readers).
pub fn in_article(within: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    within
        .closest(".rdr-article")
        .ok()??
        .query_selector(selector)
        .ok()?
}

/// What every component of one reader shares: its interface language and a unique id prefix
/// (several readers can live on one page). The [`Reader`] provides it as context (its own
/// language until the article's is known), and components take it with [`Ui::current`].
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: UiLang,
    pub strings: &'static Strings,
    pub id: u32,
}

impl Ui {
    /// A new reader's context.
    pub fn new(lang: UiLang) -> Ui {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Ui::numbered(lang, NEXT.fetch_add(1, Ordering::Relaxed))
    }

    /// The interface of the reader the calling component belongs to. A view mounted outside any
    /// reader (a component test, say) gets an English interface whose ids start `rdr0-`, the
    /// same for all its components, so its labels still point at its own elements.
    pub fn current() -> Ui {
        use_context::<Ui>().unwrap_or_else(|| Ui::numbered(UiLang::En, 0))
    }

    /// The same reader in another interface language.
    pub fn with_lang(self, lang: UiLang) -> Ui {
        Ui::numbered(lang, self.id)
    }

    /// The interface in `lang` of the reader numbered `id`.
    fn numbered(lang: UiLang, id: u32) -> Ui {
        Ui {
            lang,
            strings: strings(lang),
            id,
        }
    }

    /// A document-unique id for one of this reader's elements.
    pub fn dom_id(&self, name: &str) -> String {
        format!("rdr{}-{name}", self.id)
    }

    /// `lang` to put on interface text inside an article written in `article_lang`, when the two
    /// differ (so a screen reader switches voice).
    pub fn lang_within(&self, article_lang: &str) -> Option<&'static str> {
        (primary_subtag(article_lang) != self.lang.tag()).then_some(self.lang.tag())
    }
}
