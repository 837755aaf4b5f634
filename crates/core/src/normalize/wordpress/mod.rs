//! WordPress REST posts (`/wp-json/wp/v2/posts/<id>?_embed`, or a list of them) → render model.
//!
//! A post is told from other documents by [`detection`](super::detection); [`fields`] reads the
//! post's JSON,
//! [`media`] its images and [`people`] its authors; the body is Gutenberg markup cut into blocks
//! by [`markup`](super::markup); [`related`] finds related stories. Every piece of markup still
//! goes through the sanitizer and every URL through [`safe`]. The post is read leniently
//! ([`crate::json::loose`]): a field of the wrong type counts as absent.

mod fields;
mod media;
mod people;
mod related;

use serde_json::{Map, Value};

use super::clean::{non_blank, safe};
use super::markup::body;
use super::source::Source;
use crate::json::loose::{get, object, string};
use crate::json::{DecodeError, Problem};
use crate::sanitize::plain_text;
use crate::story::Draft;
use crate::story::Format;
use fields::{
    date, excerpt, first_category, is_automatic_excerpt, link, objects, post_id, rendered, terms,
};
use media::featured;
use people::person;
use related::{category_query, jetpack_related};

pub(super) use related::wordpress_related;

/// Builds the render model of a WordPress post found at `path` (`""` or `"[0]"`). The post has no
/// language: the source's fallback is used. Relative URLs resolve against the source's URL, the
/// URL the post came from.
pub(super) fn from_post(
    post: &Map<String, Value>,
    path: &str,
    source: &Source,
) -> Result<Draft, DecodeError> {
    if object(post, "content")
        .and_then(|c| get(c, "protected"))
        .and_then(Value::as_bool)
        == Some(true)
    {
        return Err(DecodeError::at(
            path,
            "content.protected",
            Problem::PasswordProtected,
        ));
    }
    let published = date(post, path, "date_gmt", "date")?
        .ok_or_else(|| DecodeError::at(path, "date_gmt", Problem::Missing))?;
    let updated = date(post, path, "modified_gmt", "modified")?
        .filter(|updated| updated.epoch_ms > published.epoch_ms);
    let lang = source.fallback_lang.to_owned();
    let body = body(rendered(post, "content").unwrap_or_default(), source);
    // A theme prints an excerpt on a single post only when the author wrote one.
    let standfirst = non_blank(rendered(post, "excerpt").map(excerpt))
        .filter(|standfirst| !is_automatic_excerpt(standfirst, &body));
    let canonical = safe(string(post, "link").map(str::to_owned), source);
    let embedded = object(post, "_embedded");
    let terms = embedded.map(terms).unwrap_or_default();
    let category = first_category(&terms);
    let section = category.map(|term| link(term, source));
    // The other categories lead the tags (the contract has one section): every category shows.
    let is = |term: &Map<String, Value>, taxonomy| string(term, "taxonomy") == Some(taxonomy);
    let tags = terms
        .iter()
        .filter(|term| {
            is(term, "category")
                && string(term, "slug") != Some("uncategorized")
                && category.is_none_or(|section| !std::ptr::eq(**term, section))
        })
        .chain(terms.iter().filter(|term| is(term, "post_tag")))
        .filter_map(|term| link(term, source))
        .collect();
    let related = jetpack_related(post, source);
    let related_src = if related.is_empty() {
        // With embedded terms, only a real (not "uncategorized") category; without, the first id.
        let category_id = match embedded.and_then(|e| get(e, "wp:term")) {
            Some(_) => category
                .and_then(|term| get(term, "id"))
                .and_then(Value::as_u64),
            None => get(post, "categories")
                .and_then(Value::as_array)
                .and_then(|ids| ids.first())
                .and_then(Value::as_u64),
        };
        category_id.and_then(|id| category_query(post, source, id))
    } else {
        None
    };
    Ok(Draft {
        format: Format::WordPress,
        id: post_id(post),
        url: canonical,
        dir: None,
        lang,
        section: section.flatten(),
        title: plain_text(rendered(post, "title").unwrap_or_default()),
        title_from_text: false,
        standfirst,
        published,
        updated,
        authors: embedded
            .map(|e| {
                objects(e, "author")
                    .filter_map(|a| person(a, source))
                    .collect()
            })
            .unwrap_or_default(),
        image: embedded
            .and_then(|e| objects(e, "wp:featuredmedia").next())
            .and_then(|media| featured(media, source, true)),
        body,
        credit: None,
        minutes: None,
        tags,
        related,
        related_src,
    })
}
