//! Links to a passage. Selecting text in the body offers "Copy link to this quote" and sharing the
//! quote: the article's URL with a text fragment (`#:~:text=`, with words of context when the
//! quote is not unique; `logic/text_fragment.rs`). A page opened with a text fragment (read from
//! the navigation entry: browsers strip it from `location`) gets the passage highlighted with the
//! CSS Custom Highlight API once the article is shown (no change to the DOM), and brought into
//! view.

use super::current_ui;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::{highlight, js};
use web_sys::{Element, Node, Range};

use super::icons::share_icon;
use super::in_article;
use super::scroll_to_top::scroll_to;
use crate::browser;
use crate::hooks::use_events::Events;
use article_core::logic::share_links::{share_url, ShareTarget, Shared};
use article_core::logic::text_fragment::{directives, find, for_quote};

/// The highlight of incoming quotes, one for the page (`::highlight(article-reader-quote)`).
const HIGHLIGHT: &str = "article-reader-quote";

/// A quote selected in the body: its text and the link to it.
#[derive(Clone)]
struct Quote {
    text: String,
    link: String,
}

/// The quote tools of one article whose shareable URL is `url`; `targets` are the reader's share
/// controls (the networks among them share the quote too).
#[component]
pub fn QuoteLinks(url: String, title: String, targets: Vec<ShareTarget>) -> impl IntoView {
    let ui = current_ui();
    let events = Events::current();
    let quote = RwSignal::new(None::<Quote>);
    let status = RwSignal::new(String::new());
    let anchor = NodeRef::<leptos::html::Div>::new();
    let body = move || -> Option<Element> {
        in_article(&anchor.try_get_untracked().flatten()?.into(), ".rdr-body")
    };
    let page_url = StoredValue::new(url);
    // After each pointer or key release: is a passage of this body selected?
    let check = move || {
        let Some(body) = body() else {
            return;
        };
        let selected = selected_range(&body).and_then(|range| {
            let text = BodyText::of(&body);
            let start = text.offset(&range.start_container().ok()?, range.start_offset().ok()?)?;
            let end = text.offset(&range.end_container().ok()?, range.end_offset().ok()?)?;
            let directive = for_quote(&text.text, start..end)?;
            let quote = text
                .text
                .get(start..end)?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let link = format!("{}#:~:{}", page_url.get_value(), directive.to_fragment());
            Some(Quote { text: quote, link })
        });
        // Keep the offer while its own controls are used (they do not change the selection).
        if selected.is_some() || !focus_within(anchor) {
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
            highlight_incoming(&body, 40);
        }
        check();
    });

    let announce = move |message: &'static str| {
        status.try_set(String::new());
        request_animation_frame(move || {
            status.try_set(message.to_owned());
        });
    };
    let copy = move |_| {
        let Some(Quote { link, .. }) = quote.get_untracked() else {
            return;
        };
        events.shared("quote-link");
        spawn_local(async move {
            if browser::copy_text(&link).await {
                announce(ui.strings.quote_link_copied);
            } else {
                announce(ui.strings.copy_fallback);
            }
        });
    };
    let native = move |_| {
        let Some(Quote { text, link }) = quote.get_untracked() else {
            return;
        };
        events.shared("quote");
        let data = browser::share_data(&text, &text, &link);
        spawn_local(async move {
            if let Err(why) = browser::share(&data).await {
                leptos::logging::warn!("article reader: share sheet failed: {why}");
            }
        });
    };
    let has_native = browser::can_share(&browser::share_data(&title, &title, "https://x.example/"));
    // The networks, as links to the selected quote (only while there is one: a link without a
    // destination is no link).
    let networks = StoredValue::new(
        targets
            .into_iter()
            .filter(|t| {
                share_url(
                    *t,
                    &Shared {
                        title: "",
                        text: "",
                        url: "",
                    },
                )
                .is_some()
            })
            .collect::<Vec<_>>(),
    );
    let network_links = move || {
        let quote = quote.get()?;
        let shared = Shared {
            title: &quote.text,
            text: &quote.text,
            url: &quote.link,
        };
        let links = networks.with_value(|targets| {
            targets
                .iter()
                .filter_map(|network| {
                    let network = *network;
                    let href = share_url(network, &shared)?;
                    let name = ui.strings.share_name(network);
                    let new_tab = (network != ShareTarget::Email).then_some("_blank");
                    Some(view! {
                        <a class="rdr-tool-btn" href=href target=new_tab rel="noopener noreferrer"
                            aria-label=name.clone() title=name on:click=move |_| events.shared(network.key())>
                            {share_icon(network)}
                        </a>
                    })
                })
                .collect::<Vec<_>>()
        });
        Some(links)
    };
    view! {
        <div class="rdr-quote-tools" node_ref=anchor role="group" aria-label=ui.strings.quote_tools
            hidden=move || quote.with(Option::is_none)>
            <button type="button" class="rdr-tool-btn rdr-tool-text" on:click=copy>
                {share_icon(ShareTarget::Copy)}<span>{ui.strings.copy_quote_link}</span>
            </button>
            {has_native.then(|| view! {
                <button type="button" class="rdr-tool-btn rdr-tool-text" on:click=native>
                    {share_icon(ShareTarget::Native)}<span>{ui.strings.share_quote}</span>
                </button>
            })}
            {network_links}
        </div>
        <p class="rdr-sr" role="status">{move || status.get()}</p>
    }
}

