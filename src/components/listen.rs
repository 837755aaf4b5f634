//! Listen: the article read aloud by the browser's `speechSynthesis`, one sentence per utterance
//! (Chrome stops long utterances after about 15 s, and some voices send no boundary events), the
//! sentences cut by `Intl.Segmenter` in the article's language. It reads the headline, the
//! standfirst and the body (headings, paragraphs, quotes and their attribution, list items,
//! captions), never the interface. The sentence being read is highlighted, and the word where the
//! voice reports word boundaries, through the CSS Custom Highlight API (the DOM is not touched);
//! the passage is kept in view unless the reader has just scrolled elsewhere. The system's media
//! controls (Media Session) play, pause and skip. One reader speaks at a time on a page; speech
//! stops when its reader is removed or its article changes. Hidden where there is no voice for
//! the article's language.
//!
//! The speech and media APIs are reached through `browser::js` (untyped): the tests drive a
//! scripted `speechSynthesis`, and web-sys's checked casts would refuse its plain objects.

use super::current_ui;
use std::cell::RefCell;
use std::sync::Arc;

use js_sys::{Array, Function, JsString, Object};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Range};

use super::icons::{icon, LISTEN, NEXT, PREVIOUS};
use crate::browser::js::{self, call, get};
use crate::browser::{highlight, now, prefers_reduced_motion, store, stored, viewport_height};
use article_core::logic::listen::{speaks, speed_label, VoiceChoices, NORMAL_SPEED, SPEEDS};
use article_core::story::Story;

const VOICES_KEY: &str = "article-reader:voices";
const SENTENCE: &str = "article-reader-sentence";
const WORD: &str = "article-reader-word";
/// What is read, in document order: the headline, the standfirst and the body's passages.
const PASSAGES: &str =
    ".rdr-title, .rdr-standfirst, .rdr-body > :is(p, h2, h3, h4, pre, .rdr-rich), \
    .rdr-body > :is(ul, ol) > li, .rdr-body blockquote, .rdr-body figcaption";
/// After the reader scrolls, the spoken passage is not brought back into view for this long.
const LEAVE_ALONE_MS: f64 = 4000.0;

/// A player action kept for later callers (the system's media controls, another reader).
type Action = Box<dyn Fn()>;
/// An action kept in a reader's reactive owner.
type Kept<F> = StoredValue<Option<Box<F>>, LocalStorage>;

thread_local! {
    /// The reader speaking now, and how to stop it: a reader that starts stops the previous one.
    static SPEAKING: RefCell<Option<(u32, Action)>> = const { RefCell::new(None) };
    /// The voices chosen per language, shared by the page's readers (like Display).
    static CHOICES: ArcRwSignal<VoiceChoices> = ArcRwSignal::new(load_choices());
}

fn load_choices() -> VoiceChoices {
    stored(VOICES_KEY)
        .map(|text| VoiceChoices::from_storage(&text))
        .unwrap_or_default()
}

fn synth() -> Option<JsValue> {
    let synth = get(&window(), "speechSynthesis");
    (!synth.is_undefined() && !synth.is_null()).then_some(synth)
}

/// The browser's voices for `lang`'s language: (name, URI, the voice object).
fn voices_for(lang: &str) -> Vec<(String, String, JsValue)> {
    let Some(list) = synth().and_then(|s| call(&s, "getVoices", &[])) else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter(|v| get(v, "lang").as_string().is_some_and(|l| speaks(&l, lang)))
        .map(|v| {
            let name = get(&v, "name").as_string().unwrap_or_default();
            let uri = get(&v, "voiceURI")
                .as_string()
                .unwrap_or_else(|| name.clone());
            (name, uri, v)
        })
        .collect()
}

/// Sets the page's highlight `name` to `range` (none: cleared).
fn highlight(name: &str, range: Option<&Range>) {
    highlight::set(name, range.as_slice());
}

