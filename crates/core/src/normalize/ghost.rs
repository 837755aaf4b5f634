//! Ghost Content API answers (`/ghost/api/content/posts/?include=tags,authors`, or `pages`) →
//! render model: the first post of the list, its body markup (with Ghost's cards) read by
//! [`markup`](super::markup).

use serde_json::{Map, Value};

use super::clean::{non_blank, url_of};
use super::markup::body;
use super::source::Source;
use crate::json::{Obj, Problem, Read};
use crate::sanitize::plain_text;
use crate::story::Draft;
use crate::story::{Format, LinkOut, Person, Picture};

/// What the reader is told about an empty list.
const NO_GHOST_POST: &str = "a Ghost post (the list is empty)";

/// Builds the render model of the first post in the answer's `key` list (`posts` or `pages`).
/// Ghost sends no language: the source's fallback is used.
pub(super) fn from_answer(answer: &Map<String, Value>, key: &str, source: &Source) -> Read<Draft> {
    let answer = Obj::root(answer);
    let post = answer
        .items(key)?
        .first()
        .ok_or_else(|| answer.expected(key, NO_GHOST_POST))?
        .obj()?;
    let title = plain_text(post.required("title", Obj::str)?);
    let body = body(post.str("html")?.unwrap_or_default(), source);
    let published = post
        .date("published_at")?
        .ok_or_else(|| post.fault("published_at", Problem::Missing))?;
    let updated = post
        .date("updated_at")?
        .filter(|updated| updated.epoch_ms > published.epoch_ms);
    let lang = source.fallback_lang.to_owned();
    let excerpt = match non_blank(post.str("custom_excerpt")?.map(str::to_owned)) {
        Some(text) => Some(text),
        None => post.str("excerpt")?.map(str::to_owned),
    };
    let mut authors = post.objs("authors")?;
    if authors.is_empty() {
        authors.extend(post.obj("primary_author")?);
    }
    let section = match post.obj("primary_tag")? {
        Some(tag) => tag_link(&tag, source)?,
        None => None,
    };
    let mut tags = Vec::new();
    for tag in post.objs("tags")? {
        tags.extend(tag_link(&tag, source)?);
    }
    Ok(Draft {
        format: Format::Ghost,
        id: post.id("id")?.unwrap_or_default(),
        url: url_of(&post, "url", source)?,
        dir: None,
        lang,
        section,
        title,
        title_from_text: false,
        standfirst: non_blank(excerpt.as_deref().map(plain_text)),
        published,
        updated,
        authors: authors
            .iter()
            .map(|author| person(author, source))
            .collect::<Read<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect(),
        image: feature_image(&post, source)?,
        body,
        credit: None,
        minutes: post.whole("reading_time")?.filter(|n| *n > 0),
        tags,
        related: Vec::new(),
        related_src: None,
    })
}

/// A public tag as a link to its archive; internal tags (`visibility: "internal"`, names that
/// start with `#`) are never shown.
fn tag_link(tag: &Obj, source: &Source) -> Read<Option<LinkOut>> {
    let name = tag.str("name")?.unwrap_or_default().trim();
    let internal = tag.str("visibility")?.is_some_and(|v| v != "public") || name.starts_with('#');
    if internal || name.is_empty() {
        return Ok(None);
    }
    Ok(Some(LinkOut {
        label: plain_text(name),
        url: url_of(tag, "url", source)?,
    }))
}

fn person(author: &Obj, source: &Source) -> Read<Option<Person>> {
    let Some(name) = non_blank(author.str("name")?.map(|n| n.trim().to_owned())) else {
        return Ok(None);
    };
    Ok(Some(Person {
        name,
        bio: non_blank(author.str("bio")?.map(plain_text)),
        url: url_of(author, "url", source)?,
        avatar: url_of(author, "profile_image", source)?
            .and_then(|src| Picture::plain(src, source)),
    }))
}

/// `feature_image` with `feature_image_alt` and `feature_image_caption` (markup, read as text).
fn feature_image(post: &Obj, source: &Source) -> Read<Option<Picture>> {
    let alt = post.str("feature_image_alt")?.unwrap_or_default();
    let caption = post.str("feature_image_caption")?;
    Ok(url_of(post, "feature_image", source)?
        .and_then(|src| Picture::at(Some(src), source, alt))
        .map(|picture| picture.described(caption.map(plain_text), None)))
}
