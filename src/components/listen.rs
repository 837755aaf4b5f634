//! Listen: the article read aloud by the browser's voice, sentence by sentence, the sentence and
//! word being read highlighted (the player is [`use_speech`]). A disclosure button opens the
//! player: previous and next paragraph, play and pause, speed, and the voice for the article's
//! language (the choice kept for the origin). Hidden where there is no voice for the article's
//! language.

use crate::hooks::use_ui::use_ui;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::icons::{Icon, LISTEN, NEXT, PREVIOUS};
use crate::hooks::use_speech::{use_speech, UseSpeechOptions};
use article_core::logic::listen::{speed_label, NORMAL_SPEED, SPEEDS};
use article_core::story::Story;

/// The value of the `<select>` an event came from.
fn selected(ev: &leptos::ev::Event) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
}

/// The Listen control and player of one article; `lang` is the interface's language where it
/// differs from the article's.
#[component]
pub fn Listen(story: Arc<Story>, lang: Option<&'static str>) -> impl IntoView {
    let ui = use_ui();
    let strings = ui.strings;
    let anchor = NodeRef::<leptos::html::Div>::new();
    let artist = story
        .authors
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let speech = use_speech(
        anchor,
        UseSpeechOptions {
            speaker: ui.id,
            lang: story.lang.clone(),
            title: story.title.clone(),
            artist,
            strings,
        },
    );
    let open = RwSignal::new(false);

    let panel_id = ui.dom_id("listen");
    let controls = panel_id.clone();
    let speed_id = ui.dom_id("listen-speed");
    let voice_id = ui.dom_id("listen-voice");
    let speeds = SPEEDS
        .iter()
        .enumerate()
        .map(|(index, s)| view! { <option value=index.to_string() selected=index == NORMAL_SPEED>{speed_label(*s)}</option> })
        .collect::<Vec<_>>();
    let voice_options = move || {
        let wanted = speech.chosen_voice();
        speech.with_voices(|v| {
            v.iter()
                .map(|voice| {
                    let uri = voice.uri.clone();
                    view! { <option value=uri.clone() selected=wanted.as_deref() == Some(uri.as_str())>{voice.name.clone()}</option> }
                })
                .collect::<Vec<_>>()
        })
    };
    let choose_voice = move |ev: leptos::ev::Event| {
        if let Some(uri) = selected(&ev) {
            speech.choose_voice(&uri);
        }
    };
    let choose_speed = move |ev: leptos::ev::Event| {
        let index = selected(&ev).and_then(|value| value.parse::<usize>().ok());
        if let Some(index) = index.filter(|i| *i < SPEEDS.len()) {
            speech.set_speed(index);
        }
    };
    view! {
        <div class="rdr-listen" lang=lang node_ref=anchor hidden=move || speech.with_voices(<[_]>::is_empty)>
            <button type="button" class="rdr-tool-btn rdr-tool-text" aria-expanded=move || open.get().to_string()
                aria-controls=controls on:click=move |_| open.update(|o| *o = !*o)>
                <Icon shape=LISTEN />
                <span>{strings.listen}</span>
            </button>
            <div id=panel_id class="rdr-listen-panel" role="group" aria-label=strings.listen hidden=move || !open.get()>
                <button type="button" class="rdr-tool-btn" on:click=move |_| speech.skip(false)>
                    <span class="rdr-flip"><Icon shape=PREVIOUS /></span><span class="rdr-sr">{strings.previous_paragraph}</span>
                </button>
                <button type="button" class="rdr-tool-btn rdr-tool-text rdr-listen-play" on:click=move |_| speech.toggle()>
                    {move || if speech.is_playing() { strings.pause } else { strings.play }}
                </button>
                <button type="button" class="rdr-tool-btn" on:click=move |_| speech.skip(true)>
                    <span class="rdr-flip"><Icon shape=NEXT /></span><span class="rdr-sr">{strings.next_paragraph}</span>
                </button>
                <label class="rdr-listen-field" for=speed_id.clone()>{strings.speed}</label>
                <select id=speed_id on:change=choose_speed>{speeds}</select>
                <label class="rdr-listen-field" for=voice_id.clone()>{strings.voice}</label>
                <select id=voice_id on:change=choose_voice>{voice_options}</select>
            </div>
            <p class="rdr-sr" role="status">{move || speech.status()}</p>
        </div>
    }
}
