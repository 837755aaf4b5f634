//! The placeholder that holds the article's place while it loads, so nothing jumps when it comes.

use leptos::prelude::*;

/// Grey bars in the shape of a headline, a standfirst and paragraphs; hidden from assistive
/// technology (the reader announces loading itself).
#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <div class="rdr-skeleton" aria-hidden="true">
            <div class="rdr-skel rdr-skel-kicker"></div>
            <div class="rdr-skel rdr-skel-title"></div>
            <div class="rdr-skel rdr-skel-title rdr-skel-short"></div>
            <div class="rdr-skel rdr-skel-line"></div>
            <div class="rdr-skel rdr-skel-line rdr-skel-short"></div>
            <div class="rdr-skel rdr-skel-media"></div>
            <div class="rdr-skel rdr-skel-line"></div>
            <div class="rdr-skel rdr-skel-line"></div>
            <div class="rdr-skel rdr-skel-line rdr-skel-short"></div>
        </div>
    }
}
