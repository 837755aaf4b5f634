//! A thin bar showing how much of the article body has been read. Decorative (hidden from
//! assistive technology), updated at most once per animation frame, one per reader.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::logic::progress::body_progress;

/// The progress bar of the reader whose body is `.rdr-body` inside `root`.
#[component]
pub fn ReadingProgress(root: NodeRef<leptos::html::Div>) -> impl IntoView {
    // In thousandths: an integer attribute needs no float formatting.
    let progress = RwSignal::new(0u32);
    let pending = Rc::new(Cell::new(false));
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
        let viewport = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        let read = body_progress(rect.top(), rect.height(), viewport);
        progress.try_set((read * 1000.0).round() as u32);
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
        move |_| schedule()
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| schedule());
    request_animation_frame(measure);
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
    view! {
        <progress class="rdr-progress" aria-hidden="true" max="1000" value=move || progress.get()></progress>
    }
}
