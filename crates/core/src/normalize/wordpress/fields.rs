//! A post's JSON fields: rendered HTML, dates, terms, embedded objects and the excerpt.

use serde_json::{Map, Value};

use crate::json::loose::{get, object, string};
use crate::json::{DecodeError, Problem};
use crate::logic::time::{parse_naive_utc, parse_rfc3339, Timestamp};
use crate::normalize::clean::safe;
use crate::normalize::markup::start_tags;
use crate::normalize::source::Source;
use crate::sanitize::plain_text;
use crate::story::visit_text;
use crate::story::{Block, LinkOut};

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

/// Whether `excerpt` (as [`excerpt`] gives it) is the one WordPress writes itself when the author
/// wrote none: the opening of the text (its first 55 space-separated words + "[…]", the text
/// before `<!--more-->`, or the whole text of a short post or of a CJK post, whose words WordPress
/// counts by spaces). It is told from a written one by the text it repeats: compared without
/// spaces and punctuation (WordPress flattens the paragraphs, and its typography differs across
/// them), it is found at the opening of the body's prose (the text the reading time counts: no
/// figure, no embed), within its first [`SKIPPED`] bytes: WordPress leaves blocks out of it (6.1
/// the list items, so a table of contents at the top). Its first [`OPENING`] characters are
/// enough: what follows may hold text the reader does not keep as WordPress flattens it.
pub(super) fn is_automatic_excerpt(excerpt: &str, body: &[Block]) -> bool {
    let excerpt: String = excerpt
        .chars()
        .filter(|&c| !spacing(c))
        .take(OPENING)
        .collect();
    let mut prose = String::new();
    visit_text(body, &mut |text, _| {
        if prose.len() < excerpt.len() + SKIPPED {
            prose.extend(text.chars().filter(|&c| !spacing(c)));
        }
    });
    !excerpt.is_empty() && prose.contains(&excerpt)
}

/// How many characters (spaces and punctuation aside) of an excerpt are compared with the text:
/// no written summary begins with the same 100 letters as the article.
const OPENING: usize = 100;

/// How far into the text (in UTF-8 bytes, spaces and punctuation aside) an automatic excerpt may
/// begin, after the blocks WordPress leaves out of it.
const SKIPPED: usize = 400;

/// White space and punctuation, which WordPress's typography changes (quotes, dashes, "…") and its
/// excerpt moves (paragraphs flattened): ASCII, Latin-1's (« » ¿ ·), the general punctuation
/// block, CJK's (、。「」) and fullwidth ASCII's. (Not Unicode's letter tables: 2 kB of module.)
fn spacing(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{a0}'..='\u{bf}'
                | '\u{2000}'..='\u{206f}'
                | '\u{3000}'..='\u{303f}'
                | '\u{ff01}'..='\u{ff0f}'
                | '\u{ff1a}'..='\u{ff20}'
        )
}
