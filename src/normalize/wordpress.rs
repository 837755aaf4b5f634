//! WordPress REST posts (`/wp-json/wp/v2/posts/<id>?_embed`, or a list of them) → render model.
//!
//! A post's `content.rendered` is Gutenberg output: one element per block at the top level, the
//! block's kind in its `class`. The sanitizer drops `class`, so the top-level markup is first
//! split into its elements by a small scanner that follows the sanitizer's tokenizer where it
//! matters (tags, quoted attributes, comments, raw-text elements); each element's class picks the
//! block, and every piece of markup still goes through [`sanitize`] and every URL through
//! [`safe`]. The scanner only decides where pieces start and end: it never lets markup through.

use serde_json::{Map, Value};

use super::{
    non_blank, pick, reading_matter, resolve_tree, safe, Block, LinkOut, Person, Picture, Story,
    Teaser,
};
use crate::fault::Fault;
use crate::logic::lang::direction_of;
use crate::logic::reading_time::reading_minutes;
use crate::logic::time::{parse_naive_utc, parse_rfc3339, Timestamp};
use crate::model::{DecodeError, Problem};
use crate::sanitize::{decode_entities, plain_text, sanitize, Node, Subset, Tag};

/// What the reader is told a document should have been when it is neither shape.
pub const NOT_AN_ARTICLE: &str = "an article (contract v1) or a WordPress post";

/// What the reader is told about an empty list of posts.
pub const NO_POST: &str = "a WordPress post (the list is empty)";

/// The two documents a reader accepts, told apart before decoding.
pub(super) enum Shape<'a> {
    /// A contract v1 article (or something close enough that its errors should name fields).
    Contract,
    /// A WordPress post, and the JSON path that leads to it (`""`, or `"[0]"` in a list).
    Post(&'a Map<String, Value>, &'static str),
    /// Neither: the problem to report at the document's path.
    Neither(Problem),
}

/// Which document this is. A post is an object with `title.rendered` and `content.rendered` (or
/// `content.protected`), or a list whose first element is one. Any other object that has one of
/// the contract's own fields (`version`, `body`, `published`, a string `title`) is decoded as a
/// contract article, so that its errors keep naming the offending field.
pub(super) fn shape(value: &Value) -> Shape<'_> {
    match value {
        Value::Object(map) if is_post(map) => Shape::Post(map, ""),
        Value::Object(map) if is_contract_like(map) => Shape::Contract,
        Value::Array(items) => match items.first() {
            None => Shape::Neither(Problem::Expected(NO_POST)),
            Some(Value::Object(map)) if is_post(map) => Shape::Post(map, "[0]"),
            Some(_) => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
        },
        _ => Shape::Neither(Problem::Expected(NOT_AN_ARTICLE)),
    }
}

/// Whether `value` is a list with at least one post in it (a category query's answer).
pub(super) fn is_post_list(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().filter_map(Value::as_object).any(is_post))
}

fn is_post(map: &Map<String, Value>) -> bool {
    let content = object(map, "content");
    rendered(map, "title").is_some()
        && content.is_some_and(|c| {
            string(c, "rendered").is_some() || get(c, "protected").is_some_and(Value::is_boolean)
        })
}

fn is_contract_like(map: &Map<String, Value>) -> bool {
    ["version", "body", "published"]
        .iter()
        .any(|key| map.contains_key(*key))
        || string(map, "title").is_some()
}

