//! One reader: its article's loading, error and reading states, its tools, and (standalone only)
//! in-place navigation between related stories with the browser history. The parts live beside
//! it: [`loading`] (the `use_article` hook: fetch → decode → normalize, one abortable request at
//! a time), [`history`] (in-place navigation), [`scroll_restore`] (where the reader lands).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use super::article_view::{show_article, Island, Shown, Tools};
use super::error_notice::ErrorNotice;
use super::reading_progress::ReadingProgress;
use super::scroll_to_top::ScrollToTop;
use crate::api::Request;
use crate::browser::document_head::reflect_in_document;
use crate::hooks::use_article::{use_article, Phase, UseArticleOptions};
use crate::hooks::use_history::{use_history, UseHistoryOptions};
use crate::hooks::use_preferences::shared_display;
use crate::hooks::use_scroll_restore::{arrive, Arrival};
use crate::hooks::use_ui::new_ui;
use crate::publisher::events::Events;
use article_core::config::Config;
use article_core::logic::lang::{is_language_tag, UiLang};
use article_core::story::Story;
use article_paint::host::{painted_root, PAINTED};
use article_paint::ui::id_of_root;
use article_paint::Ui;

/// A complete reader for the article at `config.src`, drawn in `target`. Its components find its
/// interface (`Ui`) in context: the reader's own language until the article is known, then the
/// article's. When the paint module already drew the prefetched article in `target`, the reader
/// adopts it: it changes none of its nodes (scroll position, focus and selection stay) and
/// mounts its tools as islands in the places left for them.
#[component]
pub fn Reader(
    config: Config,
    /// The embedding page's language (`<html lang>`), used until the article says its own.
    host_lang: Option<String>,
    /// The element the reader draws in (its root goes at the end).
    target: web_sys::HtmlElement,
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
    // The paint module's root for the prefetched article, if it drew one; its number is kept.
    let painted = prefetched
        .as_ref()
        .and_then(|request| painted_root(&target, request.url()));
    let base_ui = match painted.as_ref().and_then(|root| id_of_root(&root.id())) {
        Some(id) => Ui::numbered(base_lang, id),
        None => new_ui(base_lang),
    };
    let display = shared_display();
    let adopting = RwSignal::new(painted.is_some());
    let root_element = match painted {
        Some(root) => root,
        None => {
            let Some(root) =
                article_paint::view::root(&document(), base_ui, display.get_untracked())
                    .and_then(|root| target.append_child(&root).ok().map(|_| root))
            else {
                leptos::logging::error!("article reader: could not create the reader's element");
                return;
            };
            root.unchecked_into()
        }
    };
    let root = NodeRef::<leptos::html::Div>::new();
    root.load(&root_element);
    let root_element = SendWrapper::new(root_element);
    // The root leaves with the reader (its phase's content is taken down by its own cleanup).
    let element = root_element.clone();
    on_cleanup(move || element.remove());
    let top_id = StoredValue::new(base_ui.dom_id("top"));
    let src = StoredValue::new(config.src.clone());
    let standalone = config.standalone;
    let article = use_article(UseArticleOptions {
        timeout_secs: config.timeout_secs,
        fallback_lang,
        prefetched,
    });
    let data_lang = StoredValue::new(config.lang.clone());
    let settings = StoredValue::new(config);

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

    // What to do once the outcome of a load is all on screen (its tools come in several tasks).
    let after_shown = StoredValue::new_local(None::<Box<dyn FnOnce()>>);
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
            // Once every part of the outcome is on screen: told to the page, then landed on.
            let phase = phase.clone();
            after_shown.set_value(Some(Box::new(move || {
                announce(events, &phase);
                if arrival != Arrival::Quietly {
                    request_animation_frame(move || arrive(root, arrival));
                }
            })));
        });
    };
    load(Arrival::Quietly);
    // A wait the paint module announced on the placeholder stays announced (and only once).
    let announced = root_element
        .query_selector(":scope > [role=status]")
        .ok()
        .flatten()
        .and_then(|status| status.text_content())
        .is_some_and(|text| !text.is_empty());
    if announced {
        article.announced();
    }
    let retry = Callback::new(move |()| load(Arrival::Focus));
    let open_in_place = standalone.then(|| use_history(UseHistoryOptions { src, root, load }));

    let show_scroll_top = settings.with_value(|c| c.scroll_top);
    let tools = move |source: String| {
        settings.with_value(|c| Tools {
            // A tool compiled out is not offered, whatever the page asks (Cargo features).
            share: if cfg!(feature = "share") {
                c.share.clone()
            } else {
                Vec::new()
            },
            related: cfg!(feature = "related") && c.related,
            resume: cfg!(feature = "resume") && c.resume,
            listen: cfg!(feature = "listen") && c.listen,
            timeout_secs: c.timeout_secs,
            source,
            on_open: open_in_place,
        })
    };
    let phase = article.phase();

    // The root's language, direction and busy state. A painted root already shows its
    // article's: it is left alone until the reader has the same article.
    let element = root_element.clone();
    Effect::new(move |_| {
        let ui = phase.with(|p| ui_for(p.story()));
        let loading = phase.with(|p| matches!(p, Phase::Loading));
        if adopting.get() {
            return;
        }
        let _ = element.set_attribute("lang", ui.lang.tag());
        let _ = element.set_attribute("dir", ui.lang.dir().as_str());
        let _ = match loading {
            true => element.set_attribute("aria-busy", "true"),
            false => element.remove_attribute("aria-busy"),
        };
    });
    // The display choices apply to a painted root too (another reader's Display control).
    let element = root_element.clone();
    Effect::new(move |_| {
        for (name, value) in display.get().attributes() {
            let _ = element.set_attribute(name, &value);
        }
    });
    // The polite "loading" line, only when loading takes a while.
    let element = root_element.clone();
    Effect::new(move |_| {
        let text = if article.is_slow() {
            base_ui.strings.loading
        } else {
            ""
        };
        if let Some(status) = element
            .query_selector(":scope > [role=status]")
            .ok()
            .flatten()
        {
            // The same words again would be announced again (the paint module may have said it).
            if status.text_content().as_deref() != Some(text) {
                status.set_text_content(Some(text));
            }
        }
    });
    // What the phase shows, in an owner of its own: taken down when the phase changes.
    let element = root_element.clone();
    Effect::new(move |_| {
        let phase = phase.get();
        let mut painted = None;
        if adopting.get_untracked() {
            let child = |selector: &str| element.query_selector(selector).ok().flatten();
            painted = child(":scope > article.rdr-article");
            if matches!(phase, Phase::Loading) && painted.is_some() {
                return; // The painted article stays until the reader has it too.
            }
            // A painted loading placeholder gives way to the reader's own (the same bars).
            if let Some(skeleton) = child(":scope > .rdr-skeleton") {
                skeleton.remove();
            }
        }
        let owner = Owner::new();
        // Run once the outcome is all on screen (a load's; nothing while loading).
        let done = after_shown.try_update_value(Option::take).flatten();
        let done = move || {
            if let Some(done) = done {
                done();
            }
        };
        let shown = owner.with(|| {
            show_phase(
                &element,
                phase,
                painted,
                PhaseParts {
                    ui_for: &ui_for,
                    base_ui,
                    tools: &tools,
                    retry,
                    root,
                    top_id: show_scroll_top.then(|| top_id.get_value()),
                },
                done,
            )
        });
        adopting.set(false);
        let shown = SendWrapper::new(std::cell::Cell::new(Some(shown)));
        on_cleanup(move || {
            if let Some(shown) = (*shown).take() {
                shown.remove();
            }
            owner.cleanup();
        });
    });
}

