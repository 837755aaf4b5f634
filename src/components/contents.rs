//! "Contents" for long reads (as the Guardian's): the article's level-2 and level-3 headings,
//! nested, in a disclosure that starts closed on small screens. The section being read is marked
//! `aria-current="location"`; following a link scrolls to its heading and moves focus there, so
//! keyboard and screen-reader users continue reading from it.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use super::scroll_to_top::{focus_in_place, scroll_to};
use super::Ui;
use crate::logic::contents::{current, outline, Entry};
use crate::normalize::{Block, Story};

/// The id of the heading of body block `block` (`ArticleBody` gives it).
pub fn heading_id(ui: Ui, block: usize) -> String {
    ui.dom_id(&format!("s{block}"))
}

/// Whether body blocks of this heading level are listed (and get an id).
pub fn is_listed(level: u8) -> bool {
    (2..=3).contains(&level)
}

/// The contents of `story`, or nothing when it has fewer than three headings.
#[component]
pub fn Contents(story: std::sync::Arc<Story>) -> impl IntoView {
    let ui = Ui::current();
    let entries = outline(story.body.iter().enumerate().filter_map(|(i, b)| match b {
        Block::Heading { level, text } => Some((i, *level, text.as_str())),
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
        let article = nav
            .try_get_untracked()
            .flatten()?
            .closest(".rdr-article")
            .ok()??;
        article
            .query_selector(&format!("#{}", heading_id(ui, block)))
            .ok()
            .flatten()
    };
    // The section being read: the last heading above a line a quarter down the viewport.
    let measure = move || {
        let line = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default()
            / 4.0;
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
    let go = move |ev: leptos::ev::MouseEvent, block: usize| {
        if let Some(target) = heading(block) {
            ev.prevent_default();
            scroll_to(&target);
            focus_in_place(&target);
            reading.set(Some(block));
        }
    };
    let link = move |entry: &Entry| {
        let block = entry.block;
        view! {
            <a href=format!("#{}", heading_id(ui, block))
                aria-current=move || (reading.get() == Some(block)).then_some("location")
                on:click=move |ev| go(ev, block)>
                {entry.text.clone()}
            </a>
        }
    };
    let items = entries
        .iter()
        .map(|entry| {
            let children = (!entry.children.is_empty()).then(|| {
                let items = entry
                    .children
                    .iter()
                    .map(|child| view! { <li>{link(child)}</li> })
                    .collect::<Vec<_>>();
                view! { <ol>{items}</ol> }
            });
            view! { <li>{link(entry)}{children}</li> }
        })
        .collect::<Vec<_>>();
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
                <ol class="rdr-contents-list" lang=story.lang.clone()>{items}</ol>
            </details>
        </nav>
    })
}
