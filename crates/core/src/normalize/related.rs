//! The related stories served at `relatedSrc`, in either format a list comes in.

use serde_json::Value;

use super::contract;
use super::source::Source;
#[cfg(feature = "wordpress")]
use super::{detection::is_post_list, wordpress};
use crate::contract::decode_related_list;
use crate::fault::Fault;
use crate::json::parse_json;
use crate::story::pick;
use crate::story::Teaser;

/// The related stories served at `relatedSrc`: our contract's list (a JSON array of stories), else
/// the posts of a WordPress category query (a list with at least one post); resolved against
/// the source's URL, the list's own, and trimmed for the article at `current`. A document that
/// is neither is the contract list's fault, which names the offending path. (Teasers carry no
/// language: the source's fallback is not used.)
pub fn related_list(
    value: &Value,
    source: &Source,
    current: &[&str],
) -> Result<Vec<Teaser>, Fault> {
    match decode_related_list(value) {
        Ok(list) => Ok(pick(contract::related(list, source), current)),
        #[cfg(feature = "wordpress")]
        Err(fault) if is_post_list(value) => {
            wordpress::wordpress_related(value, source, current).or(Err(fault.into()))
        }
        Err(fault) => Err(fault.into()),
    }
}

/// [`related_list`] of a JSON text (native code: tests, fuzzing; the browser parses on the fetch
/// side).
pub fn related_from_json(
    text: &str,
    source: &Source,
    current: &[&str],
) -> Result<Vec<Teaser>, Fault> {
    related_list(&parse_json(text)?, source, current)
}
