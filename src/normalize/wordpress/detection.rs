//! Which document this is: a contract article, a WordPress post (or a list of them), or neither.

use serde_json::{Map, Value};

use super::fields::{get, object, rendered, string};
use crate::model::Problem;

/// What the reader is told a document should have been when it is neither shape.
pub const NOT_AN_ARTICLE: &str = "an article (contract v1) or a WordPress post";

/// What the reader is told about an empty list of posts.
pub const NO_POST: &str = "a WordPress post (the list is empty)";

/// The two documents a reader accepts, told apart before decoding.
pub(in crate::normalize) enum Shape<'a> {
    /// A contract v1 article (or something close enough that its errors should name fields).
    Contract,
    /// A WordPress post, and the JSON path that leads to it (`""`, or `"[0]"` in a list).
    Post(&'a Map<String, Value>, &'static str),
    /// Neither: the problem to report at the document's path.
    Neither(Problem),
}

/// Which document this is. A post is an object with `title.rendered` and `content.rendered` (or
/// `content.protected`), or a list whose first element is one. Any other object that has one of
/// the contract's own fields (`version`, `body`, `published`, a string `title`) is decoded as a
/// contract article, so that its errors keep naming the offending field.
pub(in crate::normalize) fn shape(value: &Value) -> Shape<'_> {
    match value {
        Value::Object(map) if is_post(map) => Shape::Post(map, ""),
        Value::Object(map) if is_contract_like(map) => Shape::Contract,
        Value::Array(items) => match items.first() {
            None => Shape::Neither(Problem::Expected(NO_POST)),
            Some(Value::Object(map)) if is_post(map) => Shape::Post(map, "[0]"),
            Some(_) => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
        },
        _ => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
    }
}

/// Whether `value` is a list with at least one post in it (a category query's answer).
pub(in crate::normalize) fn is_post_list(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().filter_map(Value::as_object).any(is_post))
}

pub(super) fn is_post(map: &Map<String, Value>) -> bool {
    let content = object(map, "content");
    rendered(map, "title").is_some()
        && content.is_some_and(|c| {
            string(c, "rendered").is_some() || get(c, "protected").is_some_and(Value::is_boolean)
        })
}

fn is_contract_like(map: &Map<String, Value>) -> bool {
    ["version", "body", "published"]
        .iter()
        .any(|key| map.contains_key(*key))
        || string(map, "title").is_some()
}
