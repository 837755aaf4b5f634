//! Authors and dates under the headline.

use super::current_ui;
use leptos::prelude::*;

use super::timestamp::DateTime;
use article_core::logic::time::Timestamp;
use article_core::normalize::Person;

/// "By A and B", then "Published …", "Updated …".
#[component]
pub fn Byline(
    authors: Vec<Person>,
    published: Timestamp,
    updated: Option<Timestamp>,
    /// The article's language (dates are written in it).
    article_lang: String,
) -> impl IntoView {
    let ui = current_ui();
    let lang = ui.lang_within(&article_lang);
    let separators = ui.strings.list_separators(authors.len());
    let names = authors
        .iter()
        .zip(separators)
        .map(|(author, sep)| {
            let name = match author.url.clone() {
                Some(url) => {
                    view! { <a href=url rel="author">{author.name.clone()}</a> }.into_any()
                }
                None => author.name.clone().into_any(),
            };
            view! { <span lang=lang>{sep}</span><bdi>{name}</bdi> }
        })
        .collect::<Vec<_>>();
    let has_authors = !names.is_empty();
    view! {
        {has_authors.then(|| view! {
            <p class="rdr-byline" part="byline"><span lang=lang>{ui.strings.by}" "</span>{names}</p>
        })}
        <p class="rdr-dates">
            <span class="rdr-date">
                <span lang=lang>{ui.strings.published}" "</span>
                <DateTime at=published lang=article_lang.clone() />
            </span>
            {updated.map(|updated| view! {
                <span class="rdr-date">
                    <span lang=lang>{ui.strings.updated}" "</span>
                    <DateTime at=updated lang=article_lang.clone() />
                </span>
            })}
        </p>
    }
}
