//! Standalone reader only: related stories open in place, and the browser history follows. Each
//! entry records the article's JSON URL and where the reader was in it; back and forward load
//! that article again and restore the place.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::use_scroll_restore::{Arrival, Place};
use crate::browser::js;
use article_core::config::{query_for, query_param, Config};

/// Options of [`use_history`].
pub struct UseHistoryOptions<L> {
    /// The JSON URL of the article shown (set to an entry's on back and forward).
    pub src: StoredValue<String>,
    /// The reader's root, whose place in the article an entry records.
    pub root: NodeRef<leptos::html::Div>,
    /// Shows the article at `src`, landing as the [`Arrival`] says.
    pub load: L,
}

/// Makes the history follow the article shown, from `src` on: the current entry records it, back
/// and forward set `src` to an entry's and call `load` to show it there, and the callback returned
/// opens another story (its JSON URL) in a new entry, after recording where the reader was in the
/// article `root` shows. Stops listening when the calling component is cleaned up.
pub fn use_history<L>(options: UseHistoryOptions<L>) -> Callback<String>
where
    L: Fn(Arrival) + Copy + Send + Sync + 'static,
{
    let UseHistoryOptions { src, root, load } = options;
    replace_entry(&src.get_value(), Place::current(None));
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
        replace_entry(&src.get_value(), Place::current(shown.as_ref()));
        src.set_value(next.clone());
        push_entry(&next);
        load(Arrival::Focus);
    })
}

/// Updates the current history entry: it shows `src`, and the reader was at `place`.
fn replace_entry(src: &str, place: Place) {
    write_entry(src, place, false);
}

/// Adds a history entry showing `src` from its top.
fn push_entry(src: &str) {
    write_entry(src, Place::TOP, true);
}

/// Writes `src` and `place` into a new (`push`) or the current history entry, with the address
/// `?src=…` (except for the demo at a bare URL, which keeps its URL until a story is opened).
fn write_entry(src: &str, place: Place, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let state = js::object(&[("src", &src.into()), ("y", &JsValue::from_f64(place.y))]);
    if let Some((block, offset)) = place.block {
        js::set(&state, "block", &JsValue::from(block));
        js::set(&state, "offset", &JsValue::from_f64(offset));
    }
    let search = window().location().search().unwrap_or_default();
    let url = if push || query_param(&search, "src").is_some() {
        Some(query_for(src))
    } else {
        None
    };
    let _ = if push {
        history.push_state_with_url(&state, "", url.as_deref())
    } else {
        history.replace_state_with_url(&state, "", url.as_deref())
    };
}

/// The place a history entry's state records (see [`write_entry`]); anything else in a state
/// (another script's) reads as the top.
fn place_from_state(state: &JsValue) -> Place {
    let number = |key: &str| js::get(state, key).as_f64();
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
