//! Whatever a publisher sends → one clean render model that every view reads.
//!
//! Normalizing is where trust is decided: `html` fields become sanitized trees, every URL passes
//! [`safe_url`], languages and directions are resolved and the reading time is computed. Views
//! never see a raw publisher string that could carry markup or a script URL.
//!
//! `detection` tells the formats apart; `contract`, `wordpress`, `ans`, `ghost` and
//! `json_feed` read one each, sharing `fields` (JSON access whose faults name the path) and
//! `markup` (a CMS's body markup → blocks).

mod ans;
mod contract;
mod detection;
mod fields;
mod ghost;
mod json_feed;
mod markup;
mod related;
mod structured_data;
mod wordpress;

pub use contract::{from_contract, ContractSteps};
pub use detection::NOT_AN_ARTICLE;
pub use related::{pick, related_from_json, related_list, MAX_RELATED};
pub use structured_data::news_article;
pub use wordpress::NO_POST;

use crate::story::{Block, Format, LinkOut, Person, Picture, Story, Teaser};

use crate::logic::lang::{direction_of, Dir};
use crate::logic::reading_time::{reading_minutes, MinuteRange};
use crate::logic::time::Timestamp;
use crate::logic::url::resolve;
use crate::sanitize::{safe_url, Attr, Node, Tag, MAX_DIMENSION};
use detection::Shape;

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
    /// The story of the document at `base`: its direction (stated, else its language's), the
    /// reading matter and time (the publisher's minutes, else estimated in its language), and
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
fn visit_text(body: &[Block], f: &mut impl FnMut(&str, bool)) {
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

impl Picture {
    /// The image at `src` with its `alt` text, in every format: kept only when its URL is safe,
    /// resolved against `base` (the document's URL); a bare fragment is no image.
    pub(crate) fn at(src: Option<String>, base: &str, alt: &str) -> Option<Picture> {
        let src = safe(src, base).filter(|url| !url.starts_with('#'))?;
        Some(Picture {
            src,
            alt: alt.to_owned(),
            caption: None,
            credit: None,
            width: None,
            height: None,
        })
    }

    /// An image the publisher describes no further (avatars, feed images): no alt text.
    pub(crate) fn plain(src: String, base: &str) -> Option<Picture> {
        Picture::at(Some(src), base, "")
    }

    /// The same image with its intrinsic size, each dimension kept when it is 1 to
    /// [`MAX_DIMENSION`] pixels (the box the reader reserves for it).
    pub(crate) fn sized(mut self, width: Option<u32>, height: Option<u32>) -> Picture {
        let fits = |d: Option<u32>| d.filter(|d| (1..=MAX_DIMENSION).contains(d));
        self.width = fits(width);
        self.height = fits(height);
        self
    }

    /// The same image with its caption and credit (blank ones are none).
    pub(crate) fn described(mut self, caption: Option<String>, credit: Option<String>) -> Picture {
        self.caption = non_blank(caption);
        self.credit = non_blank(credit);
        self
    }

    /// The same image as decoration: no alt text, caption or credit (an author's portrait).
    pub(crate) fn decorative(mut self) -> Picture {
        self.alt.clear();
        self.caption = None;
        self.credit = None;
        self
    }
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

/// The whole pure pipeline for one response body: parse → decode → normalize. The body is a
/// contract v1 article, a WordPress REST post (or a list whose first element is one), an ANS
/// story, a Ghost Content API answer or a JSON Feed (`docs/formats.md`); anything else is a
/// decode fault at the document's path. `base` is the absolute URL the body came from;
/// relative URLs inside resolve against it.
pub fn story_from_json(
    text: &str,
    fallback_lang: &str,
    base: &str,
) -> Result<Story, crate::fault::Fault> {
    let value = crate::contract::parse_json(text)?;
    story_from_value(&value, fallback_lang, base)
}

/// The pipeline after parsing: a document of any format, as a story.
pub fn story_from_value(
    value: &serde_json::Value,
    fallback_lang: &str,
    base: &str,
) -> Result<Story, crate::fault::Fault> {
    Ok(decode_document(value, fallback_lang, base)?.normalize(fallback_lang, base))
}

/// A document checked against its format, not yet normalized: the first half of
/// [`story_from_value`], so that a very large article is decoded and normalized in two tasks.
pub enum Decoded {
    Contract(crate::contract::Article),
    /// The other formats are read and normalized in one go.
    Ready(Story),
}

/// [`Decoded::normalize`] in steps of a few body blocks (see [`ContractSteps`]); a document read
/// in one go (WordPress, the other CMS formats) is ready at once.
pub enum Steps {
    Contract(ContractSteps),
    Ready(Story),
}

impl Steps {
    /// Normalizes up to `count` more body blocks; `true` once all are done.
    pub fn step(&mut self, count: usize) -> bool {
        match self {
            Steps::Contract(steps) => steps.step(count),
            Steps::Ready(_) => true,
        }
    }

    /// The story, once every step is done.
    pub fn finish(self, fallback_lang: &str) -> Story {
        match self {
            Steps::Contract(steps) => steps.finish(fallback_lang),
            Steps::Ready(story) => story,
        }
    }
}

impl Decoded {
    /// The second half of [`story_from_value`] in steps, against `base`, the document's URL.
    pub fn steps(self, base: &str) -> Steps {
        match self {
            Decoded::Contract(article) => Steps::Contract(ContractSteps::new(article, base)),
            Decoded::Ready(story) => Steps::Ready(story),
        }
    }

    /// The second half of [`story_from_value`].
    pub fn normalize(self, fallback_lang: &str, base: &str) -> Story {
        match self {
            Decoded::Contract(article) => from_contract(article, fallback_lang, base),
            Decoded::Ready(story) => story,
        }
    }
}

/// The story of a document in one of the formats the first paint reads itself (our contract and
/// WordPress posts, the formats of most pages), or `None` for any other document: a format the
/// full reader reads, or one that fails (the full reader reports the fault). Reading only these
/// keeps the other adapters out of the paint module.
pub fn paint_story(value: &serde_json::Value, fallback_lang: &str, base: &str) -> Option<Story> {
    match detection::shape(value) {
        Shape::Contract => crate::contract::decode_article(value)
            .ok()
            .map(|article| from_contract(article, fallback_lang, base)),
        Shape::Post(post, path) => wordpress::from_post(post, path, fallback_lang, base)
            .ok()
            .map(|draft| draft.finish(base)),
        _ => None,
    }
}

/// Recognizes the document's format and decodes it (see [`story_from_value`]).
pub fn decode_document(
    value: &serde_json::Value,
    fallback_lang: &str,
    base: &str,
) -> Result<Decoded, crate::fault::Fault> {
    let draft = match detection::shape(value) {
        Shape::Contract => return Ok(Decoded::Contract(crate::contract::decode_article(value)?)),
        Shape::Post(post, path) => wordpress::from_post(post, path, fallback_lang, base),
        Shape::JsonFeed(feed) => json_feed::from_feed(feed, fallback_lang, base),
        Shape::Ans(story) => ans::from_story(story, fallback_lang, base),
        Shape::Ghost(answer, key) => ghost::from_answer(answer, key, fallback_lang, base),
        Shape::Neither(problem) => Err(crate::contract::DecodeError {
            path: String::new(),
            problem,
        }),
    };
    Ok(Decoded::Ready(draft?.finish(base)))
}
