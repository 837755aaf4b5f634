//! The render model: an article as every view reads it (the paint module's and the reader's),
//! whatever format it came in. Everything in it is already safe: markup is sanitized trees, every
//! URL passed the URL rules, language and direction are resolved, the reading time is computed.
//! `normalize` reads each format into a [`Draft`] (and owns the constructors that enforce those
//! rules); [`Draft::finish`], here beside the model, derives the rest and builds the [`Story`]:
//! a derived field is declared and derived in this file alone.

use crate::logic::lang::{direction_of, Dir};
use crate::logic::reading_time::{reading_minutes, MinuteRange};
use crate::logic::time::Timestamp;
use crate::sanitize::{Node, Tag};

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
    /// Words of body text (see [`reading_matter`]).
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
    /// Words of body text, counted once when the story was made (see [`reading_matter`]).
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

/// What a document says about its article, as its format's adapter reads it: nothing derived
/// yet. [`Draft::finish`] is the one place that derives the rest and builds the [`Story`], so a
/// derived field is added there alone, for every format.
pub(crate) struct Draft {
    pub format: Format,
    pub id: String,
    /// The canonical URL (safe, resolved).
    pub url: Option<String>,
    /// The document's language when it gives a valid one, else the reader's fallback.
    pub lang: String,
    /// The direction, when the document states it.
    pub dir: Option<Dir>,
    pub section: Option<LinkOut>,
    pub title: String,
    /// Whether the title was made from the first words of the text (the item had none).
    pub title_from_text: bool,
    pub standfirst: Option<String>,
    pub published: Timestamp,
    pub updated: Option<Timestamp>,
    pub authors: Vec<Person>,
    pub image: Option<Picture>,
    pub body: Vec<Block>,
    pub credit: Option<String>,
    /// The publisher's own reading time, in minutes.
    pub minutes: Option<u32>,
    pub tags: Vec<LinkOut>,
    /// Related stories in the publisher's order (the story itself may be among them).
    pub related: Vec<Teaser>,
    pub related_src: Option<String>,
}

impl Draft {
    /// The story of the document at `base` (the URL it came from): its direction (stated, else its language's),
    /// the reading matter and time (the publisher's minutes, else estimated in its language), and
    /// its related stories without itself (by its JSON's URL or its canonical one).
    pub(crate) fn finish(self, base: &str) -> Story {
        let dir = self.dir.unwrap_or_else(|| direction_of(&self.lang));
        let (body_chars, images, words) = reading_matter(&self.body);
        let reading = match self.minutes {
            Some(minutes) => MinuteRange::exact(minutes),
            None => reading_minutes(body_chars, images, &self.lang),
        };
        let related = pick(self.related, &[base, self.url.as_deref().unwrap_or(base)]);
        Story {
            format: self.format,
            id: self.id,
            url: self.url,
            lang: self.lang,
            dir,
            section: self.section,
            title: self.title,
            title_from_text: self.title_from_text,
            standfirst: self.standfirst,
            published: self.published,
            updated: self.updated,
            authors: self.authors,
            image: self.image,
            body: self.body,
            credit: self.credit,
            reading,
            body_chars,
            words,
            tags: self.tags,
            related,
            related_src: self.related_src,
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Calls `f` with every piece of readable body text (as the reading time counts it), and whether
/// it begins a new run of text (a block, or a list item), across which words do not run on.
pub(crate) fn visit_text(body: &[Block], f: &mut impl FnMut(&str, bool)) {
    fn nodes(list: &[Node], new_run: &mut bool, f: &mut impl FnMut(&str, bool)) {
        for node in list {
            match node {
                Node::Text(text) => {
                    f(text, *new_run);
                    *new_run = false;
                }
                Node::Element {
                    tag: Tag::Figcaption,
                    ..
                } => {}
                Node::Element { children, .. } => nodes(children, new_run, f),
            }
        }
    }
    for block in body {
        match block {
            Block::Paragraph(list) | Block::Quote { content: list, .. } | Block::Rich(list) => {
                nodes(list, &mut true, f)
            }
            Block::Heading { text, .. } => f(text, true),
            Block::List { items, .. } => items.iter().for_each(|item| nodes(item, &mut true, f)),
            Block::Figure(_) | Block::Embed { .. } => {}
        }
    }
}

/// Characters of readable body text, the number of images (for the reading time), and words:
/// whitespace-separated runs, or for scripts written without spaces (Chinese, Japanese) an
/// estimate from characters. Captions, credits and embed cards are not reading matter. One pass
/// over the text (long articles have megabytes of it).
pub fn reading_matter(body: &[Block]) -> (usize, usize, usize) {
    let mut chars = 0;
    let mut words = 0;
    let mut cjk = 0;
    let mut in_word = false;
    visit_text(body, &mut |text, new_run| {
        // A word runs on across inline markup (`<a>lien</a>.`), never from a block or a list
        // item to the next.
        in_word &= !new_run;
        for c in text.chars() {
            chars += 1;
            if c.is_whitespace() {
                in_word = false;
            } else {
                words += usize::from(!in_word);
                in_word = true;
                cjk += usize::from(is_cjk(c));
            }
        }
    });
    // Characters of CJK text read as roughly one word each two characters.
    (chars, count_images(body), words.max(cjk / 2))
}

/// Images in the body: image blocks and `img` elements in markup.
fn count_images(body: &[Block]) -> usize {
    fn in_nodes(list: &[Node]) -> usize {
        list.iter()
            .map(|node| match node {
                Node::Text(_) => 0,
                Node::Element { tag: Tag::Img, .. } => 1,
                Node::Element { children, .. } => in_nodes(children),
            })
            .sum()
    }
    body.iter()
        .map(|block| match block {
            Block::Figure(_) => 1,
            Block::Paragraph(list) | Block::Quote { content: list, .. } | Block::Rich(list) => {
                in_nodes(list)
            }
            Block::List { items, .. } => items.iter().map(|item| in_nodes(item)).sum(),
            Block::Heading { .. } | Block::Embed { .. } => 0,
        })
        .sum()
}

/// At most this many related stories are shown.
pub const MAX_RELATED: usize = 8;

/// Trims a list of related stories for the article at `current` (its canonical URL and the URL
/// its JSON came from).
pub fn pick(teasers: Vec<Teaser>, current: &[&str]) -> Vec<Teaser> {
    let mut seen: Vec<String> = current.iter().map(|u| u.to_string()).collect();
    let mut kept = Vec::new();
    for teaser in teasers {
        let is_current = teaser.src.as_deref().is_some_and(|s| current.contains(&s));
        if is_current || seen.contains(&teaser.url) {
            continue;
        }
        seen.push(teaser.url.clone());
        kept.push(teaser);
        if kept.len() == MAX_RELATED {
            break;
        }
    }
    kept
}
