//! JSON Feed 1.0 and 1.1 (<https://jsonfeed.org/version/1.1>) → render model. The first item is
//! the article, or the item whose `id` the document URL's `#fragment` names (percent-encoded);
//! the items after it (up to [`NEXT_ITEMS`]) are related stories that open in place, each
//! through the feed's URL with its own `#id`.

use serde_json::{Map, Value};

use super::clean::{non_blank, safe, url_of};
use super::markup::body;
use super::source::Source;
use crate::json::{Obj, Problem, Read};
use crate::logic::url::{percent_decode, percent_encode};
use crate::sanitize::{plain_text, text_of, Node, Tag};
use crate::story::Draft;
use crate::story::{Block, Format, LinkOut, Person, Picture, Teaser};

/// How many of the following items become related stories.
pub const NEXT_ITEMS: usize = 6;

/// A title taken from the text is at most this many words…
const TITLE_WORDS: usize = 12;
/// …and this many characters.
const TITLE_CHARS: usize = 90;

/// What the reader is told about a feed without items.
const NO_ITEM: &str = "a feed item (the list is empty)";

/// Builds the render model of the feed's selected item (see the module's documentation).
pub(super) fn from_feed(feed: &Map<String, Value>, source: &Source) -> Read<Draft> {
    let feed = Obj::root(feed);
    let items = feed.items("items")?;
    let (document, fragment) = source.url.split_once('#').unwrap_or((source.url, ""));
    let index = if fragment.is_empty() {
        0
    } else {
        let wanted = percent_decode(fragment);
        items
            .iter()
            .position(|item| item_id(item.value).as_deref() == Some(wanted.as_str()))
            .ok_or_else(|| feed.fault("items", Problem::NoItem(wanted)))?
    };
    let Some(item) = items.get(index) else {
        return Err(feed.expected("items", NO_ITEM));
    };
    let item = item.obj()?;
    let lang = source.lang([item.str("language")?, feed.str("language")?]);
    let body = content(&item, source)?;
    let published = match item.date("date_published")? {
        Some(date) => date,
        None => item
            .date("date_modified")?
            .ok_or_else(|| item.fault("date_published", Problem::Missing))?,
    };
    let updated = item
        .date("date_modified")?
        .filter(|updated| updated.epoch_ms > published.epoch_ms);
    let canonical = url_of(&item, "url", source)?;
    let given = non_blank(item.str("title")?.map(plain_text));
    let title_from_text = given.is_none();
    let summary = non_blank(item.str("summary")?.map(plain_text));
    let title = match given {
        Some(title) => title,
        // An item of images only: its summary, else the feed's title.
        None => {
            let from_text = [text_of_blocks(&body), summary.clone().unwrap_or_default()]
                .iter()
                .map(|text| first_words(text))
                .find(|title| !title.is_empty());
            match from_text {
                Some(title) => title,
                None => plain_text(feed.str("title")?.unwrap_or_default()),
            }
        }
    };
    let mut authors = people(&item, source)?;
    if authors.is_empty() {
        authors = people(&feed, source)?;
    }
    let next = items.iter().skip(index + 1).take(NEXT_ITEMS);
    let related = next
        .filter_map(|item| teaser(item.value, document, source))
        .collect();
    Ok(Draft {
        format: Format::JsonFeed,
        id: item.id("id")?.unwrap_or_default(),
        url: canonical,
        dir: None,
        minutes: None,
        lang,
        section: None,
        title,
        title_from_text,
        standfirst: summary,
        published,
        updated,
        authors,
        image: lead_image(&item, source)?,
        body,
        credit: None,
        tags: item
            .strs("tags")?
            .into_iter()
            .filter_map(|tag| non_blank(Some(plain_text(tag))))
            .map(|label| LinkOut { label, url: None })
            .collect(),
        related,
        related_src: None,
    })
}

/// An item's `id` (a string; a number written out, as some generators send it).
fn item_id(item: &Value) -> Option<String> {
    Obj::of(item, String::new()).ok()?.id("id").ok()?
}

/// `content_html` as blocks, else `content_text` as paragraphs.
fn content(item: &Obj, source: &Source) -> Read<Vec<Block>> {
    if let Some(html) = item.str("content_html")? {
        return Ok(body(html, source));
    }
    Ok(item
        .str("content_text")?
        .map(paragraphs)
        .unwrap_or_default())
}

