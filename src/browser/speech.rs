//! Speech synthesis (`speechSynthesis`, `SpeechSynthesisUtterance`) and the system's media
//! controls (Media Session): the voices for a language, speaking one utterance with its word,
//! end and failure events, and what the lock screen or a headset shows and does. Reached
//! through `js` (untyped): the tests drive a scripted `speechSynthesis`, and web-sys's checked
//! casts would refuse its plain objects. Where an API is missing, nothing is said or shown.

use js_sys::{Array, Object};
use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use super::js::{call, construct, get, global, set};
use article_core::logic::listen::speaks;

/// The page's speech engine, where there is one.
fn synth() -> Option<JsValue> {
    let synth = get(&window(), "speechSynthesis");
    (!synth.is_undefined() && !synth.is_null()).then_some(synth)
}

/// Whether the browser can speak.
pub fn available() -> bool {
    synth().is_some()
}

/// One of the browser's voices.
#[derive(Clone)]
pub struct Voice {
    /// Its name, as shown.
    pub name: String,
    /// Its URI (its name where it has none), as kept in the reader's choices.
    pub uri: String,
    voice: JsValue,
}

/// The browser's voices for `lang`'s language, in the browser's order.
pub fn voices_for(lang: &str) -> Vec<Voice> {
    let Some(list) = synth().and_then(|s| call(&s, "getVoices", &[])) else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter(|v| get(v, "lang").as_string().is_some_and(|l| speaks(&l, lang)))
        .map(|voice| {
            let name = get(&voice, "name").as_string().unwrap_or_default();
            let uri = get(&voice, "voiceURI")
                .as_string()
                .unwrap_or_else(|| name.clone());
            Voice { name, uri, voice }
        })
        .collect()
}

/// A listener for changes of the voices (they often arrive after the page loads); removed when
/// dropped.
pub struct VoicesWatch {
    synth: JsValue,
    callback: Closure<dyn Fn()>,
}

impl Drop for VoicesWatch {
    fn drop(&mut self) {
        call(
            &self.synth,
            "removeEventListener",
            &[&"voiceschanged".into(), self.callback.as_ref()],
        );
    }
}

/// Calls `on_change` whenever the browser's voices change, until the watch is dropped; `None`
/// where the browser cannot speak.
pub fn watch_voices(on_change: impl Fn() + 'static) -> Option<VoicesWatch> {
    let synth = synth()?;
    let callback = Closure::<dyn Fn()>::new(on_change);
    call(
        &synth,
        "addEventListener",
        &[&"voiceschanged".into(), callback.as_ref()],
    );
    Some(VoicesWatch { synth, callback })
}

/// Stops what the browser is saying and forgets what it was to say next.
pub fn cancel() {
    if let Some(synth) = synth() {
        call(&synth, "cancel", &[]);
    }
}

/// What to say, and how.
pub struct Utterance<'a> {
    pub text: &'a str,
    /// The language of the text (a BCP 47 tag).
    pub lang: &'a str,
    /// The rate, 1 being the voice's normal speed.
    pub rate: f64,
    /// The voice; the browser's default for the language when `None`.
    pub voice: Option<&'a Voice>,
}

/// What happens while an utterance is said.
pub struct UtteranceEvents<W, E, F> {
    /// The voice reached a word: its UTF-16 offset in the text and, when the voice says it, its
    /// length.
    pub on_word: W,
    /// The utterance ended (said, or cancelled: Chrome ends cancelled utterances too).
    pub on_end: E,
    /// The voice failed (not cancelled, not interrupted by another utterance).
    pub on_failure: F,
}

/// Says `utterance`, reporting its events; nothing happens where the browser cannot speak.
pub fn speak<W, E, F>(utterance: &Utterance, events: UtteranceEvents<W, E, F>)
where
    W: Fn(u32, Option<u32>) + 'static,
    E: Fn() + 'static,
    F: Fn() + 'static,
{
    let Some(synth) = synth() else {
        return;
    };
    let Some(spoken) = construct(
        &global("SpeechSynthesisUtterance"),
        &[&utterance.text.into()],
    ) else {
        return;
    };
    set(&spoken, "lang", &utterance.lang.into());
    set(&spoken, "rate", &utterance.rate.into());
    if let Some(voice) = utterance.voice {
        set(&spoken, "voice", &voice.voice);
    }
    let UtteranceEvents {
        on_word,
        on_end,
        on_failure,
    } = events;
    let on_boundary = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        if get(&event, "name").as_string().as_deref() != Some("word") {
            return;
        }
        let Some(index) = get(&event, "charIndex").as_f64().map(|i| i as u32) else {
            return;
        };
        let length = get(&event, "charLength")
            .as_f64()
            .map(|l| l as u32)
            .filter(|l| *l > 0);
        on_word(index, length);
    });
    let on_end = Closure::<dyn Fn(JsValue)>::new(move |_: JsValue| on_end());
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        let cancelled = matches!(
            get(&event, "error").as_string().as_deref(),
            Some("interrupted" | "canceled")
        );
        if !cancelled {
            on_failure();
        }
    });
    for (name, listener) in [
        ("error", on_error.into_js_value()),
        ("boundary", on_boundary.into_js_value()),
        ("end", on_end.into_js_value()),
    ] {
        call(&spoken, "addEventListener", &[&name.into(), &listener]);
    }
    call(&synth, "speak", &[&spoken]);
}

/// The page's media session (`undefined` where there is none).
fn media_session() -> JsValue {
    get(&window().navigator(), "mediaSession")
}

/// The system's media controls show `title` by `artist`, playing; nothing where the platform
/// has no `MediaMetadata`.
pub fn show_playing(title: &str, artist: &str) {
    let session = media_session();
    let constructor = global("MediaMetadata");
    if !constructor.is_function() {
        return;
    }
    let init = Object::new();
    set(&init, "title", &title.into());
    set(&init, "artist", &artist.into());
    if let Some(metadata) = construct(&constructor, &[&init]) {
        set(&session, "metadata", &metadata);
    }
    set_playing(true);
}

/// The system's media controls show the session as playing or paused.
pub fn set_playing(playing: bool) {
    let session = media_session();
    if !session.is_undefined() {
        let state = if playing { "playing" } else { "paused" };
        set(&session, "playbackState", &state.into());
    }
}

/// What the system's media controls (headset buttons, lock screen) do.
pub struct MediaActions<P, S, N, B> {
    pub play: P,
    pub pause: S,
    pub next: N,
    pub previous: B,
}

/// Makes the system's media controls call `actions` (replacing what they called before).
pub fn on_media_actions<P, S, N, B>(actions: MediaActions<P, S, N, B>)
where
    P: Fn() + 'static,
    S: Fn() + 'static,
    N: Fn() + 'static,
    B: Fn() + 'static,
{
    let session = media_session();
    if session.is_undefined() {
        return;
    }
    let handlers = [
        ("play", Closure::<dyn Fn()>::new(actions.play)),
        ("pause", Closure::<dyn Fn()>::new(actions.pause)),
        ("nexttrack", Closure::<dyn Fn()>::new(actions.next)),
        ("previoustrack", Closure::<dyn Fn()>::new(actions.previous)),
    ];
    for (action, handler) in handlers {
        call(
            &session,
            "setActionHandler",
            &[&action.into(), &handler.into_js_value()],
        );
    }
}
