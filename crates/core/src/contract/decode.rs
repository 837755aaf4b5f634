//! `serde_json::Value` → contract types, field by field with the [JSON reader](crate::json), so
//! every failure names its JSON path. `null` counts as absent; unknown fields are ignored; unknown
//! block types are skipped. Unlike the other formats' adapters, the contract is strict about
//! array elements: a `null` author or list item is a fault, not an absence.

use serde_json::Value;

use super::{Article, Author, Block, Image, Link, Related, Text, CONTRACT_VERSION};
use crate::json::{index_path, DecodeError, Item, Obj, Problem, Read};
use crate::logic::lang::Dir;

/// Decodes an article document (contract §1).
pub fn decode_article(value: &Value) -> Read<Article> {
    let doc = Obj::of(value, String::new())?;
    match doc.value("version") {
        None => {}
        Some(v) => match v.as_u64() {
            Some(1..=CONTRACT_VERSION) => {}
            Some(sent) if sent > CONTRACT_VERSION => {
                return Err(doc.fault(
                    "version",
                    Problem::UnsupportedVersion {
                        sent,
                        known: CONTRACT_VERSION,
                    },
                ))
            }
            _ => return Err(doc.expected("version", "a positive integer")),
        },
    }
    Ok(Article {
        id: doc.required("id", Obj::string)?,
        url: doc.string("url")?,
        lang: doc.string("lang")?,
        dir: match doc.str("dir")? {
            None => None,
            Some("ltr") => Some(Dir::Ltr),
            Some("rtl") => Some(Dir::Rtl),
            Some(_) => return Err(doc.expected("dir", "\"ltr\" or \"rtl\"")),
        },
        section: optional(doc.obj("section")?, decode_link)?,
        title: doc.required("title", Obj::string)?,
        standfirst: doc.string("standfirst")?,
        published: doc.required("published", Obj::date)?,
        updated: doc.date("updated")?,
        authors: each(&doc.items("authors")?, decode_author)?,
        image: optional(doc.obj("image")?, decode_image)?,
        body: decode_body(&doc)?,
        credit: doc.string("credit")?,
        reading_minutes: count(&doc, "readingMinutes")?,
        tags: each(&doc.items("tags")?, decode_link)?,
        related: each(&doc.items("related")?, decode_related)?,
        related_src: doc.string("relatedSrc")?,
    })
}

/// Decodes the JSON array served at `relatedSrc`.
pub fn decode_related_list(value: &Value) -> Read<Vec<Related>> {
    let items = value
        .as_array()
        .ok_or_else(|| DecodeError::new("", Problem::Expected("an array of related stories")))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| decode_related(&Obj::of(item, index_path("", i))?))
        .collect()
}

/// Each element of an array, an object (`null` too is a fault), decoded.
fn each<T>(items: &[Item], decode: impl Fn(&Obj) -> Read<T>) -> Read<Vec<T>> {
    items.iter().map(|item| decode(&item.obj()?)).collect()
}

fn optional<T>(field: Option<Obj>, decode: impl Fn(&Obj) -> Read<T>) -> Read<Option<T>> {
    field.map(|fields| decode(&fields)).transpose()
}

/// A positive whole number (sizes, minutes): zero is a fault.
fn count(fields: &Obj, key: &str) -> Read<Option<u32>> {
    fields.typed(key, "a positive integer", |v| {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
    })
}

fn decode_body(doc: &Obj) -> Read<Vec<Block>> {
    let items = doc.required("body", Obj::array)?;
    let mut blocks = Vec::with_capacity(items.len());
    for item in &items {
        if let Some(decoded) = decode_block(&item.obj()?)? {
            blocks.push(decoded);
        }
    }
    Ok(blocks)
}

/// One body block, or `None` for a type this reader does not know (forward compatibility).
fn decode_block(block: &Obj) -> Read<Option<Block>> {
    let decoded = match block.required("type", Obj::str)? {
        "paragraph" => Block::Paragraph(decode_text(block)?),
        "heading" => Block::Heading {
            level: match block.value("level").and_then(Value::as_u64) {
                Some(level @ 2..=4) => level as u8,
                _ => return Err(block.expected("level", "an integer from 2 to 4")),
            },
            text: block.required("text", Obj::string)?,
        },
        "quote" => Block::Quote {
            text: decode_text(block)?,
            cite: block.string("cite")?,
        },
        "image" => Block::Image(decode_image(block)?),
        "list" => Block::List {
            ordered: block.required("ordered", Obj::bool)?,
            items: block
                .required("items", Obj::array)?
                .iter()
                .map(|item| item.str().map(str::to_owned))
                .collect::<Read<_>>()?,
        },
        "embed" => Block::Embed {
            url: block.required("url", Obj::string)?,
            title: block.string("title")?,
            provider: block.string("provider")?,
        },
        "html" => Block::Html(block.required("html", Obj::string)?),
        _ => return Ok(None),
    };
    Ok(Some(decoded))
}

/// `text` (plain) or `html` (inline subset); `html` wins when both are sent.
fn decode_text(block: &Obj) -> Read<Text> {
    if let Some(html) = block.string("html")? {
        return Ok(Text::Html(html));
    }
    Ok(Text::Plain(block.required("text", Obj::string)?))
}

fn decode_link(fields: &Obj) -> Read<Link> {
    Ok(Link {
        label: fields.required("label", Obj::string)?,
        url: fields.string("url")?,
    })
}

fn decode_author(fields: &Obj) -> Read<Author> {
    Ok(Author {
        name: fields.required("name", Obj::string)?,
        bio: fields.string("bio")?,
        url: fields.string("url")?,
        avatar: optional(fields.obj("avatar")?, decode_image)?,
    })
}

fn decode_image(fields: &Obj) -> Read<Image> {
    Ok(Image {
        src: fields.required("src", Obj::string)?,
        alt: fields.required("alt", Obj::string)?,
        caption: fields.string("caption")?,
        credit: fields.string("credit")?,
        width: count(fields, "width")?,
        height: count(fields, "height")?,
    })
}

fn decode_related(fields: &Obj) -> Read<Related> {
    Ok(Related {
        title: fields.required("title", Obj::string)?,
        url: fields.required("url", Obj::string)?,
        src: fields.string("src")?,
        section: fields.string("section")?,
        published: fields.date("published")?,
        reading_minutes: count(fields, "readingMinutes")?,
        image: optional(fields.obj("image")?, decode_image)?,
    })
}