/// Builds the render model of a WordPress post found at `path` (`""` or `"[0]"`). The post has no
/// language: `fallback_lang` is used. Relative URLs resolve against `base`, the URL the post came
/// from.
pub(super) fn from_post(
    post: &Map<String, Value>,
    path: &str,
    fallback_lang: &str,
    base: &str,
) -> Result<Story, DecodeError> {
    if object(post, "content")
        .and_then(|c| get(c, "protected"))
        .and_then(Value::as_bool)
        == Some(true)
    {
        return Err(error(path, "content.protected", Problem::PasswordProtected));
    }
    let published = date(post, path, "date_gmt", "date")?
        .ok_or_else(|| error(path, "date_gmt", Problem::Missing))?;
    let updated = date(post, path, "modified_gmt", "modified")?
        .filter(|updated| updated.epoch_ms > published.epoch_ms);
    let lang = fallback_lang.to_owned();
    let body = body(rendered(post, "content").unwrap_or_default(), base);
    let (body_chars, images) = reading_matter(&body);
    let reading = reading_minutes(body_chars, images, &lang);
    let canonical = safe(string(post, "link").map(str::to_owned), base);
    let embedded = object(post, "_embedded");
    let terms = embedded.map(terms).unwrap_or_default();
    let category = first_category(&terms);
    let section = category.map(|term| link(term, base));
    let tags = terms
        .iter()
        .filter(|term| string(term, "taxonomy") == Some("post_tag"))
        .filter_map(|term| link(term, base))
        .collect();
    let related = pick(
        jetpack_related(post, base),
        &[base, canonical.as_deref().unwrap_or(base)],
    );
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
        category_id.and_then(|id| category_query(post, base, id))
    } else {
        None
    };
    Ok(Story {
        id: post_id(post),
        url: canonical,
        dir: direction_of(&lang),
        lang,
        section: section.flatten(),
        title: plain_text(rendered(post, "title").unwrap_or_default()),
        standfirst: non_blank(rendered(post, "excerpt").map(excerpt)),
        published,
        updated,
        authors: embedded
            .map(|e| {
                objects(e, "author")
                    .filter_map(|a| person(a, base))
                    .collect()
            })
            .unwrap_or_default(),
        image: embedded
            .and_then(|e| objects(e, "wp:featuredmedia").next())
            .and_then(|media| featured(media, base, true)),
        body,
        credit: None,
        reading,
        body_chars,
        tags,
        related,
        related_src,
    })
}

/// The related stories in a list of posts (what the category query at `relatedSrc` returns):
/// each opens in place through its own REST URL. Elements that are not posts, or have no safe
/// link, are left out; the list is trimmed for the article at `current` as
/// [`related_list`](super::related_list) does.
pub(super) fn wordpress_related(
    value: &Value,
    base: &str,
    current: &[&str],
) -> Result<Vec<Teaser>, Fault> {
    let items = value.as_array().ok_or_else(|| DecodeError {
        path: String::new(),
        problem: Problem::Expected("an array of WordPress posts"),
    })?;
    let teasers = items
        .iter()
        .filter_map(Value::as_object)
        .filter(|post| is_post(post))
        .filter_map(|post| post_teaser(post, base))
        .collect();
    Ok(pick(teasers, current))
}

// ---------------------------------------------------------------------------------------------
// JSON fields

/// A field's value; `null` counts as absent.
fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn object<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Map<String, Value>> {
    get(map, key)?.as_object()
}

fn string<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    get(map, key)?.as_str()
}

/// `key.rendered`: the HTML WordPress renders for a field.
fn rendered<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    string(object(map, key)?, "rendered")
}

/// The objects of an array field, minus the error objects (`code: rest_forbidden`...) that
/// `_embedded` holds in place of what the request may not see.
fn objects<'a>(
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

/// A positive whole number (sizes).
fn count(map: &Map<String, Value>, key: &str) -> Option<u32> {
    get(map, key)?
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
}

fn error(prefix: &str, key: &str, problem: Problem) -> DecodeError {
    DecodeError {
        path: if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        },
        problem,
    }
}

/// `gmt` (UTC without a zone), else `local` (the site's time, read as UTC); `None` when both are
/// absent, an error naming the field when the one present does not parse.
fn date(
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
            error(
                prefix,
                key,
                Problem::Expected("a date-time like 2024-04-03T17:12:00"),
            )
        })
}

/// A WordPress date (`2024-04-03T17:12:00`, UTC) or, from plugins, an RFC 3339 one.
fn parse_wordpress_date(text: &str) -> Option<Timestamp> {
    parse_naive_utc(text).or_else(|| parse_rfc3339(text))
}

fn post_id(post: &Map<String, Value>) -> String {
    match get(post, "id") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => string(post, "slug").unwrap_or_default().to_owned(),
    }
}

/// `_embedded["wp:term"]`: an array of arrays of terms, one per taxonomy.
fn terms(embedded: &Map<String, Value>) -> Vec<&Map<String, Value>> {
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
fn first_category<'a>(terms: &[&'a Map<String, Value>]) -> Option<&'a Map<String, Value>> {
    terms.iter().copied().find(|term| {
        string(term, "taxonomy") == Some("category")
            && string(term, "slug") != Some("uncategorized")
    })
}

/// A term as a label (term names arrive HTML-escaped) with its archive link.
fn link(term: &Map<String, Value>, base: &str) -> Option<LinkOut> {
    let label = plain_text(string(term, "name")?);
    (!label.is_empty()).then(|| LinkOut {
        label,
        url: safe(string(term, "link").map(str::to_owned), base),
    })
}

/// The excerpt as plain text, without the "Continue reading" link themes append to it.
fn excerpt(html: &str) -> String {
    let more = StartTags::new(html).find(|(_, tag)| tag.name == "a" && has_class(tag, "more-link"));
    plain_text(
        more.and_then(|(start, _)| html.get(..start))
            .unwrap_or(html),
    )
}

