//! "Display": text size, line spacing and theme, as a disclosure (a button with `aria-expanded`
//! controlling a group of native controls). Choices apply at once to every reader on the page,
//! persist in localStorage (when storage is available) and are announced.

use leptos::prelude::*;

use super::events::Events;
use super::icons::{icon, TEXT_SIZE};
use super::Ui;
use crate::logic::display::{Display, Theme, SIZES, SPACINGS};

const STORAGE_KEY: &str = "article-reader:display";

thread_local! {
    /// One choice for the whole page, read from storage once. Reference-counted, not owned by
    /// any reader, so it outlives every reader that is torn down.
    static SHARED: ArcRwSignal<Display> = ArcRwSignal::new(load());
}

/// The display preferences every reader on the page follows: a handle owned by the calling
/// reader onto the one shared value.
pub fn shared_display() -> RwSignal<Display> {
    SHARED.with(|shared| RwSignal::from(shared.clone()))
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn load() -> Display {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|text| Display::from_storage(&text))
        .unwrap_or_default()
}

fn save(display: Display) {
    if let Some(storage) = storage() {
        // Full or refused storage: the choice still applies to this page.
        let _ = storage.set_item(STORAGE_KEY, &display.to_storage());
    }
}

/// The display control of one reader.
#[component]
pub fn DisplayControl(lang: Option<&'static str>) -> impl IntoView {
    let ui = Ui::current();
    let events = Events::current();
    let display = shared_display();
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let strings = ui.strings;
    let choose = move |next: Display, message: String| {
        display.set(next);
        save(next);
        events.display(next);
        status.set(String::new());
        request_animation_frame(move || {
            status.try_set(message);
        });
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
    let spacing_name = ui.dom_id("spacing");
    let theme_name = ui.dom_id("theme");
    let spacings = (0..SPACINGS)
        .map(|step| {
            let label = strings.spacings.get(usize::from(step)).copied().unwrap_or_default();
            view! {
                <label class="rdr-choice">
                    <input type="radio" name=spacing_name.clone() value=step.to_string()
                        prop:checked=move || display.get().spacing == step
                        on:change=move |_| choose(Display { spacing: step, ..display.get_untracked() }, label.to_owned()) />
                    {label}
                </label>
            }
        })
        .collect::<Vec<_>>();
    let themes = Theme::ALL
        .into_iter()
        .zip(strings.themes)
        .map(|(theme, label)| {
            view! {
                <label class="rdr-choice">
                    <input type="radio" name=theme_name.clone() value=theme.key()
                        prop:checked=move || display.get().theme == theme
                        on:change=move |_| choose(Display { theme, ..display.get_untracked() }, label.to_owned()) />
                    {label}
                </label>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="rdr-display" lang=lang>
            <button type="button" class="rdr-tool-btn rdr-tool-text rdr-display-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=panel_controls
                on:click=move |_| open.update(|o| *o = !*o)>
                {icon(TEXT_SIZE)}
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
                <fieldset class="rdr-display-set">
                    <legend class="rdr-display-label">{strings.line_spacing}</legend>
                    {spacings}
                </fieldset>
                <fieldset class="rdr-display-set">
                    <legend class="rdr-display-label">{strings.theme}</legend>
                    {themes}
                </fieldset>
            </div>
            <p class="rdr-sr" role="status">{move || status.get()}</p>
        </div>
    }
}
