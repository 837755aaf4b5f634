//! Ghost's cards (`<figure class="kg-card kg-image-card">`…) → the nearest blocks: images and
//! galleries become figures, embeds, bookmarks and files link cards, callouts and buttons
//! paragraphs, toggles and headers a heading with their text; sign-up forms are left out. A card this reader does not know
//! is read as any other element (sanitized rich markup); no card is ever shown as raw markup.

use super::blocks::{block, heading, is_blank, paragraph, rich};
use super::fragment::{find, start_tags, Element, Piece};
use super::media::{caption, embed, figure, image, media};
use super::providers::provider_of;
use crate::normalize::clean::{non_blank, safe, tree};
use crate::normalize::source::Source;
use crate::sanitize::{plain_text, Node, Subset};
use crate::story::Block;

/// Appends the blocks of one card.
pub(super) fn card(element: Element<'_>, source: &Source, out: &mut Vec<Block>) {
    let Element { tag, inner, .. } = &element;
    let class = |name: &str| tag.has_class(name);
    let part = |name: &str| find(inner, |t| t.has_class(name));
    if class("kg-image-card") {
        out.extend(figure(inner, source));
    } else if class("kg-gallery-card") {
        gallery(inner, source, out);
    } else if class("kg-embed-card") {
        out.extend(embed(tag, inner, source).map(|mut card| {
            if let Block::Embed { url, provider, .. } = &mut card {
                *provider = provider.take().or_else(|| provider_of(url));
            }
            card
        }));
    } else if class("kg-signup-card") {
        // A members' sign-up form: nothing to read.
    } else if class("kg-video-card") || class("kg-audio-card") {
        out.extend(media(inner, source));
    } else if class("kg-bookmark-card") || class("kg-file-card") {
        out.extend(link_card(inner, source));
    } else if class("kg-callout-card") {
        out.extend(callout(inner, source));
    } else if class("kg-button-card") {
        out.extend(paragraph(inner, source));
    } else if class("kg-toggle-card") {
        let title = part("kg-toggle-heading-text").map_or("", |h| h.inner);
        out.extend(heading("h3", None, title));
        out.extend(part("kg-toggle-content").and_then(|c| rich(c.inner, source)));
    } else if class("kg-header-card") {
        let title = part("kg-header-card-heading").or_else(|| part("kg-header-card-header"));
        out.extend(title.and_then(|h| heading("h2", None, h.inner)));
        let sub = part("kg-header-card-subheading").or_else(|| part("kg-header-card-subheader"));
        out.extend(sub.and_then(|s| paragraph(s.inner, source)));
        out.extend(part("kg-header-card-button").and_then(|b| paragraph(b.outer, source)));
    } else {
        out.extend(block(Piece::Element(element), source));
    }
}

/// Every image of a gallery as a figure; the gallery's caption goes with its last image.
fn gallery(inner: &str, source: &Source, out: &mut Vec<Block>) {
    let mut pictures: Vec<_> = start_tags(inner)
        .filter(|(_, tag)| tag.name == "img")
        .filter_map(|(_, img)| image(&img, source))
        .collect();
    if let Some(last) = pictures.last_mut() {
        last.caption = caption(inner);
    }
    out.extend(pictures.into_iter().map(Block::Figure));
}

/// A bookmark or file card as a link card: the container's link, the card's title, the site's
/// name (Ghost writes it in `kg-bookmark-author`).
fn link_card(inner: &str, source: &Source) -> Option<Block> {
    let part = |name: &str| find(inner, |t| t.has_class(name));
    let (_, link) = start_tags(inner).find(|(_, tag)| tag.name == "a")?;
    let url =
        safe(link.attr("href").map(str::to_owned), source).filter(|url| !url.starts_with('#'))?;
    let text = |name: &str| part(name).and_then(|p| non_blank(Some(plain_text(p.inner))));
    Some(Block::Embed {
        url,
        title: text("kg-bookmark-title").or_else(|| text("kg-file-card-title")),
        provider: text("kg-bookmark-author"),
    })
}

/// A callout as a paragraph: its emoji, then its text.
fn callout(inner: &str, source: &Source) -> Option<Block> {
    let part = |name: &str| find(inner, |t| t.has_class(name));
    let text = part("kg-callout-text")?;
    let mut nodes = tree(text.inner, Subset::Inline, source);
    if let Some(emoji) = part("kg-callout-emoji").and_then(|e| non_blank(Some(plain_text(e.inner))))
    {
        nodes.insert(0, Node::Text(format!("{emoji} ")));
    }
    paragraph_of(nodes)
}

fn paragraph_of(nodes: Vec<Node>) -> Option<Block> {
    (!is_blank(&nodes)).then_some(Block::Paragraph(nodes))
}