/// An embedded user.
fn person(user: &Map<String, Value>, base: &str) -> Option<Person> {
    let name = string(user, "name")?.trim();
    if name.is_empty() {
        return None;
    }
    Some(Person {
        name: name.to_owned(),
        bio: non_blank(string(user, "description").map(plain_text)),
        url: safe(string(user, "link").map(str::to_owned), base),
        avatar: avatar(user, base),
    })
}

/// The largest of `avatar_urls` (keyed by size in pixels); avatars are square and decorative.
fn avatar(user: &Map<String, Value>, base: &str) -> Option<Picture> {
    let (size, url) = object(user, "avatar_urls")?
        .iter()
        .filter_map(|(size, url)| Some((size.parse::<u32>().ok()?, url.as_str()?)))
        .max_by_key(|(size, _)| *size)?;
    let size = Some(size).filter(|s| (1..=MAX_DIMENSION).contains(s));
    Some(Picture {
        src: safe(Some(url.to_owned()), base)?,
        alt: String::new(),
        caption: None,
        credit: None,
        width: size,
        height: size,
    })
}

/// An embedded attachment as an image (the lead image, or a teaser's without caption).
fn featured(media: &Map<String, Value>, base: &str, with_caption: bool) -> Option<Picture> {
    if string(media, "media_type").is_some_and(|t| t != "image") {
        return None;
    }
    let details = object(media, "media_details");
    Some(Picture {
        src: safe(string(media, "source_url").map(str::to_owned), base)?,
        alt: string(media, "alt_text").unwrap_or_default().to_owned(),
        caption: with_caption
            .then(|| non_blank(rendered(media, "caption").map(plain_text)))
            .flatten(),
        credit: with_caption
            .then(|| {
                non_blank(
                    details
                        .and_then(|d| object(d, "image_meta"))
                        .and_then(|meta| string(meta, "credit"))
                        .map(str::to_owned),
                )
            })
            .flatten(),
        width: details.and_then(|d| count(d, "width")),
        height: details.and_then(|d| count(d, "height")),
    })
}

// ---------------------------------------------------------------------------------------------
// Related stories

