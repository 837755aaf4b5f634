//! The placeholder that holds the article's place while it loads, so nothing jumps when it comes.

use leptos::prelude::*;

/// The bars, top to bottom: a headline, a standfirst and paragraphs.
const BARS: [&str; 9] = [
    "rdr-skel rdr-skel-kicker",
    "rdr-skel rdr-skel-title",
    "rdr-skel rdr-skel-title rdr-skel-short",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line rdr-skel-short",
    "rdr-skel rdr-skel-media",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line rdr-skel-short",
];

/// Grey bars in the shape of the article; hidden from assistive technology (the reader announces
/// loading itself). Built from a list rather than written out: markup that is all literals would
/// go through `innerHTML` (components/mod.rs).
#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <div class="rdr-skeleton" aria-hidden="true">
            {BARS.map(|bar| view! { <div class=bar></div> })}
        </div>
    }
}
