//! Finishing a jump to the end of a long article. Blocks far from the viewport have estimated
//! heights (`content-visibility`, see `article_body.rs`); a jump to the end of the page (End, a
//! scrollbar drag to the bottom) lays out the blocks it passes, their real heights replace the
//! estimates, and the page grows under the jump: it stops short of the end it aimed at. When a
//! scroll stops exactly where the page ended when it began, and the body has changed height on
//! the way, the jump is finished at once. A scroll that stops anywhere else, or growth that is
//! not the body's (related stories arriving below it), is left alone.

use leptos::prelude::*;
use web_sys::Element;

/// Where the last scroll stopped: the page's end then, and the body's height.
#[derive(Clone, Copy)]
struct Settled {
    end: f64,
    body_height: f64,
}

/// The page's end (the largest scroll offset of the window) and the body's height.
fn measure(body: &Element) -> Option<Settled> {
    let scroller = document().scrolling_element()?;
    let viewport = window().inner_height().ok()?.as_f64()?;
    Some(Settled {
        end: f64::from(scroller.scroll_height()) - viewport,
        body_height: body.get_bounding_client_rect().height(),
    })
}

/// Finishes the jumps to the end of the page whose body is `body` (while the reader lives).
pub fn finish_jumps_to_end(body: NodeRef<leptos::html::Div>) {
    // The page as the current scroll found it on its first event (`None` between scrolls). The
    // blocks a frame brings near the viewport are laid out after its scroll events, so this is
    // the page before the scroll changed it.
    let start = StoredValue::new(None::<Settled>);
    // `try_`: an event dispatched as the reader is removed comes after it.
    let body_element = move || body.try_get_untracked().flatten().map(Element::from);
    let on_scroll = move |_| {
        if start.try_with_value(Option::is_none) == Some(true) {
            start.try_set_value(body_element().as_ref().and_then(measure));
        }
    };
    let on_scroll_end = move |_| {
        let Some(before) = start.try_get_value().flatten() else {
            return;
        };
        start.try_set_value(None);
        let Some(now) = body_element().as_ref().and_then(measure) else {
            return;
        };
        let y = window().scroll_y().unwrap_or_default();
        let aimed_at_end = (y - before.end).abs() <= 1.0;
        let body_changed = (now.body_height - before.body_height).abs() > 0.5;
        if aimed_at_end && body_changed && now.end > y + 1.0 {
            // Instantly: the reader already saw the page move there.
            let options = web_sys::ScrollToOptions::new();
            options.set_top(now.end);
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            window().scroll_to_with_scroll_to_options(&options);
        }
    };
    let scroll = window_event_listener(leptos::ev::scroll, on_scroll);
    let scroll_end = window_event_listener_untyped("scrollend", on_scroll_end);
    on_cleanup(move || {
        scroll.remove();
        scroll_end.remove();
    });
}
