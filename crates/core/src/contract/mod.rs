//! The article contract, version 1 (`shared/ARTICLE-FORMAT.md`, `schema/article-v1.schema.json`):
//! its types, and a tolerant decoder that names the JSON path of the first violation (a
//! [`crate::json::DecodeError`]).
//!
//! Strings here are exactly as the publisher sent them; [`crate::normalize`] sanitizes them.

mod decode;

pub use decode::{decode_article, decode_related_list};

use crate::logic::lang::Dir;
use crate::logic::time::Timestamp;

/// The contract's major version this reader understands.
pub const CONTRACT_VERSION: u64 = 1;

/// An article document.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: String,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<Dir>,
    pub section: Option<Link>,
    pub title: String,
    pub standfirst: Option<String>,
    pub published: Timestamp,
    pub updated: Option<Timestamp>,
    pub authors: Vec<Author>,
    pub image: Option<Image>,
    pub body: Vec<Block>,
    pub credit: Option<String>,
    pub reading_minutes: Option<u32>,
    pub tags: Vec<Link>,
    pub related: Vec<Related>,
    pub related_src: Option<String>,
}

/// A label with an optional destination (section, tag).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub label: String,
    pub url: Option<String>,
}

/// An author of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Author {
    pub name: String,
    pub bio: Option<String>,
    pub url: Option<String>,
    pub avatar: Option<Image>,
}

/// An image: the lead image, an `image` block, an avatar or a related story's picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// Text that is either plain or in the contract's inline HTML subset.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(String),
    Html(String),
}

/// One block of the body. Blocks of unknown types are skipped while decoding.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Text),
    Heading {
        level: u8,
        text: String,
    },
    Quote {
        text: Text,
        cite: Option<String>,
    },
    Image(Image),
    List {
        ordered: bool,
        items: Vec<String>,
    },
    Embed {
        url: String,
        title: Option<String>,
        provider: Option<String>,
    },
    Html(String),
}

/// A related story.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    pub title: String,
    pub url: String,
    pub src: Option<String>,
    pub section: Option<String>,
    pub published: Option<Timestamp>,
    pub reading_minutes: Option<u32>,
    pub image: Option<Image>,
}
