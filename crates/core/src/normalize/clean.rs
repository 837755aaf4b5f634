//! What every adapter does to a publisher's strings before a story keeps them: a URL is kept only
//! when safe, and resolved against the document's URL; markup is sanitized, its URLs resolved;
//! blank text is none.

use super::source::Source;
use crate::json::{Obj, Read};
use crate::logic::url::resolve;
use crate::sanitize::{safe_url, sanitize, Attr, Node, Subset};

/// A URL field that must be safe to be kept at all, resolved against the document's URL.
pub(crate) fn safe(url: Option<String>, source: &Source) -> Option<String> {
    let url = safe_url(url.as_deref()?)?;
    Some(if url.starts_with('#') {
        url
    } else {
        untracked(resolve(source.url, &url))
    })
}

/// Query parameters that only tell a site who sent the reader (Twitter's `ref_src`, Google
/// Analytics' `utm_*`, ad and mailing click ids): the reader writes no link with them.
fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "ref_src"
                | "ref_url"
                | "fbclid"
                | "gclid"
                | "dclid"
                | "gbraid"
                | "wbraid"
                | "msclkid"
                | "twclid"
                | "igshid"
                | "yclid"
                | "mc_cid"
                | "mc_eid"
                | "_hsenc"
                | "_hsmi"
        )
}

/// `url` without its tracking parameters ([`is_tracking`]); the other parameters and the
/// fragment as they were, and no `?` left when none remains.
pub(crate) fn untracked(url: String) -> String {
    let (rest, fragment) = url
        .split_once('#')
        .map_or((url.as_str(), None), |(r, f)| (r, Some(f)));
    let Some((path, query)) = rest.split_once('?') else {
        return url;
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !is_tracking(pair.split('=').next().unwrap_or_default()))
        .collect();
    if kept.len() == query.split('&').count() {
        return url;
    }
    let mut out = path.to_owned();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// The URL in a document's field `key` (a string), kept when safe, resolved against the
/// document's URL.
pub(crate) fn url_of(fields: &Obj, key: &str, source: &Source) -> Read<Option<String>> {
    Ok(safe(fields.string(key)?, source))
}

/// Sanitized markup with its URLs resolved.
pub(crate) fn tree(html: &str, subset: Subset, source: &Source) -> Vec<Node> {
    let mut nodes = sanitize(html, subset);
    resolve_tree(&mut nodes, source.url);
    nodes
}

/// Resolves the (already safe) URLs of a sanitized tree against the document's URL.
fn resolve_tree(nodes: &mut [Node], base: &str) {
    for node in nodes {
        if let Node::Element {
            attrs, children, ..
        } = node
        {
            for attr in attrs.iter_mut() {
                match attr {
                    Attr::Href(url) if !url.starts_with('#') => {
                        *url = untracked(resolve(base, url));
                    }
                    Attr::Src(url) if !url.starts_with('#') => *url = resolve(base, url),
                    _ => {}
                }
            }
            resolve_tree(children, base);
        }
    }
}

/// Trims blank text to nothing; keeps the rest as sent.
pub(crate) fn non_blank(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}
