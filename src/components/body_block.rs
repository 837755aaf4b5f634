//! One body block of the render model, as the contract's table says it renders.

use leptos::prelude::*;

use super::figure::Figure;
use super::rich_text::rich_text;
use super::Ui;
use crate::normalize::Block;

/// Renders one block.
pub fn body_block(block: &Block, ui: Ui) -> AnyView {
    match block {
        Block::Paragraph(nodes) => view! { <p>{rich_text(nodes)}</p> }.into_any(),
        Block::Heading { level: 2, text } => view! { <h2>{text.clone()}</h2> }.into_any(),
        Block::Heading { level: 3, text } => view! { <h3>{text.clone()}</h3> }.into_any(),
        Block::Heading { text, .. } => view! { <h4>{text.clone()}</h4> }.into_any(),
        Block::Quote { content, cite } => view! {
            <figure class="rdr-quote">
                <blockquote><p>{rich_text(content)}</p></blockquote>
                {cite.clone().map(|c| view! {
                    <figcaption>{ui.strings.quote_by}" "<cite>{c}</cite></figcaption>
                })}
            </figure>
        }
        .into_any(),
        Block::Figure(picture) => view! { <Figure picture=picture.clone() /> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|item| view! { <li>{rich_text(item)}</li> })
                .collect::<Vec<_>>();
            if *ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Embed {
            url,
            title,
            provider,
        } => embed(url, title.as_deref(), provider.as_deref(), ui),
        Block::Rich(nodes) => view! { <div class="rdr-rich">{rich_text(nodes)}</div> }.into_any(),
    }
}

/// A link card to external content: nothing third-party runs.
fn embed(url: &str, title: Option<&str>, provider: Option<&str>, ui: Ui) -> AnyView {
    let label = title.unwrap_or(url).to_owned();
    let kind = match provider {
        Some(p) => format!("{}{}{p}", ui.strings.external_content, ui.strings.colon),
        None => ui.strings.external_content.to_owned(),
    };
    view! {
        <div class="rdr-embed">
            <p class="rdr-embed-kind">{kind}</p>
            <p class="rdr-embed-title">
                <a href=url.to_owned() rel="noopener noreferrer" target="_blank">
                    {label}
                    <span class="rdr-sr">" (" {ui.strings.opens_new_tab} ")"</span>
                </a>
            </p>
        </div>
    }
    .into_any()
}
