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
        resolve(source.url, &url)
    })
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
                if let Attr::Href(url) | Attr::Src(url) = attr {
                    if !url.starts_with('#') {
                        *url = resolve(base, url);
                    }
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
