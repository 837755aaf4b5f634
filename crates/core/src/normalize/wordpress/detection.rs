//! Whether a document is a WordPress post (or a list of them).

use serde_json::{Map, Value};

use super::fields::rendered;
use crate::json::loose::{get, object, string};

/// What the reader is told about an empty list of posts.
pub const NO_POST: &str = "a WordPress post (the list is empty)";

/// Whether `value` is a list with at least one post in it (a category query's answer).
pub(in crate::normalize) fn is_post_list(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().filter_map(Value::as_object).any(is_post))
}

pub(in crate::normalize) fn is_post(map: &Map<String, Value>) -> bool {
    let content = object(map, "content");
    rendered(map, "title").is_some()
        && content.is_some_and(|c| {
            string(c, "rendered").is_some() || get(c, "protected").is_some_and(Value::is_boolean)
        })
}
