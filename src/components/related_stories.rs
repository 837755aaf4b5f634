//! Related stories: from the article's `related`, or from `relatedSrc`, fetched only when the
//! section is about to scroll into view. Any failure just leaves the section out.

use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::TaskBudget;
use crate::hooks::use_intersection::{use_intersection, UseIntersectionOptions};
use crate::hooks::use_json::{use_json, UseJsonOptions};
use crate::publisher::events::Events;
use article_core::config::query_for;
use article_core::logic::reading_time::MinuteRange;
use article_core::normalize::{related_list, Source};
use article_core::story::Teaser;
use article_paint::intl::format_date_only;
use article_paint::Ui;

/// The related stories of one article.
#[component]
pub fn RelatedStories(
    /// Stories the article carries itself.
    initial: Vec<Teaser>,
    /// Where to fetch the list instead, when given.
    src: Option<String>,
    /// The article's own URLs (canonical and JSON), never listed as related to itself.
    current: Vec<String>,
    /// The article's language (cards are written in it).
    article_lang: String,
    timeout_secs: u32,
    /// Opens a story in place (standalone reader); `None` makes every card a plain link.
    on_open: Option<Callback<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let stories = RwSignal::new(initial);
    let sentinel = NodeRef::<leptos::html::Div>::new();
    if let Some(src) = src {
        let src = StoredValue::new(src);
        let current = StoredValue::new(current);
        let requested = StoredValue::new(false);
        // The list's request is aborted when the article is left.
        let json = use_json(UseJsonOptions { timeout_secs });
        // Near the viewport, or already above it (a jump to the end skips over it).
        use_intersection(
            sentinel,
            UseIntersectionOptions {
                root_margin: "0px 0px 600px 0px",
            },
            move |visible, top| {
                if !(visible || top < 0.0) || requested.try_get_value() != Some(false) {
                    return;
                }
                requested.set_value(true);
                let url = src.get_value();
                let Some(Ok(request)) = json.request() else {
                    return; // The article is gone, or the browser refuses to make a request.
                };
                spawn_local(async move {
                    let fetched = request.fetch(&url, None, &TaskBudget::start()).await;
                    if request.is_replaced() {
                        return; // The article was left while the list was on its way.
                    }
                    let outcome = match fetched {
                        // `None`: the article is gone.
                        Ok(value) => match current.try_with_value(|current| {
                            let current: Vec<&str> = current.iter().map(String::as_str).collect();
                            // The list is read at its own URL (teasers carry no language).
                            let source = Source {
                                url: &url,
                                fallback_lang: ui.lang.tag(),
                            };
                            related_list(&value, &source, &current)
                        }) {
                            Some(outcome) => outcome,
                            None => return,
                        },
                        Err(fault) => Err(fault),
                    };
                    match outcome {
                        Ok(list) if !list.is_empty() => {
                            stories.try_set(list);
                        }
                        Ok(_) => {}
                        Err(fault) => {
                            leptos::logging::warn!(
                                "article reader: related stories from {url} left out: {}",
                                fault.report().message
                            )
                        }
                    }
                });
            },
        );
    }
    let heading_id = ui.dom_id("related");
    // Named by its heading and the article's title: unique when a page embeds several readers.
    let labelled_by = format!("{heading_id} {}", ui.dom_id("title"));
    let lang = StoredValue::new(article_lang);
    view! {
        <div class="rdr-related-sentinel" node_ref=sentinel aria-hidden="true"></div>
        <Show when=move || stories.with(|s| !s.is_empty())>
            <section class="rdr-related" part="related" aria-labelledby=labelled_by.clone()>
                <h2 id=heading_id.clone() lang=ui.lang_within(&lang.get_value())>{ui.strings.related}</h2>
                <ul class="rdr-related-list">
                    {move || stories.get().into_iter().map(|t| card(t, ui, &lang.get_value(), on_open)).collect::<Vec<_>>()}
                </ul>
            </section>
        </Show>
    }
}

/// One story card: the title is the link; image and metadata support it.
fn card(teaser: Teaser, ui: Ui, lang: &str, on_open: Option<Callback<String>>) -> impl IntoView {
    let in_place = on_open.and_then(|open| teaser.src.clone().map(|src| (open, src)));
    let events = Events::current();
    let url = teaser.url.clone();
    let href = match &in_place {
        Some((_, src)) => query_for(src),
        None => teaser.url.clone(),
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let modified =
            ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if let (false, Some((open, src))) = (modified, &in_place) {
            ev.prevent_default();
            events.related(&url, Some(src));
            open.run(src.clone());
        } else {
            events.related(&url, None);
        }
    };
    let date = teaser.published.as_ref().map(|p| {
        let text = format_date_only(p.epoch_ms, lang);
        view! { <time datetime=p.iso.clone()>{text}</time> }
    });
    let minutes = teaser.reading_minutes.map(|m| {
        let range = MinuteRange::exact(m);
        view! {
            <span class="rdr-card-minutes">
                <span aria-hidden="true">{ui.strings.minutes_short(range)}</span>
                <span class="rdr-sr">{ui.strings.minutes_long_with(range, &crate::browser::plural_rules(ui.lang))}</span>
            </span>
        }
    });
    view! {
        <li class="rdr-card">
            {teaser.image.map(|img| view! {
                <img class="rdr-card-img" src=img.src alt="" width=img.width.map(|w| w.to_string())
                    height=img.height.map(|h| h.to_string()) loading="lazy" decoding="async" />
            })}
            <div class="rdr-card-text">
                {teaser.section.map(|s| view! { <p class="rdr-card-section" dir="auto">{s}</p> })}
                <h3 class="rdr-card-title" dir="auto"><a href=href on:click=on_click>{teaser.title}</a></h3>
                <p class="rdr-card-meta">{date}{minutes}</p>
            </div>
        </li>
    }
}
