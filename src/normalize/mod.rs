//! Whatever a publisher sends → one clean render model that every view reads.
//!
//! Normalizing is where trust is decided: `html` fields become sanitized trees, every URL passes
//! [`safe_url`], languages and directions are resolved and the reading time is computed. Views
//! never see a raw publisher string that could carry markup or a script URL.

mod contract;
mod related;

pub use contract::from_contract;
pub use related::{pick, related_from_json, MAX_RELATED};

use crate::logic::lang::Dir;
use crate::logic::reading_time::MinuteRange;
use crate::logic::time::Timestamp;
use crate::logic::url::resolve;
use crate::sanitize::{safe_url, Attr, Node, Tag};

/// An article ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub id: String,
    /// The canonical URL, when safe.
    pub url: Option<String>,
    /// The article's language tag.
    pub lang: String,
    pub dir: Dir,
    pub section: Option<LinkOut>,
    pub title: String,
    pub standfirst: Option<String>,
    pub published: Timestamp,
    pub updated: Option<Timestamp>,
    pub authors: Vec<Person>,
    pub image: Option<Picture>,
    pub body: Vec<Block>,
    pub credit: Option<String>,
    pub reading: MinuteRange,
    /// Unicode scalar values of body text (what the reading time counts).
    pub body_chars: usize,
    pub tags: Vec<LinkOut>,
    pub related: Vec<Teaser>,
    /// Where to fetch more related stories, when safe.
    pub related_src: Option<String>,
}

/// A label with an optional safe destination.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkOut {
    pub label: String,
    pub url: Option<String>,
}

/// An author.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: String,
    pub bio: Option<String>,
    pub url: Option<String>,
    pub avatar: Option<Picture>,
}

/// An image with a safe source.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub src: String,
    /// Empty for a decorative image.
    pub alt: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// One body block, its markup already sanitized.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Vec<Node>),
    Heading {
        level: u8,
        text: String,
    },
    Quote {
        content: Vec<Node>,
        cite: Option<String>,
    },
    Figure(Picture),
    List {
        ordered: bool,
        items: Vec<Vec<Node>>,
    },
    Embed {
        url: String,
        title: Option<String>,
        provider: Option<String>,
    },
    Rich(Vec<Node>),
}

/// A related story.
#[derive(Clone, Debug, PartialEq)]
pub struct Teaser {
    pub title: String,
    pub url: String,
    /// Article JSON of the story, to open it in place in the standalone reader.
    pub src: Option<String>,
    pub section: Option<String>,
    pub published: Option<Timestamp>,
    pub reading_minutes: Option<u32>,
    pub image: Option<Picture>,
}

/// A URL field that must be safe to be kept at all, resolved against the document's URL.
pub(crate) fn safe(url: Option<String>, base: &str) -> Option<String> {
    let url = safe_url(url.as_deref()?)?;
    Some(if url.starts_with('#') {
        url
    } else {
        resolve(base, &url)
    })
}

/// Resolves the (already safe) URLs of a sanitized tree against the document's URL.
pub(crate) fn resolve_tree(nodes: &mut [Node], base: &str) {
    for node in nodes {
        if let Node::Element {
            attrs, children, ..
        } = node
        {
            for attr in attrs.iter_mut() {
                if let Attr::Href(url) | Attr::Src(url) = attr {
                    if !url.starts_with('#') {
                        *url = resolve(base, url);
                    }
                }
            }
            resolve_tree(children, base);
        }
    }
}

/// Trims blank text to nothing; keeps the rest as sent.
pub(crate) fn non_blank(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// Characters of readable body text and the number of images, for the reading time.
/// Captions, credits and embed cards are not reading matter.
pub fn reading_matter(body: &[Block]) -> (usize, usize) {
    let mut chars = 0;
    let mut images = 0;
    for block in body {
        match block {
            Block::Paragraph(nodes) | Block::Quote { content: nodes, .. } | Block::Rich(nodes) => {
                count_nodes(nodes, &mut chars, &mut images);
            }
            Block::Heading { text, .. } => chars += text.chars().count(),
            Block::List { items, .. } => {
                for item in items {
                    count_nodes(item, &mut chars, &mut images);
                }
            }
            Block::Figure(_) => images += 1,
            Block::Embed { .. } => {}
        }
    }
    (chars, images)
}

/// Walks a sanitized tree (its depth is bounded by the sanitizer) skipping captions.
fn count_nodes(nodes: &[Node], chars: &mut usize, images: &mut usize) {
    for node in nodes {
        match node {
            Node::Text(text) => *chars += text.chars().count(),
            Node::Element { tag: Tag::Img, .. } => *images += 1,
            Node::Element {
                tag: Tag::Figcaption,
                ..
            } => {}
            Node::Element { children, .. } => count_nodes(children, chars, images),
        }
    }
}

/// The whole pure pipeline for one response body: parse → decode → normalize. `base` is the
/// absolute URL the body came from; relative URLs inside resolve against it.
pub fn story_from_json(
    text: &str,
    fallback_lang: &str,
    base: &str,
) -> Result<Story, crate::logic::fault::Fault> {
    let value = crate::model::parse_json(text)?;
    let article = crate::model::decode_article(&value)?;
    Ok(from_contract(article, fallback_lang, base))
}
