//! Share tools: the platform share sheet where there is one, "Copy link" everywhere (with a
//! manual fallback), network links and print, each named in the reader's language.

use crate::hooks::use_announcer::use_announcer;
use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::icons::ShareIcon;
use crate::browser;
use crate::publisher::events::Events;
use article_core::logic::share_links::{share_url, ShareTarget, Shared};

/// The share controls of one article.
#[component]
pub fn ShareTools(
    /// Which controls, in order (`data-share`).
    targets: Vec<ShareTarget>,
    title: String,
    /// A line of text to share with the link (the standfirst).
    text: String,
    /// The canonical URL.
    url: String,
    /// `lang` for the interface text inside the article.
    lang: Option<&'static str>,
) -> impl IntoView {
    let ui = use_ui();
    let events = Events::current();
    let announcer = use_announcer();
    let show_field = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let shared = Shared {
        title: &title,
        text: &text,
        url: &url,
    };
    let announce = move |message: &'static str| announcer.say(message);
    let native_data = StoredValue::new_local(browser::share_data(&title, &text, &url));
    let has_native = native_data.with_value(browser::can_share);
    let copy_url = StoredValue::new(url.clone());

    let copy = move |_| {
        events.shared(ShareTarget::Copy.key());
        let url = copy_url.get_value();
        spawn_local(async move {
            if browser::copy_text(&url).await {
                show_field.try_set(false);
                announce(ui.strings.link_copied);
            } else {
                show_field.try_set(true);
                announce(ui.strings.copy_fallback);
                request_animation_frame(move || {
                    if let Some(input) = field.try_get_untracked().flatten() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    let open_sheet = move |_| {
        events.shared(ShareTarget::Native.key());
        let data = native_data.get_value();
        spawn_local(async move {
            if let Err(why) = browser::share(&data).await {
                leptos::logging::warn!("article reader: share sheet failed: {why}");
            }
        });
    };

    let items = targets
        .into_iter()
        .filter(|t| *t != ShareTarget::Native || has_native)
        .map(|target| {
            let name = ui.strings.share_name(target);
            let control = match target {
                ShareTarget::Native => view! {
                    <button type="button" class="rdr-share-btn rdr-share-text" on:click=open_sheet>
                        <ShareIcon target=target /><span>{name}</span>
                    </button>
                }
                .into_any(),
                ShareTarget::Copy => view! {
                    <button type="button" class="rdr-share-btn rdr-share-text" data-share="copy" on:click=copy>
                        <ShareIcon target=target /><span>{name}</span>
                    </button>
                }
                .into_any(),
                ShareTarget::Print => view! {
                    <button type="button" class="rdr-share-btn" data-share="print" aria-label=name.clone() title=name
                        on:click=move |_| {
                            events.shared(ShareTarget::Print.key());
                            browser::print();
                        }>
                        <ShareIcon target=target />
                    </button>
                }
                .into_any(),
                network => {
                    let href = share_url(network, &shared).unwrap_or_default();
                    let (new_tab, rel) = if network == ShareTarget::Email {
                        (None, None)
                    } else {
                        (Some("_blank"), Some("noopener noreferrer"))
                    };
                    view! {
                        <a class="rdr-share-btn" data-share=network.key() href=href target=new_tab rel=rel
                            aria-label=name.clone() title=name on:click=move |_| events.shared(network.key())>
                            <ShareIcon target=network />
                        </a>
                    }
                    .into_any()
                }
            };
            view! { <li>{control}</li> }
        })
        .collect::<Vec<_>>();

    view! {
        <div class="rdr-share" part="share" role="group" aria-label=ui.strings.share_heading lang=lang>
            <ul class="rdr-share-list">{items}</ul>
            <p class="rdr-sr" role="status">{move || announcer.message()}</p>
            <Show when=move || show_field.get()>
                <p class="rdr-share-fallback">
                    <label>
                        <span class="rdr-share-fallback-label">{ui.strings.link_field}</span>
                        <input type="url" readonly node_ref=field value=copy_url.get_value()
                            on:focus=|ev| {
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            } />
                    </label>
                </p>
            </Show>
        </div>
    }
}
