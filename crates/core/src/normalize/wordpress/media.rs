//! A post's images: the featured image and avatars.

use serde_json::{Map, Value};

use super::fields::rendered;
use crate::json::loose::{count, object, string};
use crate::normalize::source::Source;
use crate::sanitize::plain_text;
use crate::story::Picture;

/// The largest of `avatar_urls` (keyed by size in pixels); avatars are square and decorative.
pub(super) fn avatar(user: &Map<String, Value>, source: &Source) -> Option<Picture> {
    let (size, url) = object(user, "avatar_urls")?
        .iter()
        .filter_map(|(size, url)| Some((size.parse::<u32>().ok()?, url.as_str()?)))
        .max_by_key(|(size, _)| *size)?;
    Some(Picture::plain(url.to_owned(), source)?.sized(Some(size), Some(size)))
}

/// An embedded attachment as an image (the lead image, or a teaser's without caption).
pub(super) fn featured(
    media: &Map<String, Value>,
    source: &Source,
    with_caption: bool,
) -> Option<Picture> {
    if string(media, "media_type").is_some_and(|t| t != "image") {
        return None;
    }
    let details = object(media, "media_details");
    let alt = string(media, "alt_text").unwrap_or_default();
    let picture = Picture::at(string(media, "source_url").map(str::to_owned), source, alt)?.sized(
        details.and_then(|d| count(d, "width")),
        details.and_then(|d| count(d, "height")),
    );
    if !with_caption {
        return Some(picture);
    }
    let credit = details
        .and_then(|d| object(d, "image_meta"))
        .and_then(|meta| string(meta, "credit"))
        .map(str::to_owned);
    Some(picture.described(rendered(media, "caption").map(plain_text), credit))
}
