//! A post's JSON fields: rendered HTML, dates, terms, embedded objects and the excerpt.

use serde_json::{Map, Value};

use crate::json::loose::{get, object, string};
use crate::json::{DecodeError, Problem};
use crate::logic::time::{parse_naive_utc, parse_rfc3339, Timestamp};
use crate::normalize::clean::safe;
use crate::normalize::markup::start_tags;
use crate::normalize::source::Source;
use crate::sanitize::plain_text;
use crate::story::LinkOut;

/// `key.rendered`: the HTML WordPress renders for a field.
pub(super) fn rendered<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    string(object(map, key)?, "rendered")
}

/// `gmt` (UTC without a zone), else `local` (the site's time, read as UTC); `None` when both are
/// absent, an error naming the field when the one present does not parse.
pub(super) fn date(
    post: &Map<String, Value>,
    prefix: &str,
    gmt: &str,
    local: &str,
) -> Result<Option<Timestamp>, DecodeError> {
    let (key, value) = match (get(post, gmt), get(post, local)) {
        (Some(value), _) => (gmt, value),
        (None, Some(value)) => (local, value),
        (None, None) => return Ok(None),
    };
    value
        .as_str()
        .and_then(parse_wordpress_date)
        .map(Some)
        .ok_or_else(|| {
            DecodeError::at(
                prefix,
                key,
                Problem::Expected("a date-time like 2024-04-03T17:12:00"),
            )
        })
}

/// A WordPress date (`2024-04-03T17:12:00`, UTC) or, from plugins, an RFC 3339 one.
pub(super) fn parse_wordpress_date(text: &str) -> Option<Timestamp> {
    parse_naive_utc(text).or_else(|| parse_rfc3339(text))
}

/// The objects of an array field, minus the error objects (`code: rest_forbidden`...) that
/// `_embedded` holds in place of what the request may not see.
pub(super) fn objects<'a>(
    map: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    get(map, key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter(|item| !item.contains_key("code"))
}

pub(super) fn post_id(post: &Map<String, Value>) -> String {
    match get(post, "id") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => string(post, "slug").unwrap_or_default().to_owned(),
    }
}

/// `_embedded["wp:term"]`: an array of arrays of terms, one per taxonomy.
pub(super) fn terms(embedded: &Map<String, Value>) -> Vec<&Map<String, Value>> {
    get(embedded, "wp:term")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_object)
        .filter(|term| !term.contains_key("code"))
        .collect()
}

/// The first category that is not WordPress's default "Uncategorized".
pub(super) fn first_category<'a>(
    terms: &[&'a Map<String, Value>],
) -> Option<&'a Map<String, Value>> {
    terms.iter().copied().find(|term| {
        string(term, "taxonomy") == Some("category")
            && string(term, "slug") != Some("uncategorized")
    })
}

/// A term as a label (term names arrive HTML-escaped) with its archive link.
pub(super) fn link(term: &Map<String, Value>, source: &Source) -> Option<LinkOut> {
    let label = plain_text(string(term, "name")?);
    (!label.is_empty()).then(|| LinkOut {
        label,
        url: safe(string(term, "link").map(str::to_owned), source),
    })
}

/// The excerpt as plain text, without the "Continue reading" link themes append to it.
pub(super) fn excerpt(html: &str) -> String {
    let more = start_tags(html).find(|(_, tag)| tag.name == "a" && tag.has_class("more-link"));
    plain_text(
        more.and_then(|(start, _)| html.get(..start))
            .unwrap_or(html),
    )
}
