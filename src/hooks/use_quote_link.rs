//! Links to a passage, both ways. Out: whenever the reader selects text in the body (after each
//! pointer or key release), the quote and a link to it, the article's URL with a text fragment
//! (`#:~:text=`, with words of context when the quote is not unique; `logic/text_fragment.rs`);
//! Escape drops it. In: a page opened with a text fragment (read from the navigation entry:
//! browsers strip it from `location`) gets the passage highlighted with the CSS Custom Highlight
//! API once the body is built (no change to the DOM), and brought into view.
//!
//! ```ignore
//! let tools = NodeRef::<leptos::html::Div>::new();
//! let quote = use_quote_link(tools, UseQuoteLinkOptions { url: story_url });
//! view! { <div node_ref=tools hidden=move || !quote.is_some()>…</div> }
//! ```

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Range};

use crate::browser::text_map::{TextMap, TextMapOptions};
use crate::browser::{highlight, in_article, navigation_url, scroll_to, selection_within};
use article_core::logic::text_fragment::{directives, find, for_quote};
use article_core::logic::utf16::{byte_index, utf16_index};

/// The highlight of incoming quotes, one for the page (`::highlight(article-reader-quote)`).
const HIGHLIGHT: &str = "article-reader-quote";

/// Frames to wait for a body still being built before giving up on an incoming quote.
const INCOMING_TRIES: u32 = 40;

/// A quote selected in the body: its text and the link to it.
#[derive(Clone)]
pub struct Quote {
    /// The selected text, its runs of white space made single spaces.
    pub text: String,
    /// The article's URL with a text fragment that finds the quote.
    pub link: String,
}

/// The quote offered: see [`use_quote_link`].
#[derive(Clone, Copy)]
pub struct QuoteLink {
    quote: RwSignal<Option<Quote>>,
}

impl QuoteLink {
    /// The quote selected now, if any (tracked).
    pub fn get(self) -> Option<Quote> {
        self.quote.get()
    }

    /// The quote selected now, if any (not tracked: for event handlers).
    pub fn get_untracked(self) -> Option<Quote> {
        self.quote.get_untracked()
    }

    /// Whether a quote is selected (tracked).
    pub fn is_some(self) -> bool {
        self.quote.with(Option::is_some)
    }
}

/// Options of [`use_quote_link`].
pub struct UseQuoteLinkOptions {
    /// The article's shareable URL, which the links to quotes extend.
    pub url: String,
}

/// The quote selected in the body of the article that holds `tools` (the element of the quote's
/// own controls, which keep the quote while they have focus), for as long as the calling
/// component lives; and the incoming quote highlighted. The listeners go when the component is
/// cleaned up.
pub fn use_quote_link(
    tools: NodeRef<leptos::html::Div>,
    options: UseQuoteLinkOptions,
) -> QuoteLink {
    let quote = RwSignal::new(None::<Quote>);
    let body = move || -> Option<Element> {
        in_article(&tools.try_get_untracked().flatten()?.into(), ".rdr-body")
    };
    let page_url = StoredValue::new(options.url);
    // After each pointer or key release: is a passage of this body selected?
    let check = move || {
        let Some(body) = body() else {
            return;
        };
        let selected = selection_within(&body)
            .and_then(|range| quote_of(&body, &range, &page_url.get_value()));
        // Keep the offer while its own controls are used (they do not change the selection).
        if selected.is_some() || !focus_within(tools) {
            quote.try_set(selected);
        }
    };
    let pointer = window_event_listener(leptos::ev::pointerup, move |_| {
        request_animation_frame(check);
    });
    // Read untyped: a page may dispatch a plain `Event` named keyup.
    let keys = window_event_listener_untyped("keyup", move |ev| {
        let escape = ev
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if escape {
            quote.try_set(None);
        } else {
            check();
        }
    });
    on_cleanup(move || {
        pointer.remove();
        keys.remove();
    });
    // An incoming text fragment: once the body is built, highlight and show its passage. A
    // passage selected before the tools came (on the painted article) gets its offer now.
    request_animation_frame(move || {
        if let Some(body) = body() {
            highlight_incoming(&body, INCOMING_TRIES);
        }
        check();
    });
    QuoteLink { quote }
}

/// The text a text fragment is searched in: the body's blocks, `\n` between them.
fn body_text(body: &Element) -> TextMap {
    let options = TextMapOptions {
        blocks: true,
        ..TextMapOptions::default()
    };
    TextMap::of(body, options)
}

/// The quote `range` selects in `body`, with its link (`url` and a text fragment).
fn quote_of(body: &Element, range: &Range, url: &str) -> Option<Quote> {
    let map = body_text(body);
    let text = map.text();
    let at = |units: u32| byte_index(text, units);
    let start = at(map.offset(&range.start_container().ok()?, range.start_offset().ok()?)?);
    let end = at(map.offset(&range.end_container().ok()?, range.end_offset().ok()?)?);
    let directive = for_quote(text, start..end)?;
    let quote = text
        .get(start..end)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let link = format!("{url}#:~:{}", directive.to_fragment());
    Some(Quote { text: quote, link })
}

/// Whether focus is inside the element of `tools`.
fn focus_within(tools: NodeRef<leptos::html::Div>) -> bool {
    tools
        .try_get_untracked()
        .flatten()
        .is_some_and(|tools| tools.matches(":focus-within").unwrap_or(false))
}

/// Highlights the passages the page's address points at (its text fragment) in `body` and
/// scrolls the first into view; waits `tries` frames for a body still being built.
fn highlight_incoming(body: &Element, tries: u32) {
    let wanted = directives(&navigation_url());
    if wanted.is_empty() || !body.is_connected() {
        return;
    }
    let map = body_text(body);
    let text = map.text();
    let ranges: Vec<Range> = wanted
        .iter()
        .filter_map(|d| find(text, d))
        .filter_map(|found| map.range(utf16_index(text, found.start), utf16_index(text, found.end)))
        .collect();
    let Some(first) = ranges.first() else {
        if tries > 0 {
            let body = body.clone();
            request_animation_frame(move || highlight_incoming(&body, tries - 1));
        }
        return;
    };
    if !highlight::add(HIGHLIGHT, &ranges) {
        leptos::logging::warn!(
            "article reader: no CSS Custom Highlight API; quote not highlighted"
        );
    }
    let block = first
        .start_container()
        .ok()
        .and_then(|n| n.parent_element())
        .and_then(|e| e.closest(".rdr-body > *").ok().flatten());
    if let Some(block) = block {
        scroll_to(&block);
    }
}
