//! One reader: its article's loading, error and reading states, its tools, and (standalone only)
//! in-place navigation between related stories with the browser history. The parts live beside
//! it: [`loading`] (the `use_article` hook: fetch → decode → normalize, one abortable request at
//! a time), [`history`] (in-place navigation), [`scroll_restore`] (where the reader lands).

mod history;
mod loading;
mod scroll_restore;

use std::sync::Arc;
use std::time::Duration;

use leptos::context::Provider;
use leptos::prelude::*;

use self::history::navigate_in_place;
use self::loading::{use_article, Phase};
use self::scroll_restore::{arrive, Arrival};
use super::article_view::{ArticleView, Tools};
use super::display_control::shared_display;
use super::document_head::reflect_in_document;
use super::error_notice::ErrorNotice;
use super::events::Events;
use super::new_ui;
use super::reading_progress::ReadingProgress;
use super::scroll_to_top::ScrollToTop;
use super::skeleton::Skeleton;
use crate::api::Request;
use article_core::config::Config;
use article_core::logic::lang::{is_language_tag, UiLang};
use article_core::normalize::Story;

/// A complete reader for the article at `config.src`. Its components find its interface (`Ui`)
/// in context: the reader's own language until the article is known, then the article's.
#[component]
pub fn Reader(
    config: Config,
    /// The embedding page's language (`<html lang>`), used until the article says its own.
    host_lang: Option<String>,
    /// The request for `config.src` that the start-up script began (used by the first load).
    #[prop(optional_no_strip)]
    prefetched: Option<Request>,
    /// The element the page's scripts listen on (`article-reader:*` events); none in tests.
    #[prop(optional_no_strip)]
    host: Option<web_sys::HtmlElement>,
) -> impl IntoView {
    let events = Events::new(host);
    provide_context(events);
    let base_lang = UiLang::choose([config.lang.as_deref(), host_lang.as_deref()]);
    // For articles that do not say their language (WordPress posts): data-lang, else the host
    // page's, else English.
    let fallback_lang = config
        .lang
        .clone()
        .or(host_lang)
        .filter(|l| is_language_tag(l))
        .unwrap_or_else(|| "en".to_owned());
    let base_ui = new_ui(base_lang);
    let top_id = base_ui.dom_id("top");
    let root_id = top_id.clone();
    let top_id = StoredValue::new(top_id);
    let root = NodeRef::<leptos::html::Div>::new();
    let src = StoredValue::new(config.src.clone());
    let standalone = config.standalone;
    let article = use_article(config.timeout_secs, fallback_lang, prefetched);
    let data_lang = StoredValue::new(config.lang.clone());
    let settings = StoredValue::new(config);
    let display = shared_display();

    // The interface once the article is known: in data-lang, else the article's language.
    let ui_for = move |story: Option<&Story>| {
        let lang = match story {
            Some(story) => data_lang
                .try_with_value(|l| UiLang::choose([l.as_deref(), Some(story.lang.as_str())]))
                .unwrap_or(base_lang),
            None => base_lang,
        };
        base_ui.with_lang(lang)
    };

    // Shows the article at `src`, then lands as `arrival` says.
    let load = move |arrival: Arrival| {
        let Some(url) = src.try_get_value() else {
            return;
        };
        events.loading();
        article.load(url, move |phase| {
            if let (true, Some(story)) = (standalone, phase.story()) {
                reflect_in_document(story, ui_for(Some(story)).strings);
            }
            announce(events, phase);
            if arrival != Arrival::Quietly {
                request_animation_frame(move || arrive(root, arrival));
            }
        });
    };
    load(Arrival::Quietly);
    let retry = Callback::new(move |()| load(Arrival::Focus));
    let open_in_place = standalone.then(|| navigate_in_place(src, root, load));

    let show_scroll_top = settings.with_value(|c| c.scroll_top);
    let tools = move |source: String| {
        settings.with_value(|c| Tools {
            share: c.share.clone(),
            related: c.related,
            resume: c.resume,
            listen: c.listen,
            timeout_secs: c.timeout_secs,
            source,
            on_open: open_in_place,
        })
    };
    let phase = article.phase();

    view! {
        <div
            class="rdr"
            id=root_id
            node_ref=root
            lang=move || phase.with(|p| ui_for(p.story()).lang.tag())
            dir=move || phase.with(|p| ui_for(p.story()).lang.dir().as_str())
            aria-busy=move || phase.with(|p| matches!(p, Phase::Loading).then_some("true"))
            data-size=move || display.get().size.to_string()
            data-spacing=move || display.get().spacing.to_string()
            data-theme=move || display.get().theme.key()
            data-font=move || display.get().font.key()
            data-width=move || display.get().width.to_string()
            data-letters=move || display.get().letters.to_string()
            data-words=move || display.get().words.to_string()
            data-align=move || display.get().align.key()
        >
            <p class="rdr-sr" role="status">{move || if article.is_slow() { base_ui.strings.loading } else { "" }}</p>
            {move || match phase.get() {
                Phase::Loading => view! { <Skeleton /> }.into_any(),
                Phase::Ready(story, source) => {
                    let ui = ui_for(Some(&story));
                    view! {
                        <Provider value=ui>
                            <ReadingProgress root=root />
                            <ArticleView story=story tools=tools(source) />
                            {show_scroll_top.then(|| view! { <ScrollToTop top_id=top_id.get_value() root=root /> })}
                        </Provider>
                    }
                    .into_any()
                }
                Phase::Failed(fault) => view! {
                    <Provider value=base_ui>
                        <ErrorNotice fault=fault on_retry=retry />
                    </Provider>
                }
                .into_any(),
            }}
        </div>
    }
}

/// Tells the page's scripts how a load ended, once its outcome is on screen (the next task).
fn announce(events: Events, phase: &Phase) {
    match phase {
        Phase::Ready(story, src) => {
            let (story, src) = (Arc::clone(story), src.clone());
            set_timeout(move || events.loaded(&story, &src), Duration::ZERO);
        }
        Phase::Failed(fault) => {
            let fault = fault.clone();
            set_timeout(move || events.failed(&fault), Duration::ZERO);
        }
        Phase::Loading => {}
    }
}
