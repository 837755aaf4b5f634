//! The render model: an article as every view reads it (the paint module's and the reader's),
//! whatever format it came in. Everything in it is already safe: markup is sanitized trees, every
//! URL passed the URL rules, language and direction are resolved, the reading time is computed.
//! `normalize` builds it (and owns the constructors that enforce those rules).

use crate::logic::lang::Dir;
use crate::logic::reading_time::MinuteRange;
use crate::logic::time::Timestamp;
use crate::sanitize::Node;

/// An article ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// What the publisher sent: our contract or another CMS's format.
    pub format: Format,
    pub id: String,
    /// The canonical URL, when safe.
    pub url: Option<String>,
    /// The article's language tag.
    pub lang: String,
    pub dir: Dir,
    pub section: Option<LinkOut>,
    pub title: String,
    /// The title was taken from the article's first words (a JSON Feed item without one): views
    /// say so to assistive technology.
    pub title_from_text: bool,
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
    /// Words of body text (see `normalize::reading_matter`).
    pub words: usize,
    pub tags: Vec<LinkOut>,
    pub related: Vec<Teaser>,
    /// Where to fetch more related stories, when safe.
    pub related_src: Option<String>,
}

/// The document formats the reader reads, recognized from their shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Our article contract (`ARTICLE-FORMAT.md`).
    Contract,
    /// A WordPress REST API post.
    WordPress,
    /// An Arc XP story (Arc Native Specification).
    Ans,
    /// A Ghost Content API post.
    Ghost,
    /// A JSON Feed item.
    JsonFeed,
}

impl Format {
    /// The name publishers see (the `source` of the `article-reader:load` event).
    pub fn key(self) -> &'static str {
        match self {
            Format::Contract => "contract",
            Format::WordPress => "wordpress",
            Format::Ans => "ans",
            Format::Ghost => "ghost",
            Format::JsonFeed => "jsonfeed",
        }
    }
}

impl Story {
    /// Words of body text, counted once when the story was made (see `normalize::reading_matter`).
    pub fn word_count(&self) -> usize {
        self.words
    }
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
        /// The author's id (see [`Attr::Id`](crate::sanitize::Attr::Id)), when it has one.
        id: Option<String>,
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
