//! An image with its caption and credit: lazy loaded, its box reserved from the given size.

use leptos::prelude::*;

use article_core::normalize::Picture;

/// A `<figure>`; `eager` for the lead image, which is above the fold.
#[component]
pub fn Figure(
    /// The image.
    picture: Picture,
    /// Extra class (`rdr-lead` for the lead image).
    #[prop(optional)]
    class: &'static str,
    /// Load at once instead of lazily.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let Picture {
        src,
        alt,
        caption,
        credit,
        width,
        height,
    } = picture;
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure class=format!("rdr-figure {class}")>
            <img
                src=src
                alt=alt
                width=width.map(|w| w.to_string())
                height=height.map(|h| h.to_string())
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
            />
            {has_caption.then(|| view! {
                <figcaption>
                    {caption.map(|c| view! { <span class="rdr-caption">{c}</span> })}
                    {credit.map(|c| view! { " " <span class="rdr-credit-img">{c}</span> })}
                </figcaption>
            })}
        </figure>
    }
}
