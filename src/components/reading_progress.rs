//! A thin bar showing how much of the article body has been read. Decorative (hidden from
//! assistive technology), updated at most once per animation frame, one per reader. It also
//! tells the page's scripts when the reader has scrolled through 25, 50, 75 and 100 % of the body
//! (`article-reader:progress`, once each per article), with the visible time since it was shown.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::browser::viewport_height;
use crate::publisher::events::Events;
use article_core::logic::progress::{body_progress, Milestones, VisibleTime};

/// The progress bar of the reader whose body is `.rdr-body` inside `root`.
#[component]
pub fn ReadingProgress(root: NodeRef<leptos::html::Div>) -> impl IntoView {
    // In thousandths: an integer attribute needs no float formatting.
    let progress = RwSignal::new(0u32);
    let pending = Rc::new(Cell::new(false));
    let events = Events::current();
    let milestones = StoredValue::new(Milestones::default());
    let clock = StoredValue::new(VisibleTime::start(now(), !document().hidden()));
    // Milestones count scrolling only: not what happens to be in view when the article appears.
    let scrolled = StoredValue::new(false);
    let measure = move || {
        // `try_`: a frame asked for before the reader was removed comes after it.
        let Some(body) = root
            .try_get_untracked()
            .flatten()
            .and_then(|r| r.query_selector(".rdr-body").ok().flatten())
        else {
            return;
        };
        let rect = body.get_bounding_client_rect();
        let viewport = viewport_height();
        let read = body_progress(rect.top(), rect.height(), viewport);
        progress.try_set((read * 1000.0).round() as u32);
        if scrolled.try_get_value() == Some(true) {
            let reached = milestones
                .try_update_value(|m| m.reach(read))
                .unwrap_or_default();
            for percent in reached {
                let seconds = clock.try_with_value(|c| c.at(now())).unwrap_or_default() / 1000.0;
                events.progress(*percent, (seconds * 10.0).round() / 10.0);
            }
        }
    };
    let schedule = move || {
        if !pending.get() {
            pending.set(true);
            let pending = Rc::clone(&pending);
            request_animation_frame(move || {
                pending.set(false);
                measure();
            });
        }
    };
    let scroll = window_event_listener(leptos::ev::scroll, {
        let schedule = schedule.clone();
        move |_| {
            scrolled.set_value(true);
            schedule();
        }
    });
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let visible = !document().hidden();
        clock.update_value(|c| c.set_visible(visible, now()));
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
    request_animation_frame(measure);
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
        visibility.remove();
    });
    view! {
        <progress class="rdr-progress" aria-hidden="true" max="1000" value=move || progress.get()></progress>
    }
}

/// Milliseconds on the page's clock.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
