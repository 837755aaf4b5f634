//! Which related stories a reader shows: safe ones, each once, never the article itself, in
//! the publisher's order, at most [`MAX_RELATED`].

use super::{contract, wordpress, Teaser};
use crate::fault::Fault;
use serde_json::Value;

use crate::contract::decode_related_list;

/// At most this many related stories are shown.
pub const MAX_RELATED: usize = 8;

/// Trims a list of related stories for the article at `current` (its canonical URL and the URL
/// its JSON came from).
pub fn pick(teasers: Vec<Teaser>, current: &[&str]) -> Vec<Teaser> {
    let mut seen: Vec<String> = current.iter().map(|u| u.to_string()).collect();
    let mut kept = Vec::new();
    for teaser in teasers {
        let is_current = teaser.src.as_deref().is_some_and(|s| current.contains(&s));
        if is_current || seen.contains(&teaser.url) {
            continue;
        }
        seen.push(teaser.url.clone());
        kept.push(teaser);
        if kept.len() == MAX_RELATED {
            break;
        }
    }
    kept
}

/// The related stories served at `relatedSrc`: our contract's list (a JSON array of stories), else
/// the posts of a WordPress category query (a list with at least one post); resolved against
/// `base`, the list's own URL, and trimmed for the article at `current`. A document that is
/// neither is the contract list's fault, which names the offending path.
pub fn related_list(value: &Value, base: &str, current: &[&str]) -> Result<Vec<Teaser>, Fault> {
    match decode_related_list(value) {
        Ok(list) => Ok(pick(contract::related(list, base), current)),
        Err(fault) if wordpress::is_post_list(value) => {
            wordpress::wordpress_related(value, base, current).or(Err(fault.into()))
        }
        Err(fault) => Err(fault.into()),
    }
}

/// [`related_list`] of a JSON text (native code: tests, fuzzing; the browser parses on the fetch
/// side).
pub fn related_from_json(text: &str, base: &str, current: &[&str]) -> Result<Vec<Teaser>, Fault> {
    related_list(&crate::contract::parse_json(text)?, base, current)
}