/// Whether focus is inside the element of `anchor` (the quote tools).
fn focus_within(anchor: NodeRef<leptos::html::Div>) -> bool {
    anchor
        .try_get_untracked()
        .flatten()
        .is_some_and(|tools| tools.matches(":focus-within").unwrap_or(false))
}

/// The selected range, if it is not empty and lies within `body`. Inside a shadow root the
/// selection is read from the root (Chromium's `ShadowRoot.getSelection`), where the document's
/// would only show the host.
fn selected_range(body: &Element) -> Option<Range> {
    let root = body.get_root_node();
    let from_root =
        js::call(&root, "getSelection", &[]).and_then(|s| s.dyn_into::<web_sys::Selection>().ok());
    let selection = from_root.or_else(|| window().get_selection().ok().flatten())?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let inside = |node: Option<Node>| node.is_some_and(|n| body.contains(Some(&n)));
    (inside(range.start_container().ok()) && inside(range.end_container().ok())).then_some(range)
}

/// The text a text fragment is searched in: the body's blocks, `\n` between them, and where each
/// text node's text starts in it (in bytes).
struct BodyText {
    text: String,
    nodes: Vec<(Node, usize)>,
}

impl BodyText {
    fn of(body: &Element) -> BodyText {
        let mut text = BodyText {
            text: String::new(),
            nodes: Vec::new(),
        };
        let blocks = body.children();
        for index in 0..blocks.length() {
            if let Some(block) = blocks.item(index) {
                if index > 0 {
                    text.text.push('\n');
                }
                text.collect(&block);
            }
        }
        text
    }

    fn collect(&mut self, node: &Node) {
        if node.node_type() == Node::TEXT_NODE {
            self.nodes.push((node.clone(), self.text.len()));
            self.text.push_str(&node.text_content().unwrap_or_default());
            return;
        }
        let children = node.child_nodes();
        for index in 0..children.length() {
            if let Some(child) = children.item(index) {
                self.collect(&child);
            }
        }
    }

    /// The byte offset of a DOM position: a text node and a UTF-16 offset in it, or an element
    /// and a child index (the start of the first text at or after that child).
    fn offset(&self, container: &Node, offset: u32) -> Option<usize> {
        if container.node_type() == Node::TEXT_NODE {
            let (node, start) = self.nodes.iter().find(|(n, _)| n == container)?;
            let text = node.text_content().unwrap_or_default();
            return Some(start + byte_index(&text, offset));
        }
        let child = container.child_nodes().item(offset);
        let next = self.nodes.iter().find(|(n, _)| match &child {
            Some(child) => child == n || child.contains(Some(n)) || follows(child, n),
            None => follows(container, n) && !container.contains(Some(n)),
        });
        Some(next.map_or(self.text.len(), |(_, start)| *start))
    }

    /// The DOM position of byte `at`: the text node holding it and a UTF-16 offset.
    fn position(&self, at: usize) -> Option<(Node, u32)> {
        let (node, start) = self.nodes.iter().rev().find(|(_, start)| *start <= at)?;
        let text = node.text_content().unwrap_or_default();
        let within = text.get(..at.saturating_sub(*start).min(text.len()))?;
        Some((node.clone(), within.encode_utf16().count() as u32))
    }
}

/// Whether `later` comes after `node` in document order.
fn follows(node: &Node, later: &Node) -> bool {
    node.compare_document_position(later) & Node::DOCUMENT_POSITION_FOLLOWING != 0
}

/// The byte index in `text` of UTF-16 offset `utf16`.
fn byte_index(text: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= utf16 as usize {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Highlights the passages the page's address points at (its text fragment) in `body` and
/// scrolls the first into view; waits `tries` frames for a body still being built.
fn highlight_incoming(body: &Element, tries: u32) {
    let wanted = directives(&navigation_url());
    if wanted.is_empty() || !body.is_connected() {
        return;
    }
    let text = BodyText::of(body);
    let ranges: Vec<Range> = wanted
        .iter()
        .filter_map(|d| find(&text.text, d))
        .filter_map(|found| {
            let (start, start_offset) = text.position(found.start)?;
            let (end, end_offset) = text.position(found.end)?;
            let range = document().create_range().ok()?;
            range.set_start(&start, start_offset).ok()?;
            range.set_end(&end, end_offset).ok()?;
            Some(range)
        })
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

/// The address the page was opened with, text fragment included (`location` has it stripped).
fn navigation_url() -> String {
    let entry = window()
        .performance()
        .map(|p| p.get_entries_by_type("navigation"))
        .and_then(|entries| entries.get(0).dyn_into::<js_sys::Object>().ok());
    entry
        .and_then(|e| js::get(&e, "name").as_string())
        .unwrap_or_default()
}
