//! The article body: every block of the render model, built with direct DOM calls by the same
//! builder the paint module uses (`article_paint::body`): the first screens at once, the rest in
//! short tasks. It never changes after it is shown, so it needs none of the reactive machinery.

use std::sync::Arc;

use leptos::prelude::*;

use super::current_ui;
use super::jump_to_end::finish_jumps_to_end;
use article_core::normalize::Story;
use article_paint::body::{fill, EXACT_AT_ENDS};

/// `<div class="rdr-body">` holding every block of the story's body; it carries
/// `data-rdr-building` until the last block is in.
#[component]
pub fn ArticleBody(story: Arc<Story>) -> impl IntoView {
    let ui = current_ui();
    let body = NodeRef::<leptos::html::Div>::new();
    if story.body.len() > 2 * EXACT_AT_ENDS {
        // Some blocks have estimated heights: a jump to the end may stop short of it.
        finish_jumps_to_end();
    }
    body.on_load(move |container| fill(&container.into(), story, ui));
    view! { <div class="rdr-body" part="body" node_ref=body></div> }
}
