//! The reading view of one article.

use leptos::prelude::*;

use super::author_box::AuthorBox;
use super::body_block::body_block;
use super::byline::Byline;
use super::figure::Figure;
use super::reading_time_badge::ReadingTimeBadge;
use super::Ui;
use crate::normalize::{LinkOut, Story};

/// Headline, standfirst, byline, dates, reading time, lead image, body, credit, tags and authors,
/// in the article's own language and direction.
#[component]
pub fn ArticleView(
    /// The article to show.
    story: std::sync::Arc<Story>,
    ui: Ui,
) -> impl IntoView {
    let title_id = ui.dom_id("title");
    let labelled_by = title_id.clone();
    let ui_lang = ui.lang_within(&story.lang);
    let body = story
        .body
        .iter()
        .map(|block| body_block(block, ui))
        .collect::<Vec<_>>();
    let tags = (!story.tags.is_empty()).then(|| {
        let items = story
            .tags
            .iter()
            .map(|t| view! { <li>{link(t)}</li> })
            .collect::<Vec<_>>();
        view! {
            <ul class="rdr-tags" aria-label=ui.strings.tags lang=ui_lang>{items}</ul>
        }
    });
    view! {
        <article class="rdr-article" lang=story.lang.clone() dir=story.dir.as_str() aria-labelledby=labelled_by>
            <header class="rdr-header">
                {story.section.as_ref().map(|s| view! { <p class="rdr-section">{link(s)}</p> })}
                <h1 id=title_id class="rdr-title" tabindex="-1">{story.title.clone()}</h1>
                {story.standfirst.clone().map(|s| view! { <p class="rdr-standfirst">{s}</p> })}
                <div class="rdr-meta">
                    <Byline
                        authors=story.authors.clone()
                        published=story.published.clone()
                        updated=story.updated.clone()
                        article_lang=story.lang.clone()
                        ui=ui
                    />
                    <ReadingTimeBadge minutes=story.reading ui=ui lang=ui_lang />
                </div>
            </header>
            {story.image.clone().map(|p| view! { <Figure picture=p class="rdr-lead" eager=true /> })}
            <div class="rdr-body">{body}</div>
            {story.credit.clone().map(|c| view! { <p class="rdr-source">{c}</p> })}
            {tags}
            <AuthorBox authors=story.authors.clone() ui=ui lang=ui_lang />
        </article>
    }
}

/// A label that is a link when it has a safe destination.
fn link(link: &LinkOut) -> AnyView {
    match link.url.clone() {
        Some(url) => view! { <a href=url>{link.label.clone()}</a> }.into_any(),
        None => view! { <span>{link.label.clone()}</span> }.into_any(),
    }
}
