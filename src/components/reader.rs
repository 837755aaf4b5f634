//! One reader: fetch → decode → normalize → view, with its loading and error states, its tools,
//! and (standalone only) in-place navigation between related stories with the browser history.

use std::sync::Arc;
use std::time::Duration;

use js_sys::Reflect;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use super::article_view::{ArticleView, Tools};
use super::display_control::shared_display;
use super::document_head::reflect_in_document;
use super::error_notice::ErrorNotice;
use super::reading_progress::ReadingProgress;
use super::scroll_to_top::{focus_without_scrolling, ScrollToTop};
use super::skeleton::Skeleton;
use super::{describe, Ui};
use crate::api::{fetch_json, Request};
use crate::browser::TaskBudget;
use crate::config::{query_for, query_param, Config};
use crate::fault::Fault;
use crate::logic::lang::{is_language_tag, UiLang};
use crate::normalize::{decode_document, Story};

/// A polite "loading" announcement is made only when loading takes longer than this.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(300);

/// Where a reader is.
#[derive(Clone)]
enum Phase {
    Loading,
    Ready(Arc<Story>, String),
    Failed(Fault),
}

/// What to do once an article is shown.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    /// First load: leave focus and scroll alone.
    Quietly,
    /// The reader asked (retry, opened a story): focus the headline.
    Focus,
    /// Back/forward: scroll where the reader was, focus the headline without scrolling.
    Restore(Place),
}

/// Where the reader was in an article, kept in the history entry: the scroll offset, and the body
/// block at the top of the viewport with how far below the viewport's top it started (the body's
/// end when past it). Blocks out of view may have estimated heights (`content-visibility`), so
/// the block, not the pixel offset, finds the same text again.
#[derive(Clone, Copy, PartialEq)]
struct Place {
    y: f64,
    block: Option<(u32, f64)>,
}

