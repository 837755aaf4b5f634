//! Which format a document is, told from its shape before anything is decoded.

use serde_json::{Map, Value};

use crate::json::loose::{get, object, string};
#[cfg(not(all(
    feature = "wordpress",
    feature = "ans",
    feature = "ghost",
    feature = "json-feed"
)))]
use crate::json::DecodeError;
use crate::json::Problem;

/// What the reader is told about an empty list of posts.
pub const NO_POST: &str = "a WordPress post (the list is empty)";

/// What the reader is told a document should have been when it is none of the formats. (It
/// keeps the words "an article (contract v1) or a WordPress post" that a browser journey reads.)
pub const NOT_AN_ARTICLE: &str = "an article (contract v1) or a WordPress post, Arc XP (ANS) \
     story, Ghost Content API answer or JSON Feed";

/// What the reader is told about a document in a format this build leaves out (Cargo features):
/// the fault names the format, so a publisher sees which build to use.
#[cfg(not(feature = "wordpress"))]
pub const LEFT_OUT_WORDPRESS: &str =
    "a format this build of the reader reads (it leaves out WordPress posts)";
#[cfg(not(feature = "ans"))]
pub const LEFT_OUT_ANS: &str =
    "a format this build of the reader reads (it leaves out Arc XP (ANS) stories)";
#[cfg(not(feature = "ghost"))]
pub const LEFT_OUT_GHOST: &str =
    "a format this build of the reader reads (it leaves out Ghost posts)";
#[cfg(not(feature = "json-feed"))]
pub const LEFT_OUT_JSON_FEED: &str =
    "a format this build of the reader reads (it leaves out JSON Feeds)";

/// The fault for a document in a format this build leaves out, at the document's path.
#[cfg(not(all(
    feature = "wordpress",
    feature = "ans",
    feature = "ghost",
    feature = "json-feed"
)))]
pub(super) fn left_out(what: &'static str) -> DecodeError {
    DecodeError::new("", Problem::Expected(what))
}

/// The documents a reader accepts, told apart before decoding.
pub(super) enum Shape<'a> {
    /// A contract v1 article (or something close enough that its errors should name fields).
    Contract,
    /// A WordPress post, and the JSON path that leads to it (`""`, or `"[0]"` in a list).
    Post(&'a Map<String, Value>, &'static str),
    /// An ANS story.
    Ans(&'a Map<String, Value>),
    /// A Ghost Content API answer, and the key of its list (`posts` or `pages`).
    Ghost(&'a Map<String, Value>, &'static str),
    /// A JSON Feed.
    JsonFeed(&'a Map<String, Value>),
    /// None: the problem to report at the document's path.
    Neither(Problem),
}

/// Which document this is, in this order:
/// - a WordPress post: an object with `title.rendered` and `content.rendered` (or
///   `content.protected`), or a list whose first element is one;
/// - a JSON Feed: a `version` string naming `jsonfeed.org/version/`;
/// - an ANS story: `type: "story"` with a `headlines` object or a `content_elements` array;
/// - a Ghost answer: a `posts` (or `pages`) array;
/// - a contract article: any other object that has one of the contract's own fields (`version`,
///   `body`, `published`, a string `title`), so that its errors keep naming the offending field.
pub(super) fn shape(value: &Value) -> Shape<'_> {
    match value {
        Value::Object(map) if is_post(map) => Shape::Post(map, ""),
        Value::Object(map) if is_feed(map) => Shape::JsonFeed(map),
        Value::Object(map) if is_story(map) => Shape::Ans(map),
        Value::Object(map) => match ghost_list(map) {
            Some(key) => Shape::Ghost(map, key),
            None if is_contract_like(map) => Shape::Contract,
            None => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
        },
        Value::Array(items) => match items.first() {
            None => Shape::Neither(Problem::Expected(NO_POST)),
            Some(Value::Object(map)) if is_post(map) => Shape::Post(map, "[0]"),
            Some(_) => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
        },
        _ => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
    }
}

fn is_feed(map: &Map<String, Value>) -> bool {
    string(map, "version").is_some_and(|v| v.contains("jsonfeed.org/version/"))
}

fn is_story(map: &Map<String, Value>) -> bool {
    string(map, "type") == Some("story")
        && (object(map, "headlines").is_some()
            || get(map, "content_elements").is_some_and(Value::is_array))
}

fn ghost_list(map: &Map<String, Value>) -> Option<&'static str> {
    ["posts", "pages"]
        .into_iter()
        .find(|key| get(map, key).is_some_and(Value::is_array))
}

fn is_contract_like(map: &Map<String, Value>) -> bool {
    ["version", "body", "published"]
        .iter()
        .any(|key| map.contains_key(*key))
        || string(map, "title").is_some()
}

#[cfg(feature = "wordpress")]
/// Whether `value` is a list with at least one WordPress post in it (a category query's answer).
pub(super) fn is_post_list(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().filter_map(Value::as_object).any(is_post))
}

/// Whether `map` is a WordPress post: `title.rendered`, and `content.rendered` (or a boolean
/// `content.protected`).
pub(super) fn is_post(map: &Map<String, Value>) -> bool {
    let content = object(map, "content");
    object(map, "title")
        .and_then(|t| string(t, "rendered"))
        .is_some()
        && content.is_some_and(|c| {
            string(c, "rendered").is_some() || get(c, "protected").is_some_and(Value::is_boolean)
        })
}
