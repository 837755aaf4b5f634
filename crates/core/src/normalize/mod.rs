//! Whatever a publisher sends → one clean render model that every view reads.
//!
//! Normalizing is where trust is decided: `html` fields become sanitized trees, every URL passes
//! [`safe_url`](crate::sanitize::safe_url), languages and directions are resolved and the
//! reading time is computed. Views never see a raw publisher string that could carry markup or a
//! script URL.
//!
//! Inside, imports point down, never back to this file: this module is the dispatcher
//! ([`story_from_value`] and its steps) and names the others; `detection` tells the formats
//! apart; `contract`, `wordpress`, `ans`, `ghost` and `json_feed` read one each into a
//! [`Draft`] (finished into the story by the render model's own [`Draft::finish`]), with `markup`
//! (a CMS's body markup → blocks); below them all, `picture` (the one image constructor), `clean`
//! (safe URLs, sanitized markup, blank text) and `source` (the [`Source`] every adapter reads a document in: its URL and the
//! fallback language). Documents are read with [`crate::json`]. `related` reads the lists at
//! `relatedSrc`, `structured_data` writes a story's JSON-LD.

#[cfg(feature = "ans")]
mod ans;
mod clean;
mod contract;
mod detection;
#[cfg(feature = "ghost")]
mod ghost;
#[cfg(feature = "json-feed")]
mod json_feed;
#[cfg(any(
    feature = "wordpress",
    feature = "ans",
    feature = "ghost",
    feature = "json-feed"
))]
mod markup;
mod picture;
mod related;
mod source;
mod structured_data;
#[cfg(feature = "wordpress")]
mod wordpress;

pub use crate::story::{pick, reading_matter, MAX_RELATED};
pub use contract::{from_contract, ContractSteps};
pub use detection::{NOT_AN_ARTICLE, NO_POST};
pub use related::{related_from_json, related_list};
pub use source::Source;
pub use structured_data::news_article;

use crate::contract::{decode_article, Article};
use crate::fault::Fault;
use crate::json::{parse_json, DecodeError};
use crate::story::{Draft, Story};
use detection::Shape;

/// The whole pure pipeline for one response body: parse → decode → normalize. The body is a
/// contract v1 article, a WordPress REST post (or a list whose first element is one), an ANS
/// story, a Ghost Content API answer or a JSON Feed (`docs/formats.md`); anything else is a
/// decode fault at the document's path. The source's URL is the absolute URL the body came from
/// (relative URLs inside resolve against it); its fallback language is the story's when the
/// document gives none.
pub fn story_from_json(text: &str, source: &Source) -> Result<Story, Fault> {
    let value = parse_json(text)?;
    story_from_value(&value, source)
}

/// The pipeline after parsing: a document of any format, as a story.
pub fn story_from_value(value: &serde_json::Value, source: &Source) -> Result<Story, Fault> {
    Ok(decode_document(value, source)?.normalize())
}

/// A document checked against its format, not yet normalized: the first half of
/// [`story_from_value`], so that a very large article is decoded and normalized in two tasks.
pub enum Decoded<'a> {
    /// A contract article, and the source it is normalized in.
    Contract(Article, Source<'a>),
    /// The other formats are read and normalized in one go.
    Ready(Story),
}

/// [`Decoded::normalize`] in steps of a few body blocks (see [`ContractSteps`]); a document read
/// in one go (WordPress, the other CMS formats) is ready at once.
pub enum Steps<'a> {
    Contract(ContractSteps<'a>),
    Ready(Story),
}

impl Steps<'_> {
    /// Normalizes up to `count` more body blocks; `true` once all are done.
    pub fn step(&mut self, count: usize) -> bool {
        match self {
            Steps::Contract(steps) => steps.step(count),
            Steps::Ready(_) => true,
        }
    }

    /// The story, once every step is done.
    pub fn finish(self) -> Story {
        match self {
            Steps::Contract(steps) => steps.finish(),
            Steps::Ready(story) => story,
        }
    }
}

impl<'a> Decoded<'a> {
    /// The second half of [`story_from_value`] in steps, in the document's source.
    pub fn steps(self) -> Steps<'a> {
        match self {
            Decoded::Contract(article, source) => {
                Steps::Contract(ContractSteps::new(article, &source))
            }
            Decoded::Ready(story) => Steps::Ready(story),
        }
    }

    /// The second half of [`story_from_value`].
    pub fn normalize(self) -> Story {
        match self {
            Decoded::Contract(article, source) => from_contract(article, &source),
            Decoded::Ready(story) => story,
        }
    }
}

/// The story of a document in one of the formats the first paint reads itself (our contract and
/// WordPress posts, the formats of most pages), or `None` for any other document: a format the
/// full reader reads, or one that fails (the full reader reports the fault). Reading only these
/// keeps the other adapters out of the paint module.
pub fn paint_story(value: &serde_json::Value, source: &Source) -> Option<Story> {
    match detection::shape(value) {
        Shape::Contract => decode_article(value)
            .ok()
            .map(|article| from_contract(article, source)),
        #[cfg(feature = "wordpress")]
        Shape::Post(post, path) => wordpress::from_post(post, path, source)
            .ok()
            .map(|draft| draft.finish(source.url)),
        _ => None,
    }
}

/// Recognizes the document's format and decodes it (see [`story_from_value`]).
pub fn decode_document<'a>(
    value: &serde_json::Value,
    source: &Source<'a>,
) -> Result<Decoded<'a>, Fault> {
    let draft: Result<Draft, DecodeError> = match detection::shape(value) {
        Shape::Contract => return Ok(Decoded::Contract(decode_article(value)?, *source)),
        // A format compiled out (Cargo features) is named in the fault.
        #[cfg(feature = "wordpress")]
        Shape::Post(post, path) => wordpress::from_post(post, path, source),
        #[cfg(not(feature = "wordpress"))]
        Shape::Post(..) => Err(detection::left_out(detection::LEFT_OUT_WORDPRESS)),
        #[cfg(feature = "json-feed")]
        Shape::JsonFeed(feed) => json_feed::from_feed(feed, source),
        #[cfg(not(feature = "json-feed"))]
        Shape::JsonFeed(..) => Err(detection::left_out(detection::LEFT_OUT_JSON_FEED)),
        #[cfg(feature = "ans")]
        Shape::Ans(story) => ans::from_story(story, source),
        #[cfg(not(feature = "ans"))]
        Shape::Ans(..) => Err(detection::left_out(detection::LEFT_OUT_ANS)),
        #[cfg(feature = "ghost")]
        Shape::Ghost(answer, key) => ghost::from_answer(answer, key, source),
        #[cfg(not(feature = "ghost"))]
        Shape::Ghost(..) => Err(detection::left_out(detection::LEFT_OUT_GHOST)),
        Shape::Neither(problem) => Err(DecodeError::new("", problem)),
    };
    Ok(Decoded::Ready(draft?.finish(source.url)))
}
