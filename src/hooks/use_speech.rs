//! Reading an article aloud: the player behind Listen. The browser's speech engine says one
//! sentence per utterance (Chrome stops long utterances after about 15 s, and some voices send
//! no boundary events), the sentences cut by `Intl.Segmenter` in the article's language. It reads
//! the headline, the standfirst and the body (headings, paragraphs, quotes and their attribution,
//! list items, captions), never the interface. The sentence being read is highlighted, and the
//! word where the voice reports word boundaries, through the CSS Custom Highlight API (the DOM is
//! not touched); the passage is kept in view unless the reader has just scrolled elsewhere. The
//! system's media controls play, pause and skip. One reader speaks at a time on a page; speech
//! stops when its reader is removed or its article changes.
//!
//! ```ignore
//! let anchor = NodeRef::<leptos::html::Div>::new();
//! let speech = use_speech(anchor, UseSpeechOptions { speaker: ui.id, lang: story.lang.clone(),
//!     title: story.title.clone(), artist: String::new(), strings: ui.strings });
//! view! { <div node_ref=anchor hidden=move || speech.with_voices(<[_]>::is_empty)>
//!     <button on:click=move |_| speech.toggle()>{move || speech.is_playing().to_string()}</button>
//! </div> }
//! ```

use super::use_announcer::{use_announcer, Announcer};
use super::use_preferences::{shared_voices, VOICES_KEY};
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Range};

use crate::browser::highlight;
use crate::browser::intl::sentences;
use crate::browser::speech::{self, MediaActions, Utterance, UtteranceEvents, Voice};
use crate::browser::text_map::{TextMap, TextMapOptions};
use crate::browser::{now, scroll_by, store, viewport_height};
use article_core::logic::i18n::Strings;
use article_core::logic::listen::{word_length, VoiceChoices, NORMAL_SPEED, SPEEDS};
use article_core::logic::utf16;

const SENTENCE: &str = "article-reader-sentence";
const WORD: &str = "article-reader-word";
/// What is read, in document order: the headline, the standfirst and the body's passages.
const PASSAGES: &str =
    ".rdr-title, .rdr-standfirst, .rdr-body > :is(p, h2, h3, h4, pre, .rdr-rich), \
    .rdr-body > :is(ul, ol) > li, .rdr-body blockquote, .rdr-body figcaption";
/// After the reader scrolls, the spoken passage is not brought back into view for this long.
const LEAVE_ALONE_MS: f64 = 4000.0;

/// How to stop a reader that speaks.
type Stop = Box<dyn Fn()>;

thread_local! {
    /// The reader speaking now, and how to stop it: a reader that starts stops the previous one.
    static SPEAKING: RefCell<Option<(u32, Stop)>> = const { RefCell::new(None) };
}

/// Options of [`use_speech`].
pub struct UseSpeechOptions {
    /// The reader's number on the page (one reader speaks at a time).
    pub speaker: u32,
    /// The article's language: its voices, its sentences.
    pub lang: String,
    /// What the system's media controls show while the article is read: its title and authors.
    pub title: String,
    pub artist: String,
    /// The interface's strings (what the player announces).
    pub strings: &'static Strings,
}

/// A passage's text, mapped back to the DOM, and its sentences.
struct Passage {
    element: Element,
    map: TextMap,
    /// Sentences, as UTF-16 ranges of the text.
    sentences: Vec<(u32, u32)>,
}

impl Passage {
    fn of(element: Element, lang: &str) -> Passage {
        // Interface text inside the article (screen-reader-only labels) is not read.
        let options = TextMapOptions {
            skip_class: Some("rdr-sr"),
            ..TextMapOptions::default()
        };
        let map = TextMap::of(&element, options);
        let sentences = sentences(map.text(), lang);
        Passage {
            element,
            map,
            sentences,
        }
    }
}

/// The sentence to say next: its utterance's number, its text, where it is.
struct Sentence {
    generation: u32,
    text: String,
    range: Option<Range>,
    element: Element,
    /// Its start in its passage's text (UTF-16 units).
    start: u32,
}

