//! Related stories: Jetpack's related posts, and the category query whose answer (a list of posts)
//! becomes teasers that open in place.

use serde_json::{Map, Value};

use super::fields::{first_category, link, objects, parse_wordpress_date, rendered, terms};
use super::media::featured;
use crate::fault::Fault;
use crate::json::loose::{count, get, object, string};
use crate::json::{DecodeError, Problem};
use crate::normalize::clean::safe;
use crate::normalize::detection::is_post;
use crate::normalize::source::Source;
use crate::sanitize::plain_text;
use crate::story::pick;
use crate::story::{Picture, Teaser};

/// The related stories in a list of posts (what the category query at `relatedSrc` returns):
/// each opens in place through its own REST URL. Elements that are not posts, or have no safe
/// link, are left out; the list is trimmed for the article at `current` as
/// [`related_list`](crate::normalize::related_list) does.
pub(in crate::normalize) fn wordpress_related(
    value: &Value,
    source: &Source,
    current: &[&str],
) -> Result<Vec<Teaser>, Fault> {
    let items = value
        .as_array()
        .ok_or_else(|| DecodeError::new("", Problem::Expected("an array of WordPress posts")))?;
    let teasers = items
        .iter()
        .filter_map(Value::as_object)
        .filter(|post| is_post(post))
        .filter_map(|post| post_teaser(post, source))
        .collect();
    Ok(pick(teasers, current))
}

/// Jetpack's `jetpack-related-posts`, as teasers that open on the site (no REST URL is given).
pub(super) fn jetpack_related(post: &Map<String, Value>, source: &Source) -> Vec<Teaser> {
    objects(post, "jetpack-related-posts")
        .filter_map(|item| {
            let title = plain_text(string(item, "title")?);
            if title.is_empty() {
                return None;
            }
            let image = object(item, "img").and_then(|img| {
                let alt = string(img, "alt_text").unwrap_or_default();
                let picture = Picture::at(string(img, "src").map(str::to_owned), source, alt)?;
                Some(picture.sized(count(img, "width"), count(img, "height")))
            });
            Some(Teaser {
                url: safe(string(item, "url").map(str::to_owned), source)?,
                title,
                src: None,
                section: string(item, "context").and_then(context_section),
                // Jetpack sends a date for display ("30 mai 2024"): kept only when machine-readable.
                published: string(item, "date").and_then(parse_wordpress_date),
                reading_minutes: None,
                image,
            })
        })
        .collect()
}

/// The quoted term in Jetpack's `context` (`In "Politics"`, `Dans « Ville »`); other contexts
/// ("Similar post", "With 3 comments") are not sections.
fn context_section(context: &str) -> Option<String> {
    let text = plain_text(context);
    let pairs = [('"', '"'), ('\u{201C}', '\u{201D}'), ('«', '»'), ('„', '“')];
    pairs.iter().find_map(|(open, close)| {
        let start = text.find(*open)? + open.len_utf8();
        let rest = text.get(start..)?;
        let end = rest.find(*close)?;
        let inner = rest.get(..end)?.trim_matches(|c: char| c.is_whitespace());
        (!inner.is_empty()).then(|| inner.to_owned())
    })
}

/// `<origin>/wp-json/wp/v2/posts?categories=<id>&exclude=<post id>&per_page=6&_embed`, from the
/// post's REST URL (the source's URL when it is one, else `_links.self[0].href`).
pub(super) fn category_query(
    post: &Map<String, Value>,
    source: &Source,
    category: u64,
) -> Option<String> {
    let exclude = get(post, "id")
        .and_then(Value::as_u64)
        .map(|id| format!("&exclude={id}"))
        .unwrap_or_default();
    let query = format!("categories={category}{exclude}&per_page=6&_embed");
    let self_href = self_href(post);
    let rest_url = [Some(source.url), self_href]
        .into_iter()
        .flatten()
        .find(|url| url.contains("/wp-json/") || url.contains("rest_route="))?;
    let url = match rest_url.find("/wp-json/") {
        Some(i) => format!("{}/wp-json/wp/v2/posts?{query}", rest_url.get(..i)?),
        // Sites without pretty permalinks: `https://site/?rest_route=/wp/v2/posts/12`.
        None => {
            let site = rest_url.split(['?', '#']).next().unwrap_or_default();
            format!("{site}?rest_route=/wp/v2/posts&{query}")
        }
    };
    safe(Some(url), source)
}

/// `_links.self[0].href`: the post's own REST URL.
fn self_href(post: &Map<String, Value>) -> Option<&str> {
    let links = object(post, "_links")?;
    let first = get(links, "self")?.as_array()?.first()?.as_object()?;
    string(first, "href")
}

/// A post of a list as a teaser that opens in place through its REST URL (with `_embed`).
fn post_teaser(post: &Map<String, Value>, source: &Source) -> Option<Teaser> {
    let title = plain_text(rendered(post, "title")?);
    if title.is_empty() {
        return None;
    }
    let protected = object(post, "content")
        .and_then(|c| get(c, "protected"))
        .and_then(Value::as_bool)
        == Some(true);
    // A protected post opens on the site, where its password form is.
    let src = self_href(post)
        .filter(|_| !protected)
        .map(|href| {
            if href.contains("_embed") {
                href.to_owned()
            } else if href.contains('?') {
                format!("{href}&_embed")
            } else {
                format!("{href}?_embed")
            }
        })
        .and_then(|href| safe(Some(href), source));
    let embedded = object(post, "_embedded");
    let terms = embedded.map(terms).unwrap_or_default();
    Some(Teaser {
        url: safe(string(post, "link").map(str::to_owned), source)?,
        title,
        src,
        section: first_category(&terms)
            .and_then(|term| link(term, source))
            .map(|l| l.label),
        published: ["date_gmt", "date"]
            .iter()
            .find_map(|key| string(post, key))
            .and_then(parse_wordpress_date),
        reading_minutes: None,
        image: embedded
            .and_then(|e| objects(e, "wp:featuredmedia").next())
            .and_then(|media| featured(media, source, false)),
    })
}
