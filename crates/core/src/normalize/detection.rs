//! Which format a document is, told from its shape before anything is decoded.

use serde_json::{Map, Value};

use super::wordpress::{is_post, NO_POST};
use crate::json::loose::{get, object, string};
use crate::json::Problem;

/// What the reader is told a document should have been when it is none of the formats. (It
/// keeps the words "an article (contract v1) or a WordPress post" that a browser journey reads.)
pub const NOT_AN_ARTICLE: &str = "an article (contract v1) or a WordPress post, Arc XP (ANS) \
     story, Ghost Content API answer or JSON Feed";

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