/// Where reading is, and what it reads.
#[derive(Default)]
struct Reading {
    passages: Vec<Element>,
    passage: usize,
    sentence: usize,
    current: Option<Passage>,
    /// Bumped by every utterance and every stop: events of an older utterance are ignored.
    generation: u32,
}

impl Reading {
    /// The sentence at the place, moving past empty passages; `None` at the end.
    fn next(&mut self, lang: &str) -> Option<Sentence> {
        loop {
            if self.current.is_none() {
                let element = self.passages.get(self.passage)?.clone();
                self.current = Some(Passage::of(element, lang));
            }
            let passage = self.current.as_ref()?;
            match passage.sentences.get(self.sentence) {
                Some(&(start, end)) => {
                    self.generation += 1;
                    return Some(Sentence {
                        generation: self.generation,
                        text: utf16::slice(passage.map.text(), start, end).to_owned(),
                        range: passage.map.range(start, end),
                        element: passage.element.clone(),
                        start,
                    });
                }
                None => {
                    self.passage += 1;
                    self.sentence = 0;
                    self.current = None;
                }
            }
        }
    }

    /// Back to the start of the passage at `passage`.
    fn move_to(&mut self, passage: usize) {
        self.passage = passage;
        self.sentence = 0;
        self.current = None;
    }
}

/// The player of one article: see [`use_speech`].
#[derive(Clone, Copy)]
pub struct Speech {
    speaker: u32,
    lang: StoredValue<String>,
    media: StoredValue<(String, String)>,
    strings: &'static Strings,
    anchor: NodeRef<leptos::html::Div>,
    voices: RwSignal<Vec<Voice>, LocalStorage>,
    choices: RwSignal<VoiceChoices>,
    playing: RwSignal<bool>,
    status: Announcer,
    speed: RwSignal<usize>,
    reading: StoredValue<Reading, LocalStorage>,
    /// The last time the reader scrolled (not the player).
    scrolled_at: StoredValue<f64>,
}

/// Reads aloud the article that holds `anchor` (an element of the calling component): voices,
/// speed, play, pause and skip, as [`Speech`]'s methods. Speech stops, and its listeners go, when
/// the calling component is cleaned up.
pub fn use_speech(anchor: NodeRef<leptos::html::Div>, options: UseSpeechOptions) -> Speech {
    let speech = Speech {
        speaker: options.speaker,
        voices: RwSignal::new_local(speech::voices_for(&options.lang)),
        lang: StoredValue::new(options.lang),
        media: StoredValue::new((options.title, options.artist)),
        strings: options.strings,
        anchor,
        choices: shared_voices(),
        playing: RwSignal::new(false),
        status: use_announcer(),
        speed: RwSignal::new(NORMAL_SPEED),
        reading: StoredValue::new_local(Reading::default()),
        scrolled_at: StoredValue::new(f64::NEG_INFINITY),
    };
    // Voices often arrive after the page loads.
    let watch = speech::watch_voices(move || {
        if let Some(lang) = speech.lang.try_get_value() {
            speech.voices.try_set(speech::voices_for(&lang));
        }
    });
    let watch = StoredValue::new_local(watch);
    // Speech stops with its reader (removed, or showing another article).
    on_cleanup(move || {
        drop(watch.try_update_value(Option::take));
        if speech.is_speaker() {
            speech.halt();
            speech::set_playing(false);
        }
    });
    // The reader's own scrolling (wheel, touch, scrolling keys), not the player's.
    let scrolled = move || speech.scrolled_at.set_value(now());
    let wheel = window_event_listener(leptos::ev::wheel, move |_| scrolled());
    let touch = window_event_listener(leptos::ev::touchmove, move |_| scrolled());
    // Read untyped: a page may dispatch a plain `Event` named keydown.
    let keys = window_event_listener_untyped("keydown", move |ev| {
        let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
            return;
        };
        if matches!(
            key.as_str(),
            "PageUp" | "PageDown" | "Home" | "End" | "ArrowUp" | "ArrowDown" | " "
        ) {
            scrolled();
        }
    });
    on_cleanup(move || {
        wheel.remove();
        touch.remove();
        keys.remove();
    });
    speech
}