/// Plain text as paragraphs: blank lines part them, a single line break stays one.
fn paragraphs(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .filter(|para| !para.trim().is_empty())
        .map(|para| {
            let mut nodes = Vec::new();
            for (i, line) in para.trim().lines().enumerate() {
                if i > 0 {
                    nodes.push(Node::Element {
                        tag: Tag::Br,
                        attrs: Vec::new(),
                        children: Vec::new(),
                    });
                }
                nodes.push(Node::Text(line.to_owned()));
            }
            Block::Paragraph(nodes)
        })
        .collect()
}

/// The readable text of blocks, for a title taken from it.
fn text_of_blocks(body: &[Block]) -> String {
    let mut text = String::new();
    for block in body {
        match block {
            Block::Paragraph(nodes) | Block::Quote { content: nodes, .. } | Block::Rich(nodes) => {
                text.push_str(&text_of(nodes));
            }
            Block::Heading { text: heading, .. } => text.push_str(heading),
            Block::List { items, .. } => {
                items.iter().for_each(|item| text.push_str(&text_of(item)))
            }
            Block::Figure(_) | Block::Embed { .. } => continue,
        }
        text.push(' ');
        if text.len() > TITLE_CHARS * 8 {
            break;
        }
    }
    text
}

/// A title from a text: its first sentence when that is short enough, else its first words (at
/// most [`TITLE_WORDS`] words and [`TITLE_CHARS`] characters) and an ellipsis.
fn first_words(text: &str) -> String {
    let text = text.trim();
    let sentence = text
        .char_indices()
        .find(|&(i, c)| {
            let after = text.get(i + c.len_utf8()..).unwrap_or_default();
            matches!(c, '。' | '！' | '？')
                || (matches!(c, '.' | '!' | '?') && after.starts_with(char::is_whitespace))
        })
        .and_then(|(i, c)| text.get(..i + c.len_utf8()));
    let short =
        |t: &str| t.chars().count() <= TITLE_CHARS && t.split_whitespace().count() <= TITLE_WORDS;
    if let Some(sentence) = sentence.filter(|s| short(s)) {
        return sentence.to_owned();
    }
    if short(text) {
        return text.to_owned();
    }
    let mut title = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        let room = TITLE_CHARS.saturating_sub(title.chars().count() + 1);
        if i == TITLE_WORDS || (i > 0 && word.chars().count() > room) {
            break;
        }
        if i > 0 {
            title.push(' ');
        }
        // A first word longer than the limit (text without spaces) is cut in it.
        title.extend(word.chars().take(TITLE_CHARS));
    }
    title.push('…');
    title
}

/// `authors` (1.1), else `author` (1.0); entries without a name are left out.
fn people(at: &Obj, source: &Source) -> Read<Vec<Person>> {
    let mut list = at.objs("authors")?;
    if list.is_empty() {
        list.extend(at.obj("author")?);
    }
    let mut people = Vec::new();
    for author in list {
        let Some(name) = non_blank(author.str("name")?.map(|n| n.trim().to_owned())) else {
            continue;
        };
        people.push(Person {
            name,
            bio: None,
            url: url_of(&author, "url", source)?,
            avatar: url_of(&author, "avatar", source)?.and_then(|src| Picture::plain(src, source)),
        });
    }
    Ok(people)
}

/// `image`, else `banner_image`.
fn lead_image(item: &Obj, source: &Source) -> Read<Option<Picture>> {
    let image = match url_of(item, "image", source)? {
        Some(url) => Some(url),
        None => url_of(item, "banner_image", source)?,
    };
    Ok(image.and_then(|src| Picture::plain(src, source)))
}

/// A following item as a related story; items that do not read (or have no safe `url`) are left
/// out.
fn teaser(value: &Value, document: &str, source: &Source) -> Option<Teaser> {
    let item = Obj::of(value, String::new()).ok()?;
    let url = url_of(&item, "url", source).ok()??;
    let title = match non_blank(item.str("title").ok()?.map(plain_text)) {
        Some(title) => title,
        None => {
            let text = match item.str("content_html").ok()? {
                Some(html) => plain_text(html),
                None => item.str("content_text").ok()??.to_owned(),
            };
            non_blank(Some(first_words(&text)))?
        }
    };
    let src = item_id(value).map(|id| format!("{document}#{}", percent_encode(&id)));
    Some(Teaser {
        url,
        title,
        src: safe(src, source),
        section: None,
        published: item.date("date_published").ok()?,
        reading_minutes: None,
        image: lead_image(&item, source).ok()?,
    })
}
