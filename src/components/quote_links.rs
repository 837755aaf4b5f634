//! Links to a passage: selecting text in the body offers "Copy link to this quote" and sharing
//! the quote (on the platform's share sheet, or on the reader's networks), the link being the
//! article's URL with a text fragment. A page opened with such a link gets the passage
//! highlighted and brought into view. The selection and the incoming quote are
//! [`use_quote_link`]'s.

use crate::hooks::use_announcer::use_announcer;
use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::icons::ShareIcon;
use crate::browser;
use crate::hooks::use_quote_link::{use_quote_link, Quote, UseQuoteLinkOptions};
use crate::publisher::events::Events;
use article_core::logic::share_links::{share_url, ShareTarget, Shared};

/// The quote tools of one article whose shareable URL is `url`; `targets` are the reader's share
/// controls (the networks among them share the quote too).
#[component]
pub fn QuoteLinks(url: String, title: String, targets: Vec<ShareTarget>) -> impl IntoView {
    let ui = use_ui();
    let events = Events::current();
    let anchor = NodeRef::<leptos::html::Div>::new();
    let quote = use_quote_link(anchor, UseQuoteLinkOptions { url });
    let announcer = use_announcer();
    let announce = move |message: &'static str| announcer.say(message);
    let copy = move |_| {
        let Some(Quote { link, .. }) = quote.get_untracked() else {
            return;
        };
        events.shared("quote-link");
        spawn_local(async move {
            if browser::copy_text(&link).await {
                announce(ui.strings.quote_link_copied);
            } else {
                announce(ui.strings.copy_fallback);
            }
        });
    };
    let native = move |_| {
        let Some(Quote { text, link }) = quote.get_untracked() else {
            return;
        };
        events.shared("quote");
        let data = browser::share_data(&text, &text, &link);
        spawn_local(async move {
            if let Err(why) = browser::share(&data).await {
                leptos::logging::warn!("article reader: share sheet failed: {why}");
            }
        });
    };
    let has_native = browser::can_share(&browser::share_data(&title, &title, "https://x.example/"));
    // The networks, as links to the selected quote (only while there is one: a link without a
    // destination is no link).
    let networks = StoredValue::new(
        targets
            .into_iter()
            .filter(|t| {
                share_url(
                    *t,
                    &Shared {
                        title: "",
                        text: "",
                        url: "",
                    },
                )
                .is_some()
            })
            .collect::<Vec<_>>(),
    );
    let network_links = move || {
        let quote = quote.get()?;
        let shared = Shared {
            title: &quote.text,
            text: &quote.text,
            url: &quote.link,
        };
        let links = networks.with_value(|targets| {
            targets
                .iter()
                .filter_map(|network| {
                    let network = *network;
                    let href = share_url(network, &shared)?;
                    let name = ui.strings.share_name(network);
                    let new_tab = (network != ShareTarget::Email).then_some("_blank");
                    Some(view! {
                        <a class="rdr-tool-btn" href=href target=new_tab rel="noopener noreferrer"
                            aria-label=name.clone() title=name on:click=move |_| events.shared(network.key())>
                            <ShareIcon target=network />
                        </a>
                    })
                })
                .collect::<Vec<_>>()
        });
        Some(links)
    };
    view! {
        <div class="rdr-quote-tools" node_ref=anchor role="group" aria-label=ui.strings.quote_tools
            hidden=move || !quote.is_some()>
            <button type="button" class="rdr-tool-btn rdr-tool-text" on:click=copy>
                <ShareIcon target=ShareTarget::Copy /><span>{ui.strings.copy_quote_link}</span>
            </button>
            {has_native.then(|| view! {
                <button type="button" class="rdr-tool-btn rdr-tool-text" on:click=native>
                    <ShareIcon target=ShareTarget::Native /><span>{ui.strings.share_quote}</span>
                </button>
            })}
            {network_links}
        </div>
        <p class="rdr-sr" role="status">{move || announcer.message()}</p>
    }
}