/// A passage's text and where each of its text nodes starts in it (in UTF-16 units, the unit of
/// `Intl.Segmenter` and of boundary events).
struct Passage {
    element: Element,
    text: JsString,
    nodes: Vec<(Node, u32)>,
    /// Sentences, as UTF-16 ranges of `text`.
    sentences: Vec<(u32, u32)>,
}

impl Passage {
    fn of(element: Element, lang: &str) -> Passage {
        let mut nodes = Vec::new();
        let mut text = String::new();
        let mut units = 0;
        collect(&element, &mut nodes, &mut text, &mut units);
        let text = JsString::from(text);
        let sentences = sentences(&text, lang);
        Passage {
            element,
            text,
            nodes,
            sentences,
        }
    }

    /// The DOM range of `start..end` (UTF-16 units of the passage's text).
    fn range(&self, start: u32, end: u32) -> Option<Range> {
        let at = |unit: u32| {
            let (node, from) = self.nodes.iter().rev().find(|(_, from)| *from <= unit)?;
            let length = node
                .text_content()
                .map_or(0, |t| t.encode_utf16().count() as u32);
            Some((node.clone(), (unit - from).min(length)))
        };
        let (start_node, start_offset) = at(start)?;
        let (end_node, end_offset) = at(end)?;
        let range = document().create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        Some(range)
    }
}

fn collect(node: &Node, nodes: &mut Vec<(Node, u32)>, text: &mut String, units: &mut u32) {
    if node.node_type() == Node::TEXT_NODE {
        let data = node.text_content().unwrap_or_default();
        nodes.push((node.clone(), *units));
        *units += data.encode_utf16().count() as u32;
        text.push_str(&data);
        return;
    }
    // Interface text inside the article (screen-reader-only labels) is not read.
    if node
        .dyn_ref::<Element>()
        .is_some_and(|e| e.class_list().contains("rdr-sr"))
    {
        return;
    }
    let children = node.child_nodes();
    for index in 0..children.length() {
        if let Some(child) = children.item(index) {
            collect(&child, nodes, text, units);
        }
    }
}

/// The sentences of `text` in `lang` (UTF-16 ranges, blank ones left out), by `Intl.Segmenter`;
/// the whole text as one sentence where there is no segmenter.
fn sentences(text: &JsString, lang: &str) -> Vec<(u32, u32)> {
    let whole = vec![(0, text.length())];
    let segmenter = || -> Option<JsValue> {
        let constructor = get(&get(&js_sys::global(), "Intl"), "Segmenter")
            .dyn_into::<Function>()
            .ok()?;
        let options = Object::new();
        js::set(&options, "granularity", &"sentence".into());
        js::construct(&constructor, &[&lang.into(), &options])
    };
    let Some(segments) = segmenter().and_then(|s| call(&s, "segment", &[text])) else {
        return whole;
    };
    let Ok(Some(iter)) = js_sys::try_iter(&segments) else {
        return whole;
    };
    let found: Vec<(u32, u32)> = iter
        .filter_map(Result::ok)
        .filter_map(|segment| {
            let piece = get(&segment, "segment").dyn_into::<JsString>().ok()?;
            let index = get(&segment, "index").as_f64()? as u32;
            let blank = piece.as_string().is_none_or(|p| p.trim().is_empty());
            (!blank).then_some((index, index + piece.length()))
        })
        .collect();
    if found.is_empty() {
        whole
    } else {
        found
    }
}

/// Where reading is, and what it reads.
struct Reading {
    passages: Vec<Element>,
    passage: usize,
    sentence: usize,
    current: Option<Passage>,
    /// Bumped by every utterance and every stop: events of an older utterance are ignored.
    generation: u32,
}

