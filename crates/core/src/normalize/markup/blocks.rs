//! A top-level element of a body's markup → the block it stands for (paragraph, heading, quote,
//! list, figure, embed, media, or sanitized rich markup), and the helpers that build blocks from
//! markup.

use super::fragment::{find_named, pieces, start_tags, Element, Piece};
use super::media::{embed, figure, media};
use crate::normalize::clean::{non_blank, tree};
use crate::normalize::source::Source;
use crate::sanitize::lexer::StartTag;
use crate::sanitize::{author_id, heading_text, plain_text, text_of, Node, Subset, Tag, MAX_DEPTH};
use crate::story::Block;

/// The block of one piece of a body's markup (a piece of loose text is a paragraph).
pub(super) fn block(piece: Piece<'_>, source: &Source) -> Option<Block> {
    let Element { tag, outer, inner } = match piece {
        Piece::Loose(html) => return paragraph(html, source),
        Piece::Element(element) => element,
    };
    match tag.name.as_str() {
        // A paragraph of images only (classic editors, Markdown): its first image.
        "p" => paragraph(inner, source).or_else(|| figure(inner, source)),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => heading(&tag.name, tag.attr("id"), inner),
        "blockquote" => quote(inner, source),
        "ul" | "ol" => list(tag.name == "ol", outer, inner, source),
        "figure" | "div" if tag.has_class("wp-block-image") || tag.has_class("wp-caption") => {
            figure(inner, source)
        }
        "figure" if tag.has_class("wp-block-embed") => embed(&tag, inner, source),
        "figure" if tag.has_class("wp-block-video") || tag.has_class("wp-block-audio") => {
            media(inner, source)
        }
        "figure" if tag.has_class("wp-block-pullquote") => {
            let quoted = find_named(inner, "blockquote")?;
            quote(quoted.inner, source)
        }
        _ => rich(outer, source),
    }
}

/// A sanitized tree placed `depth` elements deep in a tree we build: elements that would end up
/// beyond [`MAX_DEPTH`] are replaced by their text, so the whole stays within the sanitizer's
/// limit. (The tree is at most [`MAX_DEPTH`] deep: the recursion is bounded.)
pub(in crate::normalize) fn nested(nodes: Vec<Node>, depth: usize) -> Vec<Node> {
    let room = MAX_DEPTH.saturating_sub(depth);
    nodes
        .into_iter()
        .map(|node| match node {
            Node::Element {
                tag,
                attrs,
                children,
            } if room > 0 => Node::Element {
                tag,
                attrs,
                children: nested(children, depth + 1),
            },
            node => Node::Text(text_of(&[node])),
        })
        .collect()
}

/// Whether a tree shows nothing: no text but whitespace, no image, no rule.
pub(in crate::normalize) fn is_blank(nodes: &[Node]) -> bool {
    let mut stack = vec![nodes.iter()];
    while let Some(level) = stack.last_mut() {
        match level.next() {
            None => {
                stack.pop();
            }
            Some(Node::Text(text)) => {
                if !text.trim().is_empty() {
                    return false;
                }
            }
            Some(Node::Element {
                tag: Tag::Img | Tag::Hr,
                ..
            }) => return false,
            Some(Node::Element { children, .. }) => stack.push(children.iter()),
        }
    }
    true
}

pub(in crate::normalize) fn paragraph(html: &str, source: &Source) -> Option<Block> {
    let nodes = tree(html, Subset::Inline, source);
    (!is_blank(&nodes)).then_some(Block::Paragraph(nodes))
}

pub(in crate::normalize) fn rich(html: &str, source: &Source) -> Option<Block> {
    let nodes = tree(html, Subset::Rich, source);
    (!is_blank(&nodes)).then_some(Block::Rich(nodes))
}

/// `h1` → 2 (the article title is the page's `h1`), `h2`–`h4` as they are, `h5`/`h6` → 4.
pub(super) fn heading(name: &str, id: Option<&str>, inner: &str) -> Option<Block> {
    let level = match name {
        "h3" => 3,
        "h4" | "h5" | "h6" => 4,
        _ => 2,
    };
    let text = heading_text(inner);
    let id = id.and_then(author_id);
    (!text.is_empty()).then_some(Block::Heading { level, text, id })
}

/// A quote's paragraphs as inline content (a line break between them) and its `cite`.
fn quote(inner: &str, source: &Source) -> Option<Block> {
    let mut content: Vec<Node> = Vec::new();
    let mut cite = None;
    for piece in pieces(inner, &["cite"]) {
        let html = match piece {
            Piece::Element(cited) if cited.tag.name == "cite" => {
                cite = cite.or_else(|| non_blank(Some(plain_text(cited.inner))));
                continue;
            }
            Piece::Element(element) => element.outer,
            Piece::Loose(html) => html,
        };
        let nodes = tree(html, Subset::Inline, source);
        if is_blank(&nodes) {
            continue;
        }
        if !content.is_empty() {
            content.push(Node::Element {
                tag: Tag::Br,
                attrs: Vec::new(),
                children: Vec::new(),
            });
        }
        content.extend(nodes);
    }
    if content.is_empty() && cite.is_none() {
        return None;
    }
    Some(Block::Quote { content, cite })
}

/// A list of inline items; a list with nested lists, or with items the article's links point to
/// (footnotes), keeps its structure as rich markup.
fn list(ordered: bool, outer: &str, inner: &str, source: &Source) -> Option<Block> {
    let structured = |name: &str| matches!(name, "ul" | "ol");
    let target = |tag: &StartTag| tag.name == "li" && tag.attr("id").is_some();
    if start_tags(inner).any(|(_, tag)| structured(&tag.name) || target(&tag)) {
        return rich(outer, source);
    }
    let items: Vec<Vec<Node>> = pieces(inner, &[])
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Element(item) if item.tag.name == "li" => {
                Some(tree(item.inner, Subset::Inline, source))
            }
            _ => None,
        })
        .filter(|item| !is_blank(item))
        .collect();
    (!items.is_empty()).then_some(Block::List { ordered, items })
}
