//! The reading view of one article.

use super::current_ui;
use leptos::prelude::*;

use super::article_body::ArticleBody;
use super::author_box::AuthorBox;
use super::byline::Byline;
use super::contents::Contents;
use super::display_control::DisplayControl;
use super::figure::Figure;
use super::listen::Listen;
use super::quote_links::QuoteLinks;
use super::reading_time_badge::ReadingTimeBadge;
use super::related_stories::RelatedStories;
use super::resume::Resume;
use super::share_tools::ShareTools;
use article_core::logic::share_links::{clean_page_url, ShareTarget};
use article_core::normalize::{LinkOut, Story};

/// The reader tools an article view shows, from the reader's configuration.
#[derive(Clone, Default)]
pub struct Tools {
    /// Share controls in order; empty for none.
    pub share: Vec<ShareTarget>,
    /// Whether related stories are shown.
    pub related: bool,
    /// Whether the place where the article is left is remembered and offered back.
    pub resume: bool,
    /// Whether the article can be read aloud (where the browser has a voice for it).
    pub listen: bool,
    /// Time limit for fetching `relatedSrc`.
    pub timeout_secs: u32,
    /// The absolute URL the article JSON came from.
    pub source: String,
    /// Opens a related story in place (standalone reader only).
    pub on_open: Option<Callback<String>>,
}

/// Headline, standfirst, byline, dates, reading time, lead image, body, credit, tags and authors,
/// in the article's own language and direction; interface text in the enclosing reader's
/// ([`Ui::current`]).
#[component]
pub fn ArticleView(
    /// The article to show.
    story: std::sync::Arc<Story>,
    /// Share, related stories.
    #[prop(optional)]
    tools: Tools,
) -> impl IntoView {
    let ui = current_ui();
    let title_id = ui.dom_id("title");
    let labelled_by = title_id.clone();
    let ui_lang = ui.lang_within(&story.lang);
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
    // The URL shared and linked to: the canonical one, else this page's, without tracking.
    let page_url = story
        .url
        .clone()
        .unwrap_or_else(|| clean_page_url(&window().location().href().unwrap_or_default()));
    let share = (!tools.share.is_empty()).then(|| {
        let url = page_url.clone();
        view! {
            <ShareTools
                targets=tools.share.clone()
                title=story.title.clone()
                text=story.standfirst.clone().unwrap_or_default()
                url=url
                lang=ui_lang
            />
        }
    });
    let related = tools.related.then(|| {
        let mut current = vec![tools.source.clone()];
        current.extend(story.url.clone());
        view! {
            <RelatedStories
                initial=story.related.clone()
                src=story.related_src.clone()
                current=current
                article_lang=story.lang.clone()
                timeout_secs=tools.timeout_secs
                on_open=tools.on_open
            />
        }
    });
    view! {
        <article class="rdr-article" lang=story.lang.clone() dir=story.dir.as_str() aria-labelledby=labelled_by>
            <header class="rdr-header">
                {story.section.as_ref().map(|s| view! { <p class="rdr-section">{link(s)}</p> })}
                <h1 id=title_id class="rdr-title" part="headline" tabindex="-1">
                    {story.title.clone()}
                    {story.title_from_text.then(|| view! { <span class="rdr-sr" lang=ui_lang>{ui.strings.title_from_text}</span> })}
                </h1>
                {story.standfirst.clone().map(|s| view! { <p class="rdr-standfirst" part="standfirst">{s}</p> })}
                <div class="rdr-meta">
                    <Byline
                        authors=story.authors.clone()
                        published=story.published.clone()
                        updated=story.updated.clone()
                        article_lang=story.lang.clone()
                    />
                    <ReadingTimeBadge minutes=story.reading lang=ui_lang />
                </div>
                <div class="rdr-tools">
                    <DisplayControl lang=ui_lang />
                    {tools.listen.then(|| view! { <Listen story=story.clone() lang=ui_lang /> })}
                    {share}
                </div>
            </header>
            {tools.resume.then(|| view! { <Resume id=story.id.clone() /> })}
            {story.image.clone().map(|p| view! { <Figure picture=p class="rdr-lead" eager=true /> })}
            <Contents story=story.clone() />
            <ArticleBody story=story.clone() />
            <QuoteLinks url=page_url title=story.title.clone() targets=tools.share.clone() />
            {story.credit.clone().map(|c| view! { <p class="rdr-source">{c}</p> })}
            {tags}
            <AuthorBox authors=story.authors.clone() lang=ui_lang />
            {related}
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
