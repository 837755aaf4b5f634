//! "Back to top": a real link to the reader's top, shown once the reader has scrolled past about
//! one viewport, that scrolls smoothly (instantly under reduced motion) and moves focus to the
//! top of the article so keyboard and screen-reader users continue from there.

use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;

use super::icons::{Icon, ARROW_UP};
use crate::browser::scroll_to;
use crate::hooks::use_intersection::{use_intersection, UseIntersectionOptions};

/// The back-to-top link of one reader, whose root element is `root` with the id `top_id`.
#[component]
pub fn ScrollToTop(top_id: String, root: NodeRef<leptos::html::Div>) -> impl IntoView {
    let ui = use_ui();
    let shown = RwSignal::new(false);
    let sentinel = NodeRef::<leptos::html::Div>::new();
    // The sentinel covers the reader below its first viewport, and the observer's root is the top
    // tenth of the viewport: they meet exactly when the reader has been scrolled past about one
    // viewport and is still in view. (One region, so even a jump changes its state.)
    use_intersection(
        sentinel,
        UseIntersectionOptions {
            root_margin: "0px 0px -90% 0px",
        },
        move |visible, _| {
            shown.try_set(visible);
        },
    );
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(top) = root.try_get_untracked().flatten() else {
            return; // The plain link still works.
        };
        ev.prevent_default();
        scroll_to_top_of(&top);
    };
    view! {
        <div class="rdr-top-sentinel" node_ref=sentinel aria-hidden="true"></div>
        <p class="rdr-top-wrap">
            <a class="rdr-top" part="top" href=format!("#{top_id}") data-shown=move || shown.get().to_string() on:click=on_click>
                <Icon shape=ARROW_UP /><span>{ui.strings.back_to_top}</span>
            </a>
        </p>
    }
}

/// Scrolls `top` into view and focuses the first heading inside it without scrolling again.
pub fn scroll_to_top_of(top: &web_sys::Element) {
    scroll_to(top);
    crate::browser::focus_without_scrolling(top, "h1");
}