impl Speech {
    /// `f` of the browser's voices for the article's language (tracked).
    pub fn with_voices<R>(self, f: impl FnOnce(&[Voice]) -> R) -> R {
        self.voices.with(|voices| f(voices))
    }

    /// The URI of the voice chosen for the article's language, if one was on this origin
    /// (tracked).
    pub fn chosen_voice(self) -> Option<String> {
        let lang = self.lang.get_value();
        self.choices.with(|c| c.get(&lang).map(str::to_owned))
    }

    /// Whether the article is being read (tracked).
    pub fn is_playing(self) -> bool {
        self.playing.get()
    }

    /// What the player last announced, for a polite live region (tracked).
    pub fn status(self) -> String {
        self.status.message()
    }

    /// The voice of URI `uri` reads the article's language from now on, on every reader of the
    /// origin.
    pub fn choose_voice(self, uri: &str) {
        let lang = self.lang.get_value();
        self.choices.update(|c| c.set(&lang, uri));
        store(
            VOICES_KEY,
            &self.choices.with_untracked(VoiceChoices::to_storage),
        );
        self.restart();
    }

    /// Reads at `SPEEDS[index]` from now on.
    pub fn set_speed(self, index: usize) {
        self.speed.set(index);
        self.restart();
    }

    /// Says the sentence being read again (with a new voice or speed), if reading.
    fn restart(self) {
        if self.playing.get_untracked() {
            self.halt();
            self.play();
        }
    }

    /// Plays, or pauses.
    pub fn toggle(self) {
        if self.playing.get_untracked() {
            self.pause();
        } else {
            self.play();
        }
    }

    /// Reads from the place, this reader becoming the page's speaker.
    pub fn play(self) {
        if self.reading.with_value(|r| r.passages.is_empty()) {
            let Some(passages) = self.passages() else {
                return;
            };
            self.reading.update_value(|r| r.passages = passages);
        }
        // Another reader of the page stops; this one becomes the speaker.
        let stop: Stop = Box::new(move || {
            self.halt();
            self.playing.try_set(false);
        });
        let previous = SPEAKING.with_borrow_mut(|s| s.replace((self.speaker, stop)));
        if let Some((speaker, stop)) = previous {
            if speaker != self.speaker {
                stop();
            }
        }
        speech::cancel();
        self.playing.set(true);
        self.announce(self.strings.listen_playing);
        self.media
            .with_value(|(title, artist)| speech::show_playing(title, artist));
        // The system's media controls go to the reader that speaks now.
        let alive = move || self.playing.try_get_untracked();
        speech::on_media_actions(MediaActions {
            play: move || {
                if alive() == Some(false) {
                    self.play();
                }
            },
            pause: move || {
                if alive() == Some(true) {
                    self.pause();
                }
            },
            next: move || {
                if alive().is_some() {
                    self.skip(true);
                }
            },
            previous: move || {
                if alive().is_some() {
                    self.skip(false);
                }
            },
        });
        self.say();
    }

    /// Stops reading, keeping the place.
    pub fn pause(self) {
        self.halt();
        self.playing.set(false);
        self.announce(self.strings.listen_paused);
        speech::set_playing(false);
    }

    /// Goes to the previous or the next passage, from its first sentence (the previous from the
    /// start of this one when it is under way), still reading if it was.
    pub fn skip(self, forward: bool) {
        let was_playing = self.playing.get_untracked();
        self.halt();
        self.reading.update_value(|r| {
            let passage = if forward {
                (r.passage + 1).min(r.passages.len())
            } else if r.sentence > 0 {
                r.passage
            } else {
                r.passage.saturating_sub(1)
            };
            r.move_to(passage);
        });
        if was_playing {
            self.play();
        }
    }