/// A complete reader for the article at `config.src`.
#[component]
pub fn Reader(
    config: Config,
    /// The embedding page's language (`<html lang>`), used until the article says its own.
    host_lang: Option<String>,
    /// The request for `config.src` that the start-up script began (used by the first load).
    #[prop(optional_no_strip)]
    prefetched: Option<Request>,
) -> impl IntoView {
    let base_lang = UiLang::choose([config.lang.as_deref(), host_lang.as_deref()]);
    // For articles that do not say their language (WordPress posts): data-lang, else the host
    // page's, else English.
    let fallback_lang = StoredValue::new(
        config
            .lang
            .clone()
            .or(host_lang)
            .filter(|l| is_language_tag(l))
            .unwrap_or_else(|| "en".to_owned()),
    );
    let base_ui = Ui::new(base_lang);
    let top_id = base_ui.dom_id("top");
    let root_id = top_id.clone();
    let top_id = StoredValue::new(top_id);
    let phase = RwSignal::new(Phase::Loading);
    let announcement = RwSignal::new("");
    let generation = StoredValue::new(0u64);
    let root = NodeRef::<leptos::html::Div>::new();
    let src = StoredValue::new(config.src.clone());
    let (timeout, standalone) = (config.timeout_secs, config.standalone);
    let settings = StoredValue::new(config);
    let display = shared_display();
    let prefetched = StoredValue::new_local(prefetched);

    // The interface language once the article is known: data-lang, else the article's.
    let ui_for = move |story: Option<&Story>| {
        let lang = match story {
            Some(story) => settings
                .with_value(|c| UiLang::choose([c.lang.as_deref(), Some(story.lang.as_str())])),
            None => base_lang,
        };
        base_ui.with_lang(lang)
    };

    let load = move |arrival: Arrival| {
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
            let prefetched = prefetched.try_update_value(Option::take).flatten();
            // Parsing, copying, decoding, normalizing and rendering a very large article are
            // tasks of their own; a small one goes through in one short task, rendering included.
            let Some(lang) = fallback_lang.try_get_value() else {
                return; // The reader is gone.
            };
            let budget = TaskBudget::start();
            let result = async {
                let value = fetch_json(&url, timeout, prefetched, &budget).await?;
                budget.pause().await;
                let decoded = decode_document(&value, &lang, &url)?;
                drop(value);
                budget.pause().await;
                Ok(decoded.normalize(&lang, &url))
            }
            .await;
            budget.pause().await;
            // A newer load started, or the reader is gone: this answer is stale.
            if generation.try_get_value() != Some(mine) {
                return;
            }
            generation.set_value(mine + 1);
            announcement.try_set("");
            match result {
                Ok(story) => {
                    if standalone {
                        reflect_in_document(&story, ui_for(Some(&story)).strings);
                    }
                    phase.try_set(Phase::Ready(Arc::new(story), url));
                }
                Err(fault) => {
                    leptos::logging::error!(
                        "article reader: could not show {url}: {}",
                        describe(&fault)
                    );
                    phase.try_set(Phase::Failed(fault));
                }
            }
            if arrival != Arrival::Quietly {
                request_animation_frame(move || arrive(root, arrival));
            }
        });
    };
    load(Arrival::Quietly);
    let retry = Callback::new(move |()| load(Arrival::Focus));

    // Standalone only: related stories open in place, and the history follows.
    let open_in_place = standalone.then(|| {
        remember_in_history(&src.get_value(), false, None);
        let _ = window()
            .history()
            .map(|h| h.set_scroll_restoration(web_sys::ScrollRestoration::Manual));
        let popstate = window_event_listener(leptos::ev::popstate, move |ev| {
            let search = window().location().search().unwrap_or_default();
            let next = Config::standalone(&search).src;
            let place = place_from_state(&ev.state());
            src.set_value(next);
            load(Arrival::Restore(place));
        });
        on_cleanup(move || popstate.remove());
        Callback::new(move |next: String| {
            let shown = root
                .try_get_untracked()
                .flatten()
                .map(web_sys::Element::from);
            remember_in_history(&src.get_value(), false, shown.as_ref());
            src.set_value(next.clone());
            remember_in_history(&next, true, None);
            load(Arrival::Focus);
        })
    });

    let show_scroll_top = settings.with_value(|c| c.scroll_top);
    let tools = move |source: String| {
        settings.with_value(|c| Tools {
            share: c.share.clone(),
            related: c.related,
            timeout_secs: c.timeout_secs,
            source,
            on_open: open_in_place,
        })
    };

    view! {
        <div
            class="rdr"
            id=root_id
            node_ref=root
            lang=move || phase.with(|p| ui_for(story_of(p)).lang.tag())
            dir=move || phase.with(|p| ui_for(story_of(p)).lang.dir().as_str())
            aria-busy=move || phase.with(|p| matches!(p, Phase::Loading).then_some("true"))
            data-size=move || display.get().size.to_string()
            data-spacing=move || display.get().spacing.to_string()
            data-theme=move || display.get().theme.key()
        >
            <p class="rdr-sr" role="status">{move || announcement.get()}</p>
            {move || match phase.get() {
                Phase::Loading => view! { <Skeleton /> }.into_any(),
                Phase::Ready(story, source) => {
                    let ui = ui_for(Some(&story));
                    view! {
                        <ReadingProgress root=root />
                        <ArticleView story=story ui=ui tools=tools(source) />
                        {show_scroll_top.then(|| view! { <ScrollToTop top_id=top_id.get_value() root=root ui=ui /> })}
                    }
                    .into_any()
                }
                Phase::Failed(fault) => view! { <ErrorNotice fault=fault ui=base_ui on_retry=retry /> }.into_any(),
            }}
        </div>
    }
}

fn story_of(phase: &Phase) -> Option<&Story> {
    match phase {
        Phase::Ready(story, _) => Some(story),
        _ => None,
    }
}

/// Focus (and scroll) once an article or an error notice the reader asked for is shown.
fn arrive(root: NodeRef<leptos::html::Div>, arrival: Arrival) {
    // `try_`: the reader may have been removed before this frame.
    let Some(root) = root.try_get_untracked().flatten() else {
        return;
    };
    match arrival {
        Arrival::Quietly => {}
        Arrival::Focus => {
            root.scroll_into_view();
            focus_without_scrolling(&root, "h1, .rdr-retry");
        }
        Arrival::Restore(place) => {
            focus_without_scrolling(&root, "h1, .rdr-retry");
            restore_scroll(root.into(), place, 120);
        }
    }
}