/// The Listen control and player of one article.
#[component]
pub fn Listen(story: Arc<Story>, lang: Option<&'static str>) -> impl IntoView {
    let ui = current_ui();
    let strings = ui.strings;
    let article_lang = story.lang.clone();
    let voices = RwSignal::new_local(voices_for(&article_lang));
    let choices = CHOICES.with(|c| RwSignal::from(c.clone()));
    let open = RwSignal::new(false);
    let playing = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let speed = RwSignal::new(NORMAL_SPEED);
    let anchor = NodeRef::<leptos::html::Div>::new();
    let reading = StoredValue::new_local(Reading {
        passages: Vec::new(),
        passage: 0,
        sentence: 0,
        current: None,
        generation: 0,
    });
    // The last time the reader scrolled (not the player).
    let scrolled_at = StoredValue::new(f64::NEG_INFINITY);
    let id = ui.id;
    let lang_for_voices = StoredValue::new(article_lang.clone());
    let story = StoredValue::new(story);
    // What the system's media controls call (set once the player's functions exist).
    let play_from_system: Kept<dyn Fn()> = StoredValue::new_local(None);
    let pause_from_system: Kept<dyn Fn()> = StoredValue::new_local(None);
    let skip_from_system: Kept<dyn Fn(bool)> = StoredValue::new_local(None);

    // Voices often arrive after the page loads.
    if let Some(speech) = synth() {
        let refresh = Closure::<dyn Fn()>::new(move || {
            if let Some(lang) = lang_for_voices.try_get_value() {
                voices.try_set(voices_for(&lang));
            }
        });
        let _ = call(
            &speech,
            "addEventListener",
            &[&"voiceschanged".into(), refresh.as_ref()],
        );
        let refresh = StoredValue::new_local(Some(refresh));
        on_cleanup(move || {
            if let Some(Some(refresh)) = refresh.try_update_value(Option::take) {
                let _ = call(
                    &speech,
                    "removeEventListener",
                    &[&"voiceschanged".into(), refresh.as_ref()],
                );
            }
        });
    }

    let announce = move |message: &'static str| {
        status.try_set(String::new());
        request_animation_frame(move || {
            status.try_set(message.to_owned());
        });
    };
    let chosen_voice = move || -> Option<JsValue> {
        let list = voices.try_with_untracked(|v| {
            v.iter()
                .map(|(_, u, o)| (u.clone(), o.clone()))
                .collect::<Vec<_>>()
        })?;
        let wanted =
            lang_for_voices.with_value(|l| choices.with_untracked(|c| c.get(l).map(str::to_owned)));
        wanted
            .and_then(|w| list.iter().find(|(u, _)| *u == w).map(|(_, o)| o.clone()))
            .or_else(|| list.first().map(|(_, o)| o.clone()))
    };

    // Stops speaking (and forgets being the page's speaker), keeping the place.
    let halt = move || {
        reading.try_update_value(|r| r.generation += 1);
        if let Some(synth) = synth() {
            let _ = call(&synth, "cancel", &[]);
        }
        highlight(SENTENCE, None);
        highlight(WORD, None);
        SPEAKING.with_borrow_mut(|s| {
            if s.as_ref().is_some_and(|(speaker, _)| *speaker == id) {
                *s = None;
            }
        });
    };

    // Speaks the sentence at the place, then goes on from the next when it ends.
    let speak: Kept<dyn Fn()> = StoredValue::new_local(None);
    let say = move || {
        speak.with_value(|s| {
            if let Some(f) = s {
                f();
            }
        });
    };
    speak.set_value(Some(Box::new(move || {
        let Some(synth) = synth() else {
            return;
        };
        let lang = lang_for_voices.get_value();
        // The passage and sentence to read, moving past empty passages.
        let next = reading.try_update_value(|r| loop {
            if r.current.is_none() {
                let element = r.passages.get(r.passage)?.clone();
                r.current = Some(Passage::of(element, &lang));
            }
            let passage = r.current.as_ref()?;
            match passage.sentences.get(r.sentence) {
                Some(&(start, end)) => {
                    r.generation += 1;
                    return Some((
                        r.generation,
                        passage.text.substring(start, end),
                        passage.range(start, end),
                        passage.element.clone(),
                        start,
                    ));
                }
                None => {
                    r.passage += 1;
                    r.sentence = 0;
                    r.current = None;
                }
            }
        });
        let Some(Some((generation, text, range, element, sentence_start))) = next else {
            // The end of the article.
            halt();
            playing.try_set(false);
            reading.try_update_value(|r| {
                r.passage = 0;
                r.sentence = 0;
                r.current = None;
            });
            announce(strings.listen_finished);
            return;
        };
        highlight(SENTENCE, range.as_ref());
        highlight(WORD, None);
        keep_in_view(range.as_ref(), &element, scrolled_at);
        let Some(constructor) = get(&js_sys::global(), "SpeechSynthesisUtterance")
            .dyn_into::<Function>()
            .ok()
        else {
            return;
        };
        let Some(utterance) = js::construct(&constructor, &[&text]) else {
            return;
        };
        js::set(&utterance, "lang", &lang.as_str().into());
        js::set(
            &utterance,
            "rate",
            &SPEEDS
                .get(speed.get_untracked())
                .copied()
                .unwrap_or(1.0)
                .into(),
        );
        if let Some(voice) = chosen_voice() {
            js::set(&utterance, "voice", &voice);
        }
        let current = move || reading.try_with_value(|r| r.generation) == Some(generation);
        let on_boundary = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            if !current() || get(&event, "name").as_string().as_deref() != Some("word") {
                return;
            }
            let Some(index) = get(&event, "charIndex").as_f64().map(|i| i as u32) else {
                return;
            };
            let spoken = text.clone();
            let length = get(&event, "charLength")
                .as_f64()
                .map(|l| l as u32)
                .filter(|l| *l > 0)
                .unwrap_or_else(|| word_length(&spoken, index));
            let range = reading.try_with_value(|r| {
                r.current
                    .as_ref()
                    .and_then(|p| p.range(sentence_start + index, sentence_start + index + length))
            });
            highlight(WORD, range.flatten().as_ref());
        });
        let on_end = Closure::<dyn Fn(JsValue)>::new(move |_: JsValue| {
            if !current() {
                return;
            }
            reading.try_update_value(|r| r.sentence += 1);
            say();
        });
        // A voice that fails (not one the player cancelled) stops reading at this sentence, said
        // so; Play tries it again.
        let on_error = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let cancelled = matches!(
                get(&event, "error").as_string().as_deref(),
                Some("interrupted" | "canceled")
            );
            if !current() || cancelled {
                return;
            }
            halt();
            playing.try_set(false);
            announce(strings.listen_failed);
        });
        let _ = call(
            &utterance,
            "addEventListener",
            &[&"error".into(), &on_error.into_js_value()],
        );
        let _ = call(
            &utterance,
            "addEventListener",
            &[&"boundary".into(), &on_boundary.into_js_value()],
        );
        let _ = call(
            &utterance,
            "addEventListener",
            &[&"end".into(), &on_end.into_js_value()],
        );
        let _ = call(&synth, "speak", &[&utterance]);
    })));

    let play = move || {
        if reading.with_value(|r| r.passages.is_empty()) {
            let Some(article) = anchor
                .get_untracked()
                .and_then(|a| a.closest(".rdr-article").ok().flatten())
            else {
                return;
            };
            let found = article.query_selector_all(PASSAGES).ok();
            let passages = found
                .map(|list| {
                    (0..list.length())
                        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                        .filter(|e| e.text_content().is_some_and(|t| !t.trim().is_empty()))
                        .collect()
                })
                .unwrap_or_default();
            reading.update_value(|r| r.passages = passages);
        }
        // Another reader of the page stops; this one becomes the speaker.
        let previous = SPEAKING.with_borrow_mut(|s| {
            s.replace((
                id,
                Box::new(move || {
                    halt();
                    playing.try_set(false);
                }) as Box<dyn Fn()>,
            ))
        });
        if let Some((speaker, stop)) = previous {
            if speaker != id {
                stop();
            }
        }
        if let Some(synth) = synth() {
            let _ = call(&synth, "cancel", &[]);
        }
        playing.set(true);
        announce(strings.listen_playing);
        story.with_value(|story| media_session(story, true));
        media_handlers(play_from_system, pause_from_system, skip_from_system);
        say();
    };
    let pause = move || {
        halt();
        playing.set(false);
        announce(strings.listen_paused);
        media_session_state(false);
    };
    let toggle = move || {
        if playing.get_untracked() {
            pause();
        } else {
            play();
        }
    };
    // Previous or next paragraph: from its first sentence, still speaking if it was.
    let skip = move |forward: bool| {
        let was_playing = playing.get_untracked();
        halt();
        reading.update_value(|r| {
            r.passage = if forward {
                (r.passage + 1).min(r.passages.len())
            } else if r.sentence > 0 {
                r.passage
            } else {
                r.passage.saturating_sub(1)
            };
            r.sentence = 0;
            r.current = None;
        });
        if was_playing {
            play();
        }
    };
    play_from_system.set_value(Some(Box::new(move || {
        if !playing.get_untracked() {
            play();
        }
    })));
    pause_from_system.set_value(Some(Box::new(move || {
        if playing.get_untracked() {
            pause();
        }
    })));
    skip_from_system.set_value(Some(Box::new(skip)));
    // Speech stops with its reader (removed, or showing another article).
    on_cleanup(move || {
        let speaking =
            SPEAKING.with_borrow(|s| s.as_ref().is_some_and(|(speaker, _)| *speaker == id));
        if speaking {
            halt();
            media_session_state(false);
        }
    });
    // The reader's own scrolling (wheel, touch, scrolling keys), not the player's.
    let wheel = window_event_listener(leptos::ev::wheel, move |_| scrolled_at.set_value(now()));
    let touch = window_event_listener(leptos::ev::touchmove, move |_| scrolled_at.set_value(now()));
    // Read untyped: a page may dispatch a plain `Event` named keydown.
    let keys = window_event_listener_untyped("keydown", move |ev| {
        let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
            return;
        };
        if matches!(
            key.as_str(),
            "PageUp" | "PageDown" | "Home" | "End" | "ArrowUp" | "ArrowDown" | " "
        ) {
            scrolled_at.set_value(now());
        }
    });
    on_cleanup(move || {
        wheel.remove();
        touch.remove();
        keys.remove();
    });

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
        let wanted = choices.with(|c| c.get(&lang_for_voices.get_value()).map(str::to_owned));
        voices.with(|v| {
            v.iter()
                .map(|(name, uri, _)| {
                    view! { <option value=uri.clone() selected=wanted.as_deref() == Some(uri.as_str())>{name.clone()}</option> }
                })
                .collect::<Vec<_>>()
        })
    };
    let choose_voice = move |ev: leptos::ev::Event| {
        let Some(uri) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
        else {
            return;
        };
        let lang = lang_for_voices.get_value();
        choices.update(|c| c.set(&lang, &uri));
        store(
            VOICES_KEY,
            &choices.with_untracked(VoiceChoices::to_storage),
        );
        if playing.get_untracked() {
            halt();
            play();
        }
    };
    let choose_speed = move |ev: leptos::ev::Event| {
        let Some(index) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse::<usize>().ok())
            .filter(|i| *i < SPEEDS.len())
        else {
            return;
        };
        speed.set(index);
        if playing.get_untracked() {
            halt();
            play();
        }
    };
    view! {
        <div class="rdr-listen" lang=lang node_ref=anchor hidden=move || voices.with(Vec::is_empty)>
            <button type="button" class="rdr-tool-btn rdr-tool-text" aria-expanded=move || open.get().to_string()
                aria-controls=controls on:click=move |_| open.update(|o| *o = !*o)>
                {icon(LISTEN)}
                <span>{strings.listen}</span>
            </button>
            <div id=panel_id class="rdr-listen-panel" role="group" aria-label=strings.listen hidden=move || !open.get()>
                <button type="button" class="rdr-tool-btn" on:click=move |_| skip(false)>
                    <span class="rdr-flip">{icon(PREVIOUS)}</span><span class="rdr-sr">{strings.previous_paragraph}</span>
                </button>
                <button type="button" class="rdr-tool-btn rdr-tool-text rdr-listen-play" on:click=move |_| toggle()>
                    {move || if playing.get() { strings.pause } else { strings.play }}
                </button>
                <button type="button" class="rdr-tool-btn" on:click=move |_| skip(true)>
                    <span class="rdr-flip">{icon(NEXT)}</span><span class="rdr-sr">{strings.next_paragraph}</span>
                </button>
                <label class="rdr-listen-field" for=speed_id.clone()>{strings.speed}</label>
                <select id=speed_id on:change=choose_speed>{speeds}</select>
                <label class="rdr-listen-field" for=voice_id.clone()>{strings.voice}</label>
                <select id=voice_id on:change=choose_voice>{voice_options}</select>
            </div>
            <p class="rdr-sr" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The UTF-16 length of the word starting at `index` of `text` (to the next space).
fn word_length(text: &JsString, index: u32) -> u32 {
    let length = text.length();
    let mut end = index;
    while end < length && !text.char_code_at(end).is_nan() && text.char_code_at(end) as u32 != 32 {
        end += 1;
    }
    end - index
}

/// Brings the spoken sentence (else its passage) a third of the way down the viewport, unless it
/// is in view or the reader scrolled recently; smoothly, or at once under reduced motion.
fn keep_in_view(range: Option<&Range>, element: &Element, scrolled_at: StoredValue<f64>) {
    let rect = match range {
        Some(range) => range.get_bounding_client_rect(),
        None => element.get_bounding_client_rect(),
    };
    let height = viewport_height();
    let visible = rect.top() >= 0.0 && rect.bottom() <= height;
    if visible || now() - scrolled_at.get_value() < LEAVE_ALONE_MS {
        return;
    }
    let options = web_sys::ScrollToOptions::new();
    options.set_top(rect.top() - height / 3.0);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    window().scroll_by_with_scroll_to_options(&options);
}

/// The system's media controls show the article (title, authors) while it is read.
fn media_session(story: &Story, playing: bool) {
    let session = get(&window().navigator(), "mediaSession");
    let Some(constructor) = get(&js_sys::global(), "MediaMetadata")
        .dyn_into::<Function>()
        .ok()
    else {
        return;
    };
    let init = Object::new();
    let authors = story
        .authors
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    js::set(&init, "title", &story.title.as_str().into());
    js::set(&init, "artist", &authors.into());
    if let Some(metadata) = js::construct(&constructor, &[&init]) {
        js::set(&session, "metadata", &metadata);
    }
    media_session_state(playing);
}

fn media_session_state(playing: bool) {
    let session = get(&window().navigator(), "mediaSession");
    if !session.is_undefined() {
        let state = if playing { "playing" } else { "paused" };
        js::set(&session, "playbackState", &state.into());
    }
}

/// Play, pause, next and previous from the system (headset buttons, lock screen) go to the
/// reader that speaks now.
fn media_handlers(play: Kept<dyn Fn()>, pause: Kept<dyn Fn()>, skip: Kept<dyn Fn(bool)>) {
    let session = get(&window().navigator(), "mediaSession");
    if session.is_undefined() {
        return;
    }
    let handlers: [(&str, Action); 4] = [
        (
            "play",
            Box::new(move || {
                play.try_with_value(|f| f.as_ref().map(|f| f()));
            }),
        ),
        (
            "pause",
            Box::new(move || {
                pause.try_with_value(|f| f.as_ref().map(|f| f()));
            }),
        ),
        (
            "nexttrack",
            Box::new(move || {
                skip.try_with_value(|f| f.as_ref().map(|f| f(true)));
            }),
        ),
        (
            "previoustrack",
            Box::new(move || {
                skip.try_with_value(|f| f.as_ref().map(|f| f(false)));
            }),
        ),
    ];
    for (action, handler) in handlers {
        let closure = Closure::<dyn Fn()>::new(handler);
        let _ = call(
            &session,
            "setActionHandler",
            &[&action.into(), &closure.into_js_value()],
        );
    }
}
