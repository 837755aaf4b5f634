//! "Contents" for long reads (as the Guardian's): the article's level-2 and level-3 headings,
//! nested, in a disclosure that starts closed on small screens. The section being read is marked
//! `aria-current="location"`; following a link scrolls to its heading and moves focus there, so
//! keyboard and screen-reader users continue reading from it. The list is built with direct DOM
//! calls and one click listener, like the body: a long read can have hundreds of headings, and a
//! reactive view per link would weigh on the task that first shows the article.

use crate::hooks::use_ui::use_ui;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::focus_in_place;
use crate::browser::viewport_height;
use crate::browser::{in_article, scroll_to};
use article_core::logic::contents::{current, outline, Entry};
use article_core::story::{Block, Story};
use article_paint::Ui;

/// The contents of `story`, or nothing when it has fewer than three headings.
#[component]
pub fn Contents(story: std::sync::Arc<Story>) -> impl IntoView {
    let ui = use_ui();
    let entries = outline(story.body.iter().enumerate().filter_map(|(i, b)| match b {
        Block::Heading { level, text, .. } => Some((i, *level, text.as_str())),
        _ => None,
    }));
    if entries.is_empty() {
        return None;
    }
    let blocks: Vec<usize> = entries
        .iter()
        .flat_map(|e| std::iter::once(e.block).chain(e.children.iter().map(|c| c.block)))
        .collect();
    let blocks = StoredValue::new(blocks);
    let reading = RwSignal::new(None::<usize>);
    let nav = NodeRef::<leptos::html::Nav>::new();
    // Headings are found from the navigation's own article (ids are unique to this reader).
    let heading = move |block: usize| {
        let nav = nav.try_get_untracked().flatten()?;
        in_article(&nav, &format!("#{}", ui.heading_id(block)))
    };
    // The section being read: the last heading above a line a quarter down the viewport.
    let measure = move || {
        let line = viewport_height() / 4.0;
        let Some(blocks) = blocks.try_get_value() else {
            return; // A frame asked for before the article was left.
        };
        let top = |i: usize| {
            blocks
                .get(i)
                .and_then(|b| heading(*b))
                .map_or(f64::INFINITY, |h| h.get_bounding_client_rect().top())
        };
        reading.try_set(current(blocks.len(), line, top).and_then(|i| blocks.get(i).copied()));
    };
    let pending = Rc::new(Cell::new(false));
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if !pending.replace(true) {
            let pending = Rc::clone(&pending);
            request_animation_frame(move || {
                pending.set(false);
                measure();
            });
        }
    });
    on_cleanup(move || scroll.remove());
    // A link followed: scroll to its heading and move focus there (one listener for the list).
    let go = move |ev: leptos::ev::MouseEvent| {
        let block = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a[data-block]").ok().flatten())
            .and_then(|a| a.get_attribute("data-block"))
            .and_then(|b| b.parse::<usize>().ok());
        if let Some((block, target)) = block.and_then(|b| Some((b, heading(b)?))) {
            ev.prevent_default();
            scroll_to(&target);
            focus_in_place(&target);
            reading.set(Some(block));
        }
    };
    let list = NodeRef::<leptos::html::Ol>::new();
    let lang = story.lang.clone();
    list.on_load(move |list| {
        let list: Element = list.into();
        build(&list, &entries, ui);
    });
    // The section being read, marked on its link alone.
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = reading.get();
        if let Some(list) = list.get_untracked() {
            let mark = |block: Option<usize>, on: bool| {
                let link = block.and_then(|b| {
                    list.query_selector(&format!("a[data-block=\"{b}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(link) = link {
                    let _ = if on {
                        link.set_attribute("aria-current", "location")
                    } else {
                        link.remove_attribute("aria-current")
                    };
                }
            };
            mark(previous.flatten(), false);
            mark(now, true);
        }
        now
    });
    // Open beside a wide text; a tap away on a phone.
    let wide = window()
        .match_media("(min-width: 48em)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    Some(view! {
        <nav class="rdr-contents" part="contents" node_ref=nav aria-label=ui.strings.contents lang=ui.lang_within(&story.lang)>
            <details open=wide>
                <summary class="rdr-contents-title">{ui.strings.contents}</summary>
                <ol class="rdr-contents-list" lang=lang node_ref=list on:click=go></ol>
            </details>
        </nav>
    })
}

/// The links of `entries`, nested, appended to `list`.
fn build(list: &Element, entries: &[Entry], ui: Ui) {
    let document = document();
    let fragment = document.create_document_fragment();
    for entry in entries {
        let Some(item) = link_item(&document, entry, ui) else {
            continue;
        };
        if !entry.children.is_empty() {
            if let Ok(nested) = document.create_element("ol") {
                for child in &entry.children {
                    if let Some(child) = link_item(&document, child, ui) {
                        let _ = nested.append_child(&child);
                    }
                }
                let _ = item.append_child(&nested);
            }
        }
        let _ = fragment.append_child(&item);
    }
    let _ = list.append_child(&fragment);
}

/// `<li><a href="#…" data-block="…">heading</a></li>`.
fn link_item(document: &web_sys::Document, entry: &Entry, ui: Ui) -> Option<Element> {
    let item = document.create_element("li").ok()?;
    let link = document.create_element("a").ok()?;
    link.set_attribute("href", &format!("#{}", ui.heading_id(entry.block)))
        .ok()?;
    link.set_attribute("data-block", &entry.block.to_string())
        .ok()?;
    link.set_text_content(Some(&entry.text));
    item.append_child(&link).ok()?;
    Some(item)
}