/// The body block at the top of the viewport, and its top relative to the viewport's top (the
/// body's end, numbered after the last block, once the viewport's top is past it); `None` above
/// the body, where nothing before has an estimated height.
fn top_block(root: &web_sys::Element) -> Option<(u32, f64)> {
    let body = root.query_selector(".rdr-body").ok().flatten()?;
    let blocks = body.children();
    let count = blocks.length();
    // Blocks are in document order: the first whose bottom is below the viewport's top.
    let (mut low, mut high) = (0, count);
    while low < high {
        let middle = low + (high - low) / 2;
        let bottom = blocks.item(middle)?.get_bounding_client_rect().bottom();
        if bottom <= 0.0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    match blocks.item(low) {
        Some(block) => {
            let top = block.get_bounding_client_rect().top();
            (low > 0 || top < 0.0).then_some((low, top))
        }
        None => Some((count, body.get_bounding_client_rect().bottom())),
    }
}

/// Where `place`'s block is now relative to the viewport's top, once the body has it.
fn block_top(root: &web_sys::Element, (index, _): (u32, f64)) -> Option<f64> {
    let body = root.query_selector(".rdr-body").ok().flatten()?;
    let blocks = body.children();
    match blocks.item(index) {
        Some(block) => Some(block.get_bounding_client_rect().top()),
        // The end of the body: only once it is complete (its last block is the one before).
        None if index > 0 && index == blocks.length() => {
            Some(body.get_bounding_client_rect().bottom())
        }
        None => None,
    }
}

/// Frames after the first scroll during which the block is kept in place while the blocks that
/// came into view replace their estimated heights with real ones.
const SETTLE_FRAMES: u32 = 12;

/// Scrolls back to `place` once the body holds its block (a long body is still being built for a
/// few frames), or without a block once the page is tall enough; after `frames` frames, to the
/// nearest position.
fn restore_scroll(root: web_sys::Element, place: Place, frames: u32) {
    let window = window();
    if let Some(block) = place.block {
        match block_top(&root, block) {
            Some(_) => keep_block_at(root, block, SETTLE_FRAMES, 0),
            None if frames > 0 => {
                request_animation_frame(move || restore_scroll(root, place, frames - 1));
            }
            None => window.scroll_to_with_x_and_y(0.0, place.y),
        }
        return;
    }
    let y = place.y;
    let height = document()
        .document_element()
        .map(|html| f64::from(html.scroll_height()))
        .unwrap_or_default();
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    window.scroll_to_with_x_and_y(0.0, y);
    if height < y + viewport && frames > 0 {
        request_animation_frame(move || restore_scroll(root, place, frames - 1));
    }
}

/// Scrolls so that `block` is where it was relative to the viewport's top, and again on the next
/// frames (at most `frames`) until it has stayed put for three (`still` counts them): blocks that
/// come into view get their real height a frame or two after the scroll.
fn keep_block_at(root: web_sys::Element, block: (u32, f64), frames: u32, still: u32) {
    let Some(top) = block_top(&root, block) else {
        return;
    };
    let moved = (top - block.1).abs() >= 1.0;
    if moved {
        let window = window();
        let y = window.scroll_y().unwrap_or_default() + top - block.1;
        window.scroll_to_with_x_and_y(0.0, y);
    }
    let still = if moved { 0 } else { still + 1 };
    if frames > 0 && still < 3 {
        request_animation_frame(move || keep_block_at(root, block, frames - 1, still));
    }
}

/// Records the article shown in the history: `push` a new entry for it, or update the current
/// one with the place to come back to (the block at the top, when `root` shows the article).
fn remember_in_history(src: &str, push: bool, root: Option<&web_sys::Element>) {
    let Ok(history) = window().history() else {
        return;
    };
    let state = js_sys::Object::new();
    let _ = Reflect::set(&state, &"src".into(), &src.into());
    let y = window().scroll_y().unwrap_or_default();
    let _ = Reflect::set(
        &state,
        &"y".into(),
        &JsValue::from_f64(if push { 0.0 } else { y }),
    );
    if let Some((block, offset)) = root.filter(|_| !push).and_then(top_block) {
        let _ = Reflect::set(&state, &"block".into(), &JsValue::from(block));
        let _ = Reflect::set(&state, &"offset".into(), &JsValue::from_f64(offset));
    }
    let search = window().location().search().unwrap_or_default();
    let url = if push || query_param(&search, "src").is_some() {
        Some(query_for(src))
    } else {
        None // The demo at a bare URL keeps its URL.
    };
    let _ = if push {
        history.push_state_with_url(&state, "", url.as_deref())
    } else {
        history.replace_state_with_url(&state, "", url.as_deref())
    };
}

/// The place a history entry's state records (see [`remember_in_history`]); anything else in a
/// state (another script's) reads as the top.
fn place_from_state(state: &JsValue) -> Place {
    let number = |key: &str| {
        Reflect::get(state, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let block = match (number("block"), number("offset")) {
        (Some(block), Some(offset))
            if block >= 0.0 && block <= f64::from(u32::MAX) && offset.is_finite() =>
        {
            Some((block as u32, offset))
        }
        _ => None,
    };
    Place {
        y: number("y").filter(|y| y.is_finite()).unwrap_or_default(),
        block,
    }
}

/// `url` made absolute against the page's address.
fn absolute(url: &str) -> String {
    let page = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}