/// What [`show_phase`] needs from its reader.
struct PhaseParts<'a, U, T> {
    ui_for: &'a U,
    base_ui: Ui,
    tools: &'a T,
    retry: Callback<()>,
    root: NodeRef<leptos::html::Div>,
    /// The back-to-top link's target, when the reader shows one.
    top_id: Option<String>,
}

/// Puts what `phase` shows in the reader's `root` element: the skeleton, the article (adopting
/// `painted`) with its tools, or the fault; then calls `done` once it is all on screen.
fn show_phase<U, T>(
    root_element: &web_sys::Element,
    phase: Phase,
    painted: Option<web_sys::Element>,
    parts: PhaseParts<'_, U, T>,
    done: impl FnOnce() + 'static,
) -> Shown
where
    U: Fn(Option<&Story>) -> Ui,
    T: Fn(String) -> Tools,
{
    let mut shown = Shown::default();
    match phase {
        Phase::Loading => {
            let skeleton = article_paint::view::skeleton(&document());
            if let Some(skeleton) = skeleton {
                if root_element.append_child(&skeleton).is_ok() {
                    shown.nodes.push(skeleton);
                }
            }
        }
        Phase::Ready(story, source) => {
            provide_context((parts.ui_for)(Some(&story)));
            let adopted = painted.is_some();
            let tools = (parts.tools)(source);
            let Some(article) = show_article(root_element, painted, story, tools, done) else {
                return shown;
            };
            let first = article.nodes.first().cloned();
            shown = article;
            // The painted bar's place is the reader's bar's, taken in the same task.
            if let Some(bar) = root_element
                .query_selector(":scope > progress.rdr-progress")
                .ok()
                .flatten()
            {
                bar.remove();
            }
            let progress = view! { <ReadingProgress root=parts.root /> };
            shown.islands.push(Island::mount(
                root_element,
                first.as_ref().map(|e| e.as_ref()),
                progress,
            ));
            if let Some(top_id) = parts.top_id {
                let top = view! { <ScrollToTop top_id=top_id root=parts.root /> };
                shown.islands.push(Island::mount(root_element, None, top));
            }
            if adopted {
                // The painted article is now the reader's: drop the paint module's mark.
                let _ = root_element.remove_attribute(PAINTED);
            }
        }
        Phase::Failed(fault) => {
            provide_context(parts.base_ui);
            let notice = view! { <ErrorNotice fault=fault on_retry=parts.retry /> };
            shown
                .islands
                .push(Island::mount(root_element, None, notice));
            set_timeout(done, Duration::ZERO);
        }
    }
    shown
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
