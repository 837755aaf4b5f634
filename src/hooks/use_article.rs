//! Loading a reader's article: fetch → decode → normalize, one request at a time, through
//! [`use_json`](super::use_json) (a newer request or the reader's removal aborts the one under
//! way: an answer nobody wants is neither downloaded to the end nor shown).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortSignal;

use super::use_json::{use_json, Json, JsonRequest, UseJsonOptions};
use crate::api::Request;
use crate::browser::TaskBudget;
use article_core::fault::Fault;
use article_core::normalize::{decode_document, Source};
use article_core::story::Story;

/// Body blocks normalized between two looks at the task's budget (a few milliseconds' worth).
const BLOCKS_PER_STEP: usize = 100;

/// A polite "loading" announcement is made only when loading takes longer than this (the
/// start-up script waits as long before it asks the paint module to announce it).
const ANNOUNCE_AFTER: Duration = Duration::from_millis(300);

/// Where a reader is.
#[derive(Clone)]
pub enum Phase {
    Loading,
    /// The article, and the absolute URL its JSON came from.
    Ready(Arc<Story>, String),
    Failed(Fault),
}

impl Phase {
    /// The article shown, if there is one.
    pub fn story(&self) -> Option<&Story> {
        match self {
            Phase::Ready(story, _) => Some(story),
            _ => None,
        }
    }
}

/// The article of one reader and the one request under way for it: see [`use_article`].
#[derive(Clone, Copy)]
pub struct Article {
    phase: RwSignal<Phase>,
    /// Whether the current load has taken longer than [`ANNOUNCE_AFTER`].
    slow: RwSignal<bool>,
    /// The article's requests, one at a time.
    json: Json,
    /// The start-up script's request, until a load takes it.
    prefetched: StoredValue<Option<Request>, LocalStorage>,
    /// The language of articles that do not say theirs (WordPress posts).
    fallback_lang: StoredValue<String>,
}

/// Options of [`use_article`].
pub struct UseArticleOptions {
    /// The time limit of each request, in seconds.
    pub timeout_secs: u32,
    /// The language of articles that do not say theirs.
    pub fallback_lang: String,
    /// The request the start-up script began (the first load of its URL takes it over).
    pub prefetched: Option<Request>,
}

/// Loads articles for the calling component, one at a time (see [`UseArticleOptions`]). The
/// request under way is aborted when the component is cleaned up.
pub fn use_article(options: UseArticleOptions) -> Article {
    let UseArticleOptions {
        timeout_secs,
        fallback_lang,
        prefetched,
    } = options;
    Article {
        phase: RwSignal::new(Phase::Loading),
        slow: RwSignal::new(false),
        json: use_json(UseJsonOptions { timeout_secs }),
        prefetched: StoredValue::new_local(prefetched),
        fallback_lang: StoredValue::new(fallback_lang),
    }
}

impl Article {
    /// Where loading is (tracked).
    pub fn phase(self) -> ReadSignal<Phase> {
        self.phase.read_only()
    }

    /// Whether the current load has taken long enough to be announced (tracked).
    pub fn is_slow(self) -> bool {
        self.slow.get()
    }

    /// Loads the article at `url` (relative to the page) instead of whatever was loading, which
    /// is aborted. `settled` sees the outcome just before it is shown; never for a load that was
    /// replaced, or whose reader is gone.
    pub fn load(self, url: String, settled: impl FnOnce(&Phase) + 'static) {
        let request = match self.json.request() {
            None => return, // The reader is gone.
            Some(Ok(request)) => request,
            Some(Err(fault)) => {
                show(self, Phase::Failed(fault), settled);
                return;
            }
        };
        self.phase.try_set(Phase::Loading);
        self.slow.try_set(false);
        announce_if_slow(self, request.signal().clone(), ANNOUNCE_AFTER);
        spawn_local(async move {
            // Relative URLs inside the article resolve against its absolute URL.
            let url = absolute(&url);
            let prefetched = self.prefetched.try_update_value(Option::take).flatten();
            let Some(lang) = self.fallback_lang.try_get_value() else {
                return; // The reader is gone.
            };
            // Parsing, copying, decoding, normalizing and rendering a very large article are
            // tasks of their own; a small one goes through in one short task, rendering included.
            let budget = TaskBudget::start();
            let result = fetch_story(&request, &url, prefetched, &lang, &budget).await;
            budget.pause().await;
            // A newer load replaced this one, or the reader is gone: nobody wants this answer.
            if request.is_replaced() {
                return;
            }
            let next = match result {
                Ok(story) => Phase::Ready(Arc::new(story), url),
                Err(fault) => {
                    leptos::logging::error!(
                        "article reader: could not show {url}: {}",
                        fault.report().message
                    );
                    Phase::Failed(fault)
                }
            };
            show(self, next, settled);
        });
    }

    /// The wait for the article under way was announced already (by the paint module, on the
    /// placeholder this reader adopted): it stays announced, and is not announced again.
    pub fn announced(self) {
        if self
            .phase
            .try_with_untracked(|p| matches!(p, Phase::Loading))
            == Some(true)
        {
            self.slow.try_set(true);
        }
    }
}

/// Shows `next` (after `settled` has seen it), and stops any "loading" announcement.
fn show(article: Article, next: Phase, settled: impl FnOnce(&Phase)) {
    article.slow.try_set(false);
    settled(&next);
    article.phase.try_set(next);
}

/// Announces loading once it has taken `delay` more, unless the request behind `signal` was
/// replaced (or its reader removed) or has finished by then.
fn announce_if_slow(article: Article, signal: AbortSignal, delay: Duration) {
    set_timeout(
        move || {
            let loading = article
                .phase
                .try_with_untracked(|p| matches!(p, Phase::Loading));
            if !signal.aborted() && loading == Some(true) {
                article.slow.try_set(true);
            }
        },
        delay,
    );
}

/// The story at the absolute `url`: fetched by `request`, decoded and normalized, with `lang`
/// for a document that does not say its language, and pauses between the steps when `budget` is
/// used up.
async fn fetch_story(
    request: &JsonRequest,
    url: &str,
    prefetched: Option<Request>,
    lang: &str,
    budget: &TaskBudget,
) -> Result<Story, Fault> {
    let value = request.fetch(url, prefetched, budget).await?;
    budget.pause().await;
    let source = Source {
        url,
        fallback_lang: lang,
    };
    let decoded = decode_document(&value, &source)?;
    drop(value);
    budget.pause().await;
    // Sanitizing a very large body is the longest piece of work: a few blocks at a time, with a
    // pause whenever the task has used its budget.
    let mut steps = decoded.steps();
    while !steps.step(BLOCKS_PER_STEP) {
        budget.pause().await;
    }
    Ok(steps.finish())
}

/// `url` made absolute against the page's address.
fn absolute(url: &str) -> String {
    let page = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}
