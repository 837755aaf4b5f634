//! "Display": text size, line spacing and theme, as a disclosure (a button with `aria-expanded`
//! controlling a group of native controls). Choices apply at once to every reader on the page,
//! persist in localStorage (when storage is available) and are announced.

use crate::hooks::use_announcer::use_announcer;
use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;

use super::icons::{Icon, TEXT_SIZE};
use crate::browser::store;
use crate::hooks::use_preferences::shared_display;
use crate::publisher::events::Events;
use article_core::logic::display::{Align, Display, Font, Theme, SIZES};

use article_core::logic::display::STORAGE_KEY;

/// The display control of one reader.
#[component]
pub fn DisplayControl(lang: Option<&'static str>) -> impl IntoView {
    let ui = use_ui();
    let events = Events::current();
    let display = shared_display();
    let open = RwSignal::new(false);
    let announcer = use_announcer();
    let strings = ui.strings;
    let choose = move |next: Display, message: String| {
        display.set(next);
        store(STORAGE_KEY, &next.to_storage());
        events.display(next);
        announcer.say(message);
    };
    let resize = move |larger: bool| {
        let current = display.get_untracked();
        let next = if larger {
            current.larger()
        } else {
            current.smaller()
        };
        choose(next, strings.size_status(next.size + 1, SIZES));
    };
    let panel_id = ui.dom_id("display");
    let size_label = ui.dom_id("display-size");
    let size_labelled_by = size_label.clone();
    let panel_controls = panel_id.clone();
    // One group of radio buttons per choice: its legend, its options with their labels, and how
    // the choice reads and changes a `Display`.
    let group = move |name: &str,
                      legend: &'static str,
                      options: Vec<(u8, &'static str)>,
                      get: fn(&Display) -> u8,
                      set: fn(&mut Display, u8)| {
        let name = ui.dom_id(name);
        let options = options
            .into_iter()
            .map(|(value, label)| {
                view! {
                    <label class="rdr-choice">
                        <input type="radio" name=name.clone() value=value.to_string()
                            prop:checked=move || get(&display.get()) == value
                            on:change=move |_| {
                                let mut next = display.get_untracked();
                                set(&mut next, value);
                                choose(next, label.to_owned());
                            } />
                        {label}
                    </label>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <fieldset class="rdr-display-set">
                <legend class="rdr-display-label">{legend}</legend>
                {options}
            </fieldset>
        }
    };
    let steps = |labels: &[&'static str]| -> Vec<(u8, &'static str)> {
        (0u8..).zip(labels.iter().copied()).collect()
    };
    let spacings = group(
        "spacing",
        strings.line_spacing,
        steps(&strings.spacings),
        |d| d.spacing,
        |d, v| d.spacing = v,
    );
    let themes = group(
        "theme",
        strings.theme,
        steps(&strings.themes),
        |d| Theme::ALL.iter().position(|t| *t == d.theme).unwrap_or(0) as u8,
        |d, v| d.theme = Theme::ALL.get(usize::from(v)).copied().unwrap_or_default(),
    );
    let fonts = group(
        "font",
        strings.font,
        steps(&strings.fonts),
        |d| Font::ALL.iter().position(|f| *f == d.font).unwrap_or(0) as u8,
        |d, v| d.font = Font::ALL.get(usize::from(v)).copied().unwrap_or_default(),
    );
    let widths = group(
        "width",
        strings.line_length,
        steps(&strings.line_lengths),
        |d| d.width,
        |d, v| d.width = v,
    );
    let letters = group(
        "letters",
        strings.letter_spacing,
        steps(&strings.text_spacings),
        |d| d.letters,
        |d, v| d.letters = v,
    );
    let words = group(
        "words",
        strings.word_spacing,
        steps(&strings.text_spacings),
        |d| d.words,
        |d, v| d.words = v,
    );
    let aligns = group(
        "align",
        strings.alignment,
        steps(&strings.alignments),
        |d| u8::from(d.align == Align::Justify),
        |d, v| d.align = if v == 1 { Align::Justify } else { Align::Start },
    );
    view! {
        <div class="rdr-display" lang=lang>
            <button type="button" class="rdr-tool-btn rdr-tool-text rdr-display-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=panel_controls
                on:click=move |_| open.update(|o| *o = !*o)>
                <Icon shape=TEXT_SIZE />
                <span>{strings.display}</span>
            </button>
            <div id=panel_id class="rdr-display-panel" role="group" aria-label=strings.display hidden=move || !open.get()>
                <div class="rdr-display-size" role="group" aria-labelledby=size_labelled_by>
                    <span id=size_label class="rdr-display-label">{strings.text_size}</span>
                    <button type="button" class="rdr-tool-btn" on:click=move |_| resize(false)
                        aria-disabled=move || (display.get().size == 0).then_some("true")>
                        // The glyphs as values, not literal markup (components/mod.rs).
                        <span aria-hidden="true">{"A−"}</span><span class="rdr-sr">{strings.smaller_text}</span>
                    </button>
                    <button type="button" class="rdr-tool-btn rdr-display-larger" on:click=move |_| resize(true)
                        aria-disabled=move || (display.get().size + 1 == SIZES).then_some("true")>
                        <span aria-hidden="true">{"A+"}</span><span class="rdr-sr">{strings.larger_text}</span>
                    </button>
                </div>
                {spacings}
                {themes}
                {fonts}
                {widths}
                {letters}
                {words}
                {aligns}
                <button type="button" class="rdr-tool-btn rdr-tool-text rdr-display-reset"
                    on:click=move |_| choose(Display::default(), strings.display_reset.to_owned())>
                    {strings.reset}
                </button>
            </div>
            <p class="rdr-sr" role="status">{move || announcer.message()}</p>
        </div>
    }
}
