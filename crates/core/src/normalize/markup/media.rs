//! Images and media in markup: the image, embed, video and audio blocks of a body (embeds and
//! media become link cards: no player or third-party frame runs).

use super::fragment::{find, find_named, start_tags};
use super::providers::provider;
use crate::normalize::clean::{non_blank, safe};
use crate::normalize::source::Source;
use crate::sanitize::lexer::StartTag;
use crate::sanitize::plain_text;
use crate::story::{Block, Picture};

/// An image block: its first image with a safe source, its caption. Without a safe image it is
/// left out, as in the contract.
pub(super) fn figure(inner: &str, source: &Source) -> Option<Block> {
    let (_, img) = start_tags(inner).find(|(_, tag)| tag.name == "img")?;
    let mut picture = image(&img, source)?;
    picture.caption = caption(inner);
    Some(Block::Figure(picture))
}

/// An `img` element as a picture, when one of its sources is safe (lazy-loading plugins move it
/// to `data-src`).
pub(super) fn image(img: &StartTag, source: &Source) -> Option<Picture> {
    let alt = img.attr("alt").unwrap_or_default();
    let picture = ["src", "data-src", "data-lazy-src"]
        .iter()
        .filter_map(|name| img.attr(name))
        .find_map(|url| Picture::at(Some(url.to_owned()), source, alt))?;
    Some(picture.sized(
        img.attr("width").and_then(dimension),
        img.attr("height").and_then(dimension),
    ))
}

pub(super) fn caption(inner: &str) -> Option<String> {
    let figcaption = find_named(inner, "figcaption")?;
    non_blank(Some(plain_text(figcaption.inner)))
}

/// An embed block as a link card: the URL WordPress keeps as the wrapper's text, else the
/// oEmbed iframe's source, else the last link of the oEmbed markup (tweets, posts).
pub(super) fn embed(figure: &StartTag, inner: &str, source: &Source) -> Option<Block> {
    let wrapper = find(inner, |tag| tag.has_class("wp-block-embed__wrapper"))
        .map_or(inner, |wrapper| wrapper.inner);
    let text = plain_text(wrapper);
    let iframe = start_tags(wrapper)
        .find(|(_, tag)| tag.name == "iframe")
        .map(|(_, tag)| tag);
    let last_link = start_tags(wrapper)
        .filter(|(_, tag)| tag.name == "a")
        .filter_map(|(_, tag)| tag.attr("href").map(str::to_owned))
        .last();
    let text_url = (!text.is_empty() && !text.contains(char::is_whitespace)).then_some(text);
    let url = [
        text_url,
        iframe
            .as_ref()
            .and_then(|t| t.attr("src"))
            .map(str::to_owned),
        last_link,
    ]
    .into_iter()
    .flatten()
    .find_map(|url| safe(Some(url), source).filter(|u| !u.starts_with('#')))?;
    let url = watch_page(&url).unwrap_or(url);
    let title = iframe
        .as_ref()
        .and_then(|t| t.attr("title"))
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
pub(super) fn media(inner: &str, source: &Source) -> Option<Block> {
    let url = start_tags(inner)
        .filter(|(_, tag)| matches!(tag.name.as_str(), "video" | "audio" | "source"))
        .filter_map(|(_, tag)| tag.attr("src").map(str::to_owned))
        .find_map(|url| safe(Some(url), source).filter(|u| !u.starts_with('#')))?;
    Some(Block::Embed {
        url,
        title: caption(inner),
        provider: None,
    })
}

/// An image dimension attribute: digits only (the picture keeps it when it is in range).
fn dimension(value: &str) -> Option<u32> {
    let digits = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u32>().ok()
}

/// The watch page of a YouTube player's address (`…/embed/<id>?feature=oembed`, from the oEmbed
/// iframe): the card links to the page where the video can be watched, shared and discussed.
fn watch_page(url: &str) -> Option<String> {
    let id = [
        "https://www.youtube.com/embed/",
        "https://youtube.com/embed/",
        "https://www.youtube-nocookie.com/embed/",
    ]
    .iter()
    .find_map(|player| url.strip_prefix(player))?
    .split(['?', '#', '/'])
    .next()?;
    (!id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then(|| format!("https://www.youtube.com/watch?v={id}"))
}
