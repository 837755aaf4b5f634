//! End reaches the end of a long article. Blocks far from the viewport have estimated heights
//! (`content-visibility`, see `article_body.rs`); the End key's animated scroll lays out the
//! blocks it passes, their real heights replace the estimates, and the page moves under the
//! jump: measured in Chromium on a 1,500-block article, End stopped from 40 to 5,000 px short of
//! the end, one time in six. So when the reader presses End, the reader finishes the jump once
//! the scroll stops, and keeps the end for the few frames in which the blocks brought into view
//! get their real heights. Any other key, a click or a touch cancels it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// Frames after the scroll stops during which the end is kept, until the page has kept still for
/// three.
const FRAMES: u32 = 12;

/// The page's end: the largest scroll offset of the window.
fn page_end() -> Option<f64> {
    let scroller = document().scrolling_element()?;
    Some(f64::from(scroller.scroll_height()) - f64::from(scroller.client_height()))
}

/// Whether a key press scrolls the page to its end: End alone, outside anything editable.
fn is_end_key(event: &KeyboardEvent) -> bool {
    let plain = !(event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key());
    let editable = event
        .composed_path()
        .get(0)
        .dyn_into::<Element>()
        .is_ok_and(|target| {
            matches!(
                target.local_name().as_str(),
                "input" | "textarea" | "select"
            ) || target.closest("[contenteditable]").ok().flatten().is_some()
        });
    event.key() == "End" && plain && !editable && !event.default_prevented()
}

/// Scrolls to the end of the page, now and on the next `frames` frames until it has kept still
/// for three (`still` counts them), while `aiming` holds.
fn keep_end(aiming: StoredValue<bool>, frames: u32, still: u32) {
    if aiming.try_get_value() != Some(true) {
        return;
    }
    let Some(end) = page_end() else {
        return;
    };
    let short = end - window().scroll_y().unwrap_or_default() >= 0.5;
    if short {
        // Instantly: the reader already saw the page move there.
        let options = web_sys::ScrollToOptions::new();
        options.set_top(end);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        window().scroll_to_with_scroll_to_options(&options);
    }
    let still = if short { 0 } else { still + 1 };
    if frames > 0 && still < 3 {
        request_animation_frame(move || keep_end(aiming, frames - 1, still));
    } else {
        aiming.try_set_value(false);
    }
}

/// Makes End reach the end of the page while the reader lives (used for long bodies).
pub fn use_end_key() {
    let aiming = StoredValue::new(false);
    // Untyped: a page may dispatch a plain `Event` named keydown, which has no `key`.
    let keydown = window_event_listener_untyped("keydown", move |event| {
        // Already at the end, End scrolls nowhere and no `scrollend` would end the aim: a later
        // scroll of the reader's own (the wheel, which has no listener here) must not be taken
        // for it.
        let short =
            page_end().is_some_and(|end| end - window().scroll_y().unwrap_or_default() >= 0.5);
        let end = event.dyn_ref::<KeyboardEvent>().is_some_and(is_end_key);
        aiming.try_set_value(end && short);
    });
    // A touch, a click or a scrollbar drag takes over. (No wheel or touch listener: those would
    // make scrolling wait for the reader's code.)
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| {
        aiming.try_set_value(false);
    });
    let scroll_end = window_event_listener_untyped("scrollend", move |_| {
        keep_end(aiming, FRAMES, 0);
    });
    on_cleanup(move || {
        keydown.remove();
        pointer.remove();
        scroll_end.remove();
    });
}