/// Jetpack's `jetpack-related-posts`, as teasers that open on the site (no REST URL is given).
fn jetpack_related(post: &Map<String, Value>, base: &str) -> Vec<Teaser> {
    objects(post, "jetpack-related-posts")
        .filter_map(|item| {
            let title = plain_text(string(item, "title")?);
            if title.is_empty() {
                return None;
            }
            let image = object(item, "img").and_then(|img| {
                Some(Picture {
                    src: safe(string(img, "src").map(str::to_owned), base)?,
                    alt: string(img, "alt_text").unwrap_or_default().to_owned(),
                    caption: None,
                    credit: None,
                    width: count(img, "width"),
                    height: count(img, "height"),
                })
            });
            Some(Teaser {
                url: safe(string(item, "url").map(str::to_owned), base)?,
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
/// post's REST URL (`base` when it is one, else `_links.self[0].href`).
fn category_query(post: &Map<String, Value>, base: &str, category: u64) -> Option<String> {
    let exclude = get(post, "id")
        .and_then(Value::as_u64)
        .map(|id| format!("&exclude={id}"))
        .unwrap_or_default();
    let query = format!("categories={category}{exclude}&per_page=6&_embed");
    let self_href = self_href(post);
    let rest_url = [Some(base), self_href]
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
    safe(Some(url), base)
}

/// `_links.self[0].href`: the post's own REST URL.
fn self_href(post: &Map<String, Value>) -> Option<&str> {
    let links = object(post, "_links")?;
    let first = get(links, "self")?.as_array()?.first()?.as_object()?;
    string(first, "href")
}

/// A post of a list as a teaser that opens in place through its REST URL (with `_embed`).
fn post_teaser(post: &Map<String, Value>, base: &str) -> Option<Teaser> {
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
        .and_then(|href| safe(Some(href), base));
    let embedded = object(post, "_embedded");
    let terms = embedded.map(terms).unwrap_or_default();
    Some(Teaser {
        url: safe(string(post, "link").map(str::to_owned), base)?,
        title,
        src,
        section: first_category(&terms)
            .and_then(|term| link(term, base))
            .map(|l| l.label),
        published: ["date_gmt", "date"]
            .iter()
            .find_map(|key| string(post, key))
            .and_then(parse_wordpress_date),
        reading_minutes: None,
        image: embedded
            .and_then(|e| objects(e, "wp:featuredmedia").next())
            .and_then(|media| featured(media, base, false)),
    })
}

// ---------------------------------------------------------------------------------------------
// Gutenberg markup → blocks

/// The body blocks of `content.rendered`.
fn body(html: &str, base: &str) -> Vec<Block> {
    pieces(html, &[])
        .into_iter()
        .filter_map(|piece| block(piece, base))
        .collect()
}

fn block(piece: Piece<'_>, base: &str) -> Option<Block> {
    let (tag, outer, inner) = match piece {
        Piece::Loose(html) => return paragraph(html, base),
        Piece::Element { tag, outer, inner } => (tag, outer, inner),
    };
    match tag.name.as_str() {
        "p" => paragraph(inner, base),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => heading(&tag.name, inner),
        "blockquote" => quote(inner, base),
        "ul" | "ol" => list(tag.name == "ol", outer, inner, base),
        "figure" | "div" if has_class(&tag, "wp-block-image") || has_class(&tag, "wp-caption") => {
            figure(inner, base)
        }
        "figure" if has_class(&tag, "wp-block-embed") => embed(&tag, inner, base),
        "figure" if has_class(&tag, "wp-block-video") || has_class(&tag, "wp-block-audio") => {
            media(inner, base)
        }
        "figure" if has_class(&tag, "wp-block-pullquote") => {
            let (_, _, quoted) = find_element(inner, "blockquote")?;
            quote(quoted, base)
        }
        _ => rich(outer, base),
    }
}

/// Sanitized markup with its URLs resolved.
fn tree(html: &str, subset: Subset, base: &str) -> Vec<Node> {
    let mut nodes = sanitize(html, subset);
    resolve_tree(&mut nodes, base);
    nodes
}

/// Whether a tree shows nothing: no text but whitespace, no image, no rule.
fn is_blank(nodes: &[Node]) -> bool {
    let mut stack = vec![nodes.iter()];
    while let Some(level) = stack.last_mut() {
        match level.next() {
            None => {
                stack.pop();
            }
            Some(Node::Text(text)) => {
                if !text.trim().is_empty() {
                    return false;
                }
            }
            Some(Node::Element {
                tag: Tag::Img | Tag::Hr,
                ..
            }) => return false,
            Some(Node::Element { children, .. }) => stack.push(children.iter()),
        }
    }
    true
}

fn paragraph(html: &str, base: &str) -> Option<Block> {
    let nodes = tree(html, Subset::Inline, base);
    (!is_blank(&nodes)).then_some(Block::Paragraph(nodes))
}

fn rich(html: &str, base: &str) -> Option<Block> {
    let nodes = tree(html, Subset::Rich, base);
    (!is_blank(&nodes)).then_some(Block::Rich(nodes))
}

/// `h1` → 2 (the article title is the page's `h1`), `h2`–`h4` as they are, `h5`/`h6` → 4.
fn heading(name: &str, inner: &str) -> Option<Block> {
    let level = match name {
        "h3" => 3,
        "h4" | "h5" | "h6" => 4,
        _ => 2,
    };
    let text = plain_text(inner);
    (!text.is_empty()).then_some(Block::Heading { level, text })
}

/// A quote's paragraphs as inline content (a line break between them) and its `cite`.
fn quote(inner: &str, base: &str) -> Option<Block> {
    let mut content: Vec<Node> = Vec::new();
    let mut cite = None;
    for piece in pieces(inner, &["cite"]) {
        let html = match piece {
            Piece::Element { tag, inner, .. } if tag.name == "cite" => {
                cite = cite.or_else(|| non_blank(Some(plain_text(inner))));
                continue;
            }
            Piece::Element { outer, .. } => outer,
            Piece::Loose(html) => html,
        };
        let nodes = tree(html, Subset::Inline, base);
        if is_blank(&nodes) {
            continue;
        }
        if !content.is_empty() {
            content.push(Node::Element {
                tag: Tag::Br,
                attrs: Vec::new(),
                children: Vec::new(),
            });
        }
        content.extend(nodes);
    }
    if content.is_empty() && cite.is_none() {
        return None;
    }
    Some(Block::Quote { content, cite })
}

/// A list of inline items; a list with nested lists keeps its structure as rich markup.
fn list(ordered: bool, outer: &str, inner: &str, base: &str) -> Option<Block> {
    if StartTags::new(inner).any(|(_, tag)| matches!(tag.name.as_str(), "ul" | "ol")) {
        return rich(outer, base);
    }
    let items: Vec<Vec<Node>> = pieces(inner, &[])
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Element { tag, inner, .. } if tag.name == "li" => {
                Some(tree(inner, Subset::Inline, base))
            }
            _ => None,
        })
        .filter(|item| !is_blank(item))
        .collect();
    (!items.is_empty()).then_some(Block::List { ordered, items })
}

/// An image block: its first image with a safe source (lazy-loading plugins move it to
/// `data-src`), its caption. Without a safe image it is left out, as in the contract.
fn figure(inner: &str, base: &str) -> Option<Block> {
    let (_, img) = StartTags::new(inner).find(|(_, tag)| tag.name == "img")?;
    let src = ["src", "data-src", "data-lazy-src"]
        .iter()
        .filter_map(|name| attr(&img, name))
        .find_map(|url| safe(Some(url.to_owned()), base).filter(|u| !u.starts_with('#')))?;
    Some(Block::Figure(Picture {
        src,
        alt: attr(&img, "alt").unwrap_or_default().to_owned(),
        caption: caption(inner),
        credit: None,
        width: attr(&img, "width").and_then(dimension),
        height: attr(&img, "height").and_then(dimension),
    }))
}

fn caption(inner: &str) -> Option<String> {
    let (_, _, text) = find_element(inner, "figcaption")?;
    non_blank(Some(plain_text(text)))
}

/// An embed block as a link card: the URL WordPress keeps as the wrapper's text, else the
/// oEmbed iframe's source, else the last link of the oEmbed markup (tweets, posts).
fn embed(figure: &RawTag, inner: &str, base: &str) -> Option<Block> {
    let wrapper = StartTags::new(inner)
        .find(|(_, tag)| has_class(tag, "wp-block-embed__wrapper"))
        .and_then(|(start, tag)| {
            let (inner_end, _) = extent(inner, &tag);
            inner
                .get(tag.end.min(inner_end)..inner_end)
                .or(inner.get(start..))
        })
        .unwrap_or(inner);
    let text = plain_text(wrapper);
    let iframe = StartTags::new(wrapper)
        .find(|(_, tag)| tag.name == "iframe")
        .map(|(_, tag)| tag);
    let last_link = StartTags::new(wrapper)
        .filter(|(_, tag)| tag.name == "a")
        .filter_map(|(_, tag)| attr(&tag, "href").map(str::to_owned))
        .last();
    let text_url = (!text.is_empty() && !text.contains(char::is_whitespace)).then_some(text);
    let url = [
        text_url,
        iframe
            .as_ref()
            .and_then(|t| attr(t, "src"))
            .map(str::to_owned),
        last_link,
    ]
    .into_iter()
    .flatten()
    .find_map(|url| safe(Some(url), base).filter(|u| !u.starts_with('#')))?;
    let title = iframe
        .as_ref()
        .and_then(|t| attr(t, "title"))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .or_else(|| caption(inner));
    Some(Block::Embed {
        url,
        title,
        provider: provider(figure),
    })
}

/// A video or audio block as a link card to the file (no player runs), titled by its caption.
fn media(inner: &str, base: &str) -> Option<Block> {
    let url = StartTags::new(inner)
        .filter(|(_, tag)| matches!(tag.name.as_str(), "video" | "audio" | "source"))
        .filter_map(|(_, tag)| attr(&tag, "src").map(str::to_owned))
        .find_map(|url| safe(Some(url), base).filter(|u| !u.starts_with('#')))?;
    Some(Block::Embed {
        url,
        title: caption(inner),
        provider: None,
    })
}

/// The provider named by an embed's classes (`is-provider-youtube`, `wp-block-embed-youtube`).
fn provider(figure: &RawTag) -> Option<String> {
    let classes = attr(figure, "class")?;
    let slug = |prefix: &str| {
        classes
            .split_ascii_whitespace()
            .filter_map(|class| class.strip_prefix(prefix))
            .find(|slug| {
                !slug.is_empty()
                    && slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
    };
    let slug = slug("is-provider-").or_else(|| slug("wp-block-embed-"))?;
    Some(provider_name(slug))
}

/// How a provider spells its name; an unknown slug gets its words capitalized.
fn provider_name(slug: &str) -> String {
    const NAMES: [(&str, &str); 24] = [
        ("youtube", "YouTube"),
        ("vimeo", "Vimeo"),
        ("dailymotion", "Dailymotion"),
        ("twitter", "Twitter"),
        ("x", "X"),
        ("bluesky", "Bluesky"),
        ("mastodon", "Mastodon"),
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("tiktok", "TikTok"),
        ("reddit", "Reddit"),
        ("tumblr", "Tumblr"),
        ("pinterest", "Pinterest"),
        ("spotify", "Spotify"),
        ("soundcloud", "SoundCloud"),
        ("mixcloud", "Mixcloud"),
        ("pocket-casts", "Pocket Casts"),
        ("flickr", "Flickr"),
        ("imgur", "Imgur"),
        ("smugmug", "SmugMug"),
        ("ted", "TED"),
        ("wordpress", "WordPress"),
        ("wordpress-tv", "WordPress.tv"),
        ("videopress", "VideoPress"),
    ];
    if let Some((_, name)) = NAMES.iter().find(|(known, _)| *known == slug) {
        return (*name).to_owned();
    }
    slug.split('-')
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Largest accepted image width or height (as the sanitizer's).
const MAX_DIMENSION: u32 = 10_000;

/// An image dimension attribute: digits only, 1 to [`MAX_DIMENSION`].
fn dimension(value: &str) -> Option<u32> {
    let digits = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_DIMENSION).contains(n))
}

// ---------------------------------------------------------------------------------------------
// The block scanner: where the top-level elements of a fragment start and end.
//
// Positions only ever land on ASCII delimiters (or the ends), so every slice is on a character
// boundary; slicing still goes through `get`. Every step moves forward, and nothing recurses on
// the input's depth.

/// Elements whose content is raw text up to their end tag (as in the sanitizer's tokenizer).
const RAW_TEXT: [&str; 8] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
];

/// Elements that never have content.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Start tags that end an open `p` (as in a browser).
const CLOSES_P: [&str; 28] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Phrasing elements: at the top level they, and the text around them, make one paragraph.
const PHRASING: [&str; 27] = [
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// A tag as the scanner reads it.
struct RawTag {
    /// Lowercase name.
    name: String,
    /// Lowercase names, values with their character references decoded.
    attrs: Vec<(String, String)>,
    /// Just after the tag's `>`.
    end: usize,
}

fn attr<'t>(tag: &'t RawTag, name: &str) -> Option<&'t str> {
    tag.attrs
        .iter()
        .find(|(attr, _)| attr == name)
        .map(|(_, value)| value.as_str())
}

fn has_class(tag: &RawTag, class: &str) -> bool {
    attr(tag, "class").is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == class))
}

/// What the input holds at a `<`.
enum Mark {
    Start(RawTag),
    End(RawTag),
    /// A comment, a declaration or `</>`, ending before this index.
    Skip(usize),
    /// Not markup: the `<` is text.
    Text,
}

/// A top-level piece of a fragment.
enum Piece<'a> {
    /// An element, its whole markup and its content.
    Element {
        tag: RawTag,
        outer: &'a str,
        inner: &'a str,
    },
    /// A run of text and phrasing elements.
    Loose(&'a str),
}

/// The top-level pieces of a fragment. Names in `alone` are never merged into a loose run.
fn pieces<'a>(src: &'a str, alone: &[&str]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let extend = |run: &mut Option<(usize, usize)>, from: usize, to: usize| {
        *run = Some(run.map_or((from, to), |(start, _)| (start, to)));
    };
    let flush = |run: &mut Option<(usize, usize)>, out: &mut Vec<Piece<'a>>| {
        if let Some((start, end)) = run.take() {
            if let Some(html) = src.get(start..end) {
                out.push(Piece::Loose(html));
            }
        }
    };
    let mut i = 0;
    while i < src.len() {
        let Some(lt) = find_lt(src, i) else {
            if run.is_some() || !is_blank_text(src.get(i..).unwrap_or_default()) {
                extend(&mut run, i, src.len());
            }
            break;
        };
        if lt > i && (run.is_some() || !is_blank_text(src.get(i..lt).unwrap_or_default())) {
            extend(&mut run, i, lt);
        }
        match mark_at(src, lt) {
            Mark::Text => {
                extend(&mut run, lt, lt + 1);
                i = lt + 1;
            }
            Mark::Skip(end) => i = end,
            Mark::End(tag) => {
                if run.is_some() && is_phrasing(&tag.name, alone) {
                    extend(&mut run, lt, tag.end);
                }
                i = tag.end;
            }
            Mark::Start(tag) if is_phrasing(&tag.name, alone) => {
                extend(&mut run, lt, tag.end);
                i = tag.end;
            }
            Mark::Start(tag) => {
                flush(&mut run, &mut out);
                let (inner_end, outer_end) = extent(src, &tag);
                let outer = src.get(lt..outer_end).unwrap_or_default();
                let inner = src
                    .get(tag.end.min(inner_end)..inner_end)
                    .unwrap_or_default();
                i = outer_end.max(tag.end);
                out.push(Piece::Element { tag, outer, inner });
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn is_phrasing(name: &str, alone: &[&str]) -> bool {
    PHRASING.contains(&name) && !alone.contains(&name)
}

fn is_blank_text(text: &str) -> bool {
    text.bytes().all(is_space)
}

/// Where the element opened by `tag` ends: (end of its content, end of its end tag). An element
/// left open runs to the end of the input.
fn extent(src: &str, tag: &RawTag) -> (usize, usize) {
    let name = tag.name.as_str();
    if let Some(end) = raw_text_extent(src, tag) {
        return end;
    }
    if VOID.contains(&name) {
        return (tag.end, tag.end);
    }
    let mut depth = 1usize;
    let mut i = tag.end;
    while let Some(lt) = find_lt(src, i) {
        match mark_at(src, lt) {
            Mark::Start(open) => {
                if name == "p" && CLOSES_P.contains(&open.name.as_str()) {
                    return (lt, lt);
                }
                if open.name == name {
                    depth += 1;
                }
                i = raw_text_extent(src, &open).map_or(open.end, |(_, end)| end);
            }
            Mark::End(close) => {
                if close.name == name {
                    depth -= 1;
                    if depth == 0 {
                        return (lt, close.end);
                    }
                }
                i = close.end;
            }
            Mark::Skip(end) => i = end,
            Mark::Text => i = lt + 1,
        }
    }
    (src.len(), src.len())
}

/// The extent of a raw-text element (`script`, `iframe`...) or `plaintext`; `None` for others.
fn raw_text_extent(src: &str, tag: &RawTag) -> Option<(usize, usize)> {
    if tag.name == "plaintext" {
        return Some((src.len(), src.len()));
    }
    if !RAW_TEXT.contains(&tag.name.as_str()) {
        return None;
    }
    let close = raw_text_end(src, tag.end, &tag.name);
    let end = match mark_at(src, close) {
        Mark::End(end) => end.end,
        _ => src.len(),
    };
    Some((close, end.max(close)))
}

/// The index of the `</name` that ends raw text starting at `from` (or the end of input).
fn raw_text_end(src: &str, from: usize, name: &str) -> usize {
    let bytes = src.as_bytes();
    let mut search = from;
    while let Some(lt) = src.get(search..).and_then(|rest| rest.find("</")) {
        let lt = lt + search;
        let name_end = lt + 2 + name.len();
        let same_name = bytes
            .get(lt + 2..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        let delimited = bytes
            .get(name_end)
            .is_some_and(|b| is_space(*b) || *b == b'/' || *b == b'>');
        if same_name && delimited {
            return lt;
        }
        search = lt + 2;
    }
    src.len()
}

/// The first element named `name` anywhere in a fragment: its tag, whole markup and content.
fn find_element<'a>(src: &'a str, name: &str) -> Option<(RawTag, &'a str, &'a str)> {
    let (start, tag) = StartTags::new(src).find(|(_, tag)| tag.name == name)?;
    let (inner_end, outer_end) = extent(src, &tag);
    let outer = src.get(start..outer_end)?;
    let inner = src.get(tag.end.min(inner_end)..inner_end)?;
    Some((tag, outer, inner))
}

/// Every start tag of a fragment, in order, with the index of its `<` (raw text is skipped).
struct StartTags<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> StartTags<'a> {
    fn new(src: &'a str) -> Self {
        StartTags { src, pos: 0 }
    }
}

impl Iterator for StartTags<'_> {
    type Item = (usize, RawTag);

    fn next(&mut self) -> Option<(usize, RawTag)> {
        loop {
            let lt = find_lt(self.src, self.pos)?;
            match mark_at(self.src, lt) {
                Mark::Start(tag) => {
                    self.pos = raw_text_extent(self.src, &tag).map_or(tag.end, |(_, end)| end);
                    return Some((lt, tag));
                }
                Mark::End(tag) => self.pos = tag.end,
                Mark::Skip(end) => self.pos = end,
                Mark::Text => self.pos = lt + 1,
            }
        }
    }
}

/// The index of the next `<` at or after `from`.
fn find_lt(src: &str, from: usize) -> Option<usize> {
    let offset = src
        .as_bytes()
        .get(from..)?
        .iter()
        .position(|b| *b == b'<')?;
    Some(from + offset)
}

/// What starts at the `<` at `lt`. Every `Skip` and tag ends after `lt + 1`.
fn mark_at(src: &str, lt: usize) -> Mark {
    let bytes = src.as_bytes();
    match bytes.get(lt + 1) {
        Some(b'!') => Mark::Skip(declaration_end(src, lt + 2)),
        Some(b'?') => Mark::Skip(bogus_comment_end(src, lt + 2)),
        Some(b'/') => match bytes.get(lt + 2) {
            Some(b) if b.is_ascii_alphabetic() => match read_tag(src, lt + 2) {
                Some(tag) => Mark::End(tag),
                None => Mark::Skip(src.len()),
            },
            Some(b'>') => Mark::Skip(lt + 3),
            Some(_) => Mark::Skip(bogus_comment_end(src, lt + 2)),
            None => Mark::Text,
        },
        Some(b) if b.is_ascii_alphabetic() => match read_tag(src, lt + 1) {
            Some(tag) => Mark::Start(tag),
            None => Mark::Skip(src.len()),
        },
        _ => Mark::Text,
    }
}

/// After `<!`: a comment, or a doctype / CDATA / other declaration read as a bogus comment.
fn declaration_end(src: &str, from: usize) -> usize {
    if src.get(from..).is_some_and(|rest| rest.starts_with("--")) {
        comment_end(src, from + 2)
    } else {
        bogus_comment_end(src, from)
    }
}

/// After `<!--`: the end of the comment (`-->`, `--!>`, or the abrupt `<!-->` / `<!--->`).
fn comment_end(src: &str, from: usize) -> usize {
    let bytes = src.as_bytes();
    if bytes.get(from) == Some(&b'>') {
        return from + 1;
    }
    if bytes.get(from..from + 2) == Some(b"->") {
        return from + 2;
    }
    let mut search = from;
    while let Some(found) = src.get(search..).and_then(|rest| rest.find("--")) {
        let dashes = search + found;
        match (bytes.get(dashes + 2), bytes.get(dashes + 3)) {
            (Some(b'>'), _) => return dashes + 3,
            (Some(b'!'), Some(b'>')) => return dashes + 4,
            _ => search = dashes + 1,
        }
    }
    src.len()
}

/// A bogus comment runs to the next `>` (or the end of input).
fn bogus_comment_end(src: &str, from: usize) -> usize {
    src.get(from..)
        .and_then(|rest| rest.find('>'))
        .map_or(src.len(), |gt| from + gt + 1)
}

/// A tag's name and attributes from its first letter; `None` if the input ends inside it.
fn read_tag(src: &str, from: usize) -> Option<RawTag> {
    let bytes = src.as_bytes();
    let name_end = scan_until(bytes, from, |b| is_space(b) || b == b'/' || b == b'>');
    let name = src.get(from..name_end)?.to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut i = name_end;
    loop {
        i = skip_space(bytes, i);
        match *bytes.get(i)? {
            b'>' => {
                return Some(RawTag {
                    name,
                    attrs,
                    end: i + 1,
                })
            }
            b'/' if bytes.get(i + 1) == Some(&b'>') => {
                return Some(RawTag {
                    name,
                    attrs,
                    end: i + 2,
                })
            }
            b'/' => i += 1,
            _ => {
                let (attr, next) = attribute(src, i)?;
                attrs.push(attr);
                i = next;
            }
        }
    }
}

/// One attribute starting at `from` (not whitespace, `/` or `>`), and where scanning resumes.
fn attribute(src: &str, from: usize) -> Option<((String, String), usize)> {
    let bytes = src.as_bytes();
    // The first character belongs to the name even when it is `=`.
    let name_end = scan_until(bytes, from + 1, |b| {
        is_space(b) || b == b'/' || b == b'>' || b == b'='
    });
    let name = src.get(from..name_end)?.to_ascii_lowercase();
    let after_name = skip_space(bytes, name_end);
    if bytes.get(after_name) != Some(&b'=') {
        return Some(((name, String::new()), after_name));
    }
    let from = skip_space(bytes, after_name + 1);
    let (start, end, next) = match *bytes.get(from)? {
        quote @ (b'"' | b'\'') => {
            let close = scan_until(bytes, from + 1, |b| b == quote);
            bytes.get(close)?;
            (from + 1, close, close + 1)
        }
        b'>' => (from, from, from),
        _ => {
            let end = scan_until(bytes, from, |b| is_space(b) || b == b'>');
            bytes.get(end)?;
            (from, end, end)
        }
    };
    Some(((name, decode_entities(src.get(start..end)?)), next))
}

/// The index of the first byte at or after `from` for which `stop` holds (or the end).
fn scan_until(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    let mut i = from;
    while bytes.get(i).is_some_and(|b| !stop(*b)) {
        i += 1;
    }
    i.min(bytes.len()).max(from.min(bytes.len()))
}

fn skip_space(bytes: &[u8], from: usize) -> usize {
    scan_until(bytes, from, |b| !is_space(b))
}

/// HTML whitespace: tab, LF, FF, CR, space.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}
