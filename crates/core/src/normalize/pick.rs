//! Which related stories a reader shows: safe ones, each once, never the article itself, in
//! the publisher's order, at most [`MAX_RELATED`].

use crate::story::Teaser;

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
