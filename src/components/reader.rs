//! One reader: fetch → decode → normalize → view, with its loading and error states.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::article_view::ArticleView;
use super::error_notice::ErrorNotice;
use super::skeleton::Skeleton;
use super::Ui;
use crate::api::fetch_text;
use crate::config::Config;
use crate::logic::fault::Fault;
use crate::logic::lang::UiLang;
use crate::normalize::{story_from_json, Story};

/// A polite "loading" announcement is made only when loading takes longer than this.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(300);

/// Where a reader is.
#[derive(Clone)]
enum Phase {
    Loading,
    Ready(Arc<Story>),
    Failed(Fault),
}

/// A complete reader for the article at `config.src`.
#[component]
pub fn Reader(
    config: Config,
    /// The embedding page's language (`<html lang>`), used until the article says its own.
    host_lang: Option<String>,
) -> impl IntoView {
    let base_lang = UiLang::choose([config.lang.as_deref(), host_lang.as_deref()]);
    let base_ui = Ui::new(base_lang);
    let phase = RwSignal::new(Phase::Loading);
    let announcement = RwSignal::new("");
    let generation = StoredValue::new(0u64);
    let root = NodeRef::<leptos::html::Div>::new();
    let src = StoredValue::new(config.src.clone());
    let (timeout, standalone) = (config.timeout_secs, config.standalone);
    let ui_override = StoredValue::new(config.lang.clone());

    // The interface language once the article is known: data-lang, else the article's.
    let ui_for = move |story: Option<&Story>| {
        let lang = match story {
            Some(story) => ui_override
                .with_value(|lang| UiLang::choose([lang.as_deref(), Some(story.lang.as_str())])),
            None => base_lang,
        };
        base_ui.with_lang(lang)
    };

    let load = move |user_asked: bool| {
        let Some(url) = src.try_get_value() else {
            return;
        };
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        phase.set(Phase::Loading);
        announcement.set("");
        set_timeout(
            move || {
                if generation.try_get_value() == Some(mine) {
                    announcement.try_set(base_ui.strings.loading);
                }
            },
            ANNOUNCE_AFTER,
        );
        spawn_local(async move {
            // Relative URLs inside the article resolve against its absolute URL.
            let url = absolute(&url);
            let result = match fetch_text(&url, timeout).await {
                Ok(text) => story_from_json(&text, base_lang.tag(), &url),
                Err(fault) => Err(fault),
            };
            // A newer load started, or the reader is gone: this answer is stale.
            if generation.try_get_value() != Some(mine) {
                return;
            }
            generation.set_value(mine + 1);
            announcement.try_set("");
            match result {
                Ok(story) => {
                    if standalone {
                        document().set_title(&story.title);
                    }
                    phase.try_set(Phase::Ready(Arc::new(story)));
                }
                Err(fault) => {
                    leptos::logging::error!("article reader: could not show {url}: {fault:?}");
                    phase.try_set(Phase::Failed(fault));
                }
            }
            if user_asked {
                request_animation_frame(move || focus_first(root, "h1, .rdr-retry"));
            }
        });
    };
    load(false);
    let retry = Callback::new(move |()| load(true));

    view! {
        <div
            class="rdr"
            node_ref=root
            lang=move || phase.with(|p| ui_for(story_of(p)).lang.tag())
            dir=move || phase.with(|p| ui_for(story_of(p)).lang.dir().as_str())
            aria-busy=move || phase.with(|p| matches!(p, Phase::Loading).then_some("true"))
        >
            <p class="rdr-sr" role="status">{move || announcement.get()}</p>
            {move || match phase.get() {
                Phase::Loading => view! { <Skeleton /> }.into_any(),
                Phase::Ready(story) => {
                    let ui = ui_for(Some(&story));
                    view! { <ArticleView story=story ui=ui /> }.into_any()
                }
                Phase::Failed(fault) => view! { <ErrorNotice fault=fault ui=base_ui on_retry=retry /> }.into_any(),
            }}
        </div>
    }
}

fn story_of(phase: &Phase) -> Option<&Story> {
    match phase {
        Phase::Ready(story) => Some(story),
        _ => None,
    }
}

/// `url` made absolute against the page's address.
fn absolute(url: &str) -> String {
    let page = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}

/// Moves focus to the first element inside the reader that matches `selector`.
fn focus_first(root: NodeRef<leptos::html::Div>, selector: &str) {
    let target = root
        .get_untracked()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = target {
        let _ = el.focus();
    }
}
