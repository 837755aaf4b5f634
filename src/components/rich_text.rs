//! A sanitized tree → DOM, node by node. No string is ever handed to `inner_html`.

use leptos::prelude::*;

use crate::sanitize::{Attr, Node, Tag};

/// Renders sanitized nodes (their depth is bounded by the sanitizer).
pub fn rich_text(nodes: &[Node]) -> Vec<AnyView> {
    nodes.iter().map(node_view).collect()
}

fn node_view(node: &Node) -> AnyView {
    match node {
        Node::Text(text) => text.clone().into_any(),
        Node::Element {
            tag,
            attrs,
            children,
        } => element_view(*tag, attrs, rich_text(children)),
    }
}

fn attr(attrs: &[Attr], pick: impl Fn(&Attr) -> Option<String>) -> Option<String> {
    attrs.iter().find_map(pick)
}

fn element_view(tag: Tag, attrs: &[Attr], kids: Vec<AnyView>) -> AnyView {
    match tag {
        Tag::A => {
            let href = attr(attrs, |a| match a {
                Attr::Href(v) => Some(v.clone()),
                _ => None,
            });
            let external = href.as_deref().is_some_and(|h| {
                let h = h.to_ascii_lowercase();
                h.starts_with("http:") || h.starts_with("https:") || h.starts_with("//")
            });
            let rel = external.then_some("noopener noreferrer");
            view! { <a href=href rel=rel>{kids}</a> }.into_any()
        }
        Tag::Abbr => {
            let title = attr(attrs, |a| match a {
                Attr::Title(v) => Some(v.clone()),
                _ => None,
            });
            view! { <abbr title=title>{kids}</abbr> }.into_any()
        }
        Tag::Span => {
            let lang = attr(attrs, |a| match a {
                Attr::Lang(v) => Some(v.clone()),
                _ => None,
            });
            view! { <span lang=lang>{kids}</span> }.into_any()
        }
        Tag::Img => {
            let src = attr(attrs, |a| match a {
                Attr::Src(v) => Some(v.clone()),
                _ => None,
            });
            let alt = attr(attrs, |a| match a {
                Attr::Alt(v) => Some(v.clone()),
                _ => None,
            })
            .unwrap_or_default();
            let width = attr(attrs, |a| match a {
                Attr::Width(v) => Some(v.to_string()),
                _ => None,
            });
            let height = attr(attrs, |a| match a {
                Attr::Height(v) => Some(v.to_string()),
                _ => None,
            });
            view! { <img src=src alt=alt width=width height=height loading="lazy" decoding="async" /> }
                .into_any()
        }
        Tag::Em => view! { <em>{kids}</em> }.into_any(),
        Tag::Strong => view! { <strong>{kids}</strong> }.into_any(),
        Tag::I => view! { <i>{kids}</i> }.into_any(),
        Tag::B => view! { <b>{kids}</b> }.into_any(),
        Tag::Br => view! { <br /> }.into_any(),
        Tag::Cite => view! { <cite>{kids}</cite> }.into_any(),
        Tag::Q => view! { <q>{kids}</q> }.into_any(),
        Tag::Sub => view! { <sub>{kids}</sub> }.into_any(),
        Tag::Sup => view! { <sup>{kids}</sup> }.into_any(),
        Tag::Code => view! { <code>{kids}</code> }.into_any(),
        Tag::Mark => view! { <mark>{kids}</mark> }.into_any(),
        Tag::P => view! { <p>{kids}</p> }.into_any(),
        Tag::H2 => view! { <h2>{kids}</h2> }.into_any(),
        Tag::H3 => view! { <h3>{kids}</h3> }.into_any(),
        Tag::H4 => view! { <h4>{kids}</h4> }.into_any(),
        Tag::H5 => view! { <h5>{kids}</h5> }.into_any(),
        Tag::H6 => view! { <h6>{kids}</h6> }.into_any(),
        Tag::Blockquote => view! { <blockquote>{kids}</blockquote> }.into_any(),
        Tag::Ul => view! { <ul>{kids}</ul> }.into_any(),
        Tag::Ol => view! { <ol>{kids}</ol> }.into_any(),
        Tag::Li => view! { <li>{kids}</li> }.into_any(),
        Tag::Figure => view! { <figure>{kids}</figure> }.into_any(),
        Tag::Figcaption => view! { <figcaption>{kids}</figcaption> }.into_any(),
        Tag::Table => view! { <div class="rdr-table"><table>{kids}</table></div> }.into_any(),
        Tag::Thead => view! { <thead>{kids}</thead> }.into_any(),
        Tag::Tbody => view! { <tbody>{kids}</tbody> }.into_any(),
        Tag::Tr => view! { <tr>{kids}</tr> }.into_any(),
        Tag::Th => view! { <th>{kids}</th> }.into_any(),
        Tag::Td => view! { <td>{kids}</td> }.into_any(),
        Tag::Pre => view! { <pre>{kids}</pre> }.into_any(),
        Tag::Hr => view! { <hr /> }.into_any(),
    }
}