    /// The passages of the article, in reading order (the blank ones left out); `None` before
    /// the player is in an article.
    fn passages(self) -> Option<Vec<Element>> {
        let article = self
            .anchor
            .get_untracked()
            .and_then(|a| a.closest(".rdr-article").ok().flatten())?;
        let Ok(found) = article.query_selector_all(PASSAGES) else {
            return Some(Vec::new());
        };
        let passages = (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
            .filter(|e| e.text_content().is_some_and(|t| !t.trim().is_empty()))
            .collect();
        Some(passages)
    }

    fn is_speaker(self) -> bool {
        SPEAKING.with_borrow(|s| {
            s.as_ref()
                .is_some_and(|(speaker, _)| *speaker == self.speaker)
        })
    }

    /// Announces `message` (again, if it is the last one).
    fn announce(self, message: &'static str) {
        self.status.say(message);
    }

    /// Stops speaking (and forgets being the page's speaker), keeping the place.
    fn halt(self) {
        self.reading.try_update_value(|r| r.generation += 1);
        speech::cancel();
        highlight::set(SENTENCE, &[]);
        highlight::set(WORD, &[]);
        SPEAKING.with_borrow_mut(|s| {
            if s.as_ref()
                .is_some_and(|(speaker, _)| *speaker == self.speaker)
            {
                *s = None;
            }
        });
    }

    /// The voice to read with: the one chosen for the language, else the first.
    fn voice(self) -> Option<Voice> {
        let voices = self.voices.try_get_untracked()?;
        let wanted = self
            .lang
            .with_value(|l| self.choices.with_untracked(|c| c.get(l).map(str::to_owned)));
        wanted
            .and_then(|w| voices.iter().find(|v| v.uri == w).cloned())
            .or_else(|| voices.into_iter().next())
    }

    /// Speaks the sentence at the place, then goes on from the next when it ends.
    fn say(self) {
        if !speech::available() {
            return;
        }
        let lang = self.lang.get_value();
        let Some(Some(sentence)) = self.reading.try_update_value(|r| r.next(&lang)) else {
            // The end of the article.
            self.halt();
            self.playing.try_set(false);
            self.reading.try_update_value(|r| r.move_to(0));
            self.announce(self.strings.listen_finished);
            return;
        };
        let Sentence {
            generation,
            text,
            range,
            element,
            start,
        } = sentence;
        highlight::set(SENTENCE, range.as_ref().as_slice());
        highlight::set(WORD, &[]);
        keep_in_view(range.as_ref(), &element, self.scrolled_at);
        let current = move || self.reading.try_with_value(|r| r.generation) == Some(generation);
        let spoken = text.clone();
        let events = UtteranceEvents {
            on_word: move |index: u32, length: Option<u32>| {
                if !current() {
                    return;
                }
                let length = length.unwrap_or_else(|| word_length(&spoken, index));
                let range = self.reading.try_with_value(|r| {
                    let passage = r.current.as_ref()?;
                    passage.map.range(start + index, start + index + length)
                });
                highlight::set(WORD, range.flatten().as_ref().as_slice());
            },
            on_end: move || {
                if current() {
                    self.reading.try_update_value(|r| r.sentence += 1);
                    self.say();
                }
            },
            // A voice that fails stops reading at this sentence, said so; Play tries it again.
            on_failure: move || {
                if current() {
                    self.halt();
                    self.playing.try_set(false);
                    self.announce(self.strings.listen_failed);
                }
            },
        };
        let voice = self.voice();
        let utterance = Utterance {
            text: &text,
            lang: &lang,
            rate: SPEEDS
                .get(self.speed.get_untracked())
                .copied()
                .unwrap_or(1.0),
            voice: voice.as_ref(),
        };
        speech::speak(&utterance, events);
    }
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
    scroll_by(rect.top() - height / 3.0);
}
