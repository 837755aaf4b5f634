//! The author box after the article: portrait, name and short bio of each author.

use super::current_ui;
use leptos::prelude::*;

use article_core::normalize::Person;

/// A labelled section about the authors; nothing when there are none.
#[component]
pub fn AuthorBox(authors: Vec<Person>, lang: Option<&'static str>) -> impl IntoView {
    if authors.is_empty() {
        return None;
    }
    let ui = current_ui();
    let heading_id = ui.dom_id("authors");
    // Named by its heading and the article's title: unique when a page embeds several readers.
    let labelled_by = format!("{heading_id} {}", ui.dom_id("title"));
    let heading = if authors.len() == 1 {
        ui.strings.about_author
    } else {
        ui.strings.about_authors
    };
    let people = authors
        .into_iter()
        .map(|person| {
            let name = match person.url {
                Some(url) => view! { <a href=url rel="author">{person.name}</a> }.into_any(),
                None => person.name.into_any(),
            };
            view! {
                <li class="rdr-author">
                    {person.avatar.map(|a| view! {
                        <img class="rdr-avatar" src=a.src alt=a.alt width="64" height="64" loading="lazy" decoding="async" />
                    })}
                    <div>
                        <p class="rdr-author-name"><bdi>{name}</bdi></p>
                        {person.bio.map(|bio| view! { <p class="rdr-author-bio">{bio}</p> })}
                    </div>
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(view! {
        <section class="rdr-authors" aria-labelledby=labelled_by>
            <h2 id=heading_id lang=lang>{heading}</h2>
            <ul class="rdr-author-list">{people}</ul>
        </section>
    })
}
