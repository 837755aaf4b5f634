//! Where a reader lands once an article is shown: where it was (back/forward), at the headline (a
//! story it opened, a retry), or nowhere in particular (the first load). A place is the scroll
//! offset and the body block at the top of the viewport: blocks out of view may have estimated
//! heights (`content-visibility`), so the block, not the pixel offset, finds the same text again.

use leptos::prelude::*;

use crate::browser::focus_without_scrolling;

/// What to do once an article is shown.
#[derive(Clone, Copy, PartialEq)]
pub enum Arrival {
    /// First load: leave focus and scroll alone.
    Quietly,
    /// The reader asked (retry, opened a story): focus the headline.
    Focus,
    /// Back/forward: scroll where the reader was, focus the headline without scrolling.
    Restore(Place),
}

/// Where the reader was in an article, kept in the history entry: the scroll offset, and the body
/// block at the top of the viewport with how far below the viewport's top it started (the body's
/// end when past it).
#[derive(Clone, Copy, PartialEq)]
pub struct Place {
    pub y: f64,
    pub block: Option<(u32, f64)>,
}

impl Place {
    /// The top of a page.
    pub const TOP: Place = Place {
        y: 0.0,
        block: None,
    };

    /// Where the page is scrolled now, with the block at the top of `root`'s body when given.
    pub fn current(root: Option<&web_sys::Element>) -> Place {
        Place {
            y: window().scroll_y().unwrap_or_default(),
            block: root.and_then(top_block),
        }
    }
}

/// Focuses (and scrolls) once an article or an error notice is shown, as `arrival` says.
pub fn arrive(root: NodeRef<leptos::html::Div>, arrival: Arrival) {
    // `try_`: the reader may have been removed before this frame.
    let Some(root) = root.try_get_untracked().flatten() else {
        return;
    };
    match arrival {
        Arrival::Quietly => {}
        Arrival::Focus => {
            root.scroll_into_view();
            focus_without_scrolling(&root, "h1, .rdr-retry");
        }
        Arrival::Restore(place) => {
            focus_without_scrolling(&root, "h1, .rdr-retry");
            restore_scroll(root.into(), place, 120);
        }
    }
}

/// The body block at the top of the viewport, and its top relative to the viewport's top (the
/// body's end, numbered after the last block, once the viewport's top is past it); `None` above
/// the body, where nothing before has an estimated height.
fn top_block(root: &web_sys::Element) -> Option<(u32, f64)> {
    let body = root.query_selector(".rdr-body").ok().flatten()?;
    let blocks = body.children();
    let count = blocks.length();
    // Blocks are in document order: the first whose bottom is below the viewport's top.
    let (mut low, mut high) = (0, count);
    while low < high {
        let middle = low + (high - low) / 2;
        let bottom = blocks.item(middle)?.get_bounding_client_rect().bottom();
        if bottom <= 0.0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    match blocks.item(low) {
        Some(block) => {
            let top = block.get_bounding_client_rect().top();
            (low > 0 || top < 0.0).then_some((low, top))
        }
        None => Some((count, body.get_bounding_client_rect().bottom())),
    }
}

/// Where `place`'s block is now relative to the viewport's top, once the body has it.
fn block_top(root: &web_sys::Element, (index, _): (u32, f64)) -> Option<f64> {
    let body = root.query_selector(".rdr-body").ok().flatten()?;
    let blocks = body.children();
    match blocks.item(index) {
        Some(block) => Some(block.get_bounding_client_rect().top()),
        // The end of the body: only once it is complete (its last block is the one before).
        None if index > 0 && index == blocks.length() => {
            Some(body.get_bounding_client_rect().bottom())
        }
        None => None,
    }
}

/// Frames after the first scroll during which the block is kept in place while the blocks that
/// came into view replace their estimated heights with real ones.
const SETTLE_FRAMES: u32 = 12;

/// Scrolls back to `place` once the body holds its block (a long body is still being built for a
/// few frames), or without a block once the page is tall enough; after `frames` frames, to the
/// nearest position.
fn restore_scroll(root: web_sys::Element, place: Place, frames: u32) {
    let window = window();
    if let Some(block) = place.block {
        match block_top(&root, block) {
            Some(_) => keep_block_at(root, block, SETTLE_FRAMES, 0),
            None if frames > 0 => {
                request_animation_frame(move || restore_scroll(root, place, frames - 1));
            }
            None => window.scroll_to_with_x_and_y(0.0, place.y),
        }
        return;
    }
    let y = place.y;
    let height = document()
        .document_element()
        .map(|html| f64::from(html.scroll_height()))
        .unwrap_or_default();
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    window.scroll_to_with_x_and_y(0.0, y);
    if height < y + viewport && frames > 0 {
        request_animation_frame(move || restore_scroll(root, place, frames - 1));
    }
}

/// Scrolls so that `block` is where it was relative to the viewport's top, and again on the next
/// frames (at most `frames`) until it has stayed put for three (`still` counts them): blocks that
/// come into view get their real height a frame or two after the scroll.
fn keep_block_at(root: web_sys::Element, block: (u32, f64), frames: u32, still: u32) {
    let Some(top) = block_top(&root, block) else {
        return;
    };
    let moved = (top - block.1).abs() >= 1.0;
    if moved {
        let window = window();
        let y = window.scroll_y().unwrap_or_default() + top - block.1;
        window.scroll_to_with_x_and_y(0.0, y);
    }
    let still = if moved { 0 } else { still + 1 };
    if frames > 0 && still < 3 {
        request_animation_frame(move || keep_block_at(root, block, frames - 1, still));
    }
}
