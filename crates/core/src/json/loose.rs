//! Lenient access, for documents whose every field is optional in practice (WordPress posts,
//! and telling the formats apart): a field of the wrong type counts as absent, as `null` does.

use serde_json::{Map, Value};

/// A field's value; `null` counts as absent.
pub(crate) fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

pub(crate) fn object<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Map<String, Value>> {
    get(map, key)?.as_object()
}

pub(crate) fn string<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    get(map, key)?.as_str()
}

/// A positive whole number (sizes).
pub(crate) fn count(map: &Map<String, Value>, key: &str) -> Option<u32> {
    get(map, key)?
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
}
