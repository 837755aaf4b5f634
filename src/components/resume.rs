//! "Continue where you left off": each article's place (the body block at the top of the
//! viewport) is remembered in local storage as the reader scrolls, and offered back as a link,
//! announced politely, when the article is opened again. The reader is never moved without
//! asking; a finished article (its end scrolled into view) is forgotten.

use crate::hooks::use_ui::use_ui;
use std::time::Duration;

use leptos::prelude::*;
use web_sys::Element;

use crate::browser::focus_in_place;
use crate::browser::{in_article, scroll_to};
use crate::browser::{store, stored, viewport_height};
use article_core::logic::resume::Places;

const STORAGE_KEY: &str = "article-reader:resume";
/// The place is saved this long after scrolling stops (not on every scroll event).
const SAVE_AFTER: Duration = Duration::from_millis(400);

fn places() -> Places {
    stored(STORAGE_KEY)
        .map(|text| Places::from_storage(&text))
        .unwrap_or_default()
}

/// Changes the kept places (where storage is available).
fn update(change: impl FnOnce(&mut Places)) {
    let mut places = places();
    change(&mut places);
    store(STORAGE_KEY, &places.to_storage());
}

/// The resume offer and the place-keeping of the article `id`.
#[component]
pub fn Resume(id: String) -> impl IntoView {
    let ui = use_ui();
    let offer = RwSignal::new(None::<usize>);
    let finished = StoredValue::new(false);
    let saving = StoredValue::new(false);
    let anchor = NodeRef::<leptos::html::P>::new();
    let body = move || -> Option<Element> {
        in_article(&anchor.try_get_untracked().flatten()?.into(), ".rdr-body")
    };
    let id = StoredValue::new(id);
    // Offered a frame after the article appears, so that the live region announces it.
    if let Some(block) = id.with_value(|id| places().get(id)).filter(|b| *b > 0) {
        request_animation_frame(move || {
            offer.try_set(Some(block));
        });
    }
    let save = move || {
        saving.try_set_value(false);
        if finished.try_get_value() != Some(false) {
            return;
        }
        let (Some(body), Some(id)) = (body(), id.try_get_value()) else {
            return;
        };
        let (block, done) = place(&body);
        update(|places| match (done, block) {
            (true, _) | (false, 0) => places.forget(&id),
            (false, block) => places.set(&id, block),
        });
        if done {
            finished.set_value(true);
            offer.set(None);
        }
    };
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if saving.try_get_value() == Some(false) {
            saving.set_value(true);
            set_timeout(save, SAVE_AFTER);
        }
    });
    on_cleanup(move || scroll.remove());
    let go = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let (Some(block), Some(body)) = (offer.get_untracked(), body()) {
            offer.set(None);
            go_to(body, block, 100);
        }
    };
    view! {
        <p class="rdr-resume" role="status" node_ref=anchor>
            {move || offer.get().map(|_| view! { <a href="#" on:click=go>{ui.strings.resume}</a> })}
        </p>
    }
}

/// The index of the body block at the top of the viewport, and whether the body's end is in view.
fn place(body: &Element) -> (usize, bool) {
    let blocks = body.children();
    let viewport = viewport_height();
    // The end of the text in view (to the pixel: positions are fractional) finishes the article.
    let done = body
        .last_element_child()
        .is_some_and(|last| last.get_bounding_client_rect().bottom() <= viewport + 1.0);
    // The first block whose bottom is below the viewport's top (blocks are in layout order).
    let (mut low, mut high) = (0, blocks.length());
    while low < high {
        let middle = low + (high - low) / 2;
        let below = blocks
            .item(middle)
            .is_some_and(|b| b.get_bounding_client_rect().bottom() > 0.0);
        if below {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    (low as usize, done)
}

/// Scrolls block `index` of `body` to the top and focuses it; a long article still being built
/// is waited for (`tries` more times).
fn go_to(body: Element, index: usize, tries: u32) {
    match body.children().item(index as u32) {
        Some(block) => {
            let _ = block.set_attribute("tabindex", "-1");
            scroll_to(&block);
            focus_in_place(&block);
        }
        None if tries > 0 && body.is_connected() => set_timeout(
            move || go_to(body, index, tries - 1),
            Duration::from_millis(50),
        ),
        None => {}
    }
}
