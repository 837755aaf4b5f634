//! `serde_json::Value` → contract types, field by field, so every failure names its JSON path.
//! `null` counts as absent; unknown fields are ignored; unknown block types are skipped.

use serde_json::{Map, Value};

use super::error::{DecodeError, Problem};
use super::{Article, Author, Block, Image, Link, Related, Text, CONTRACT_VERSION};
use crate::logic::lang::Dir;
use crate::logic::time::{parse_rfc3339, Timestamp};

type Result<T> = std::result::Result<T, DecodeError>;

/// Parses a document as JSON with serde_json (nesting deeper than 127 levels is refused), for
/// native code: tests, fuzzing, `story_from_json`. The browser never uses it: the fetch side
/// parses with the platform's `JSON.parse`, which keeps a second parser out of the bundle (7.4 KB
/// of brotli); a browser test checks that both read every document alike.
pub fn parse_json(text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| DecodeError::not_json(e.to_string()))
}

/// Decodes an article document (contract §1).
pub fn decode_article(value: &Value) -> Result<Article> {
    let doc = Fields::of(value, "")?;
    match doc.get("version") {
        None => {}
        Some(v) => match v.as_u64() {
            Some(1..=CONTRACT_VERSION) => {}
            Some(n) if n > CONTRACT_VERSION => {
                return Err(DecodeError::new("version", Problem::UnsupportedVersion(n)))
            }
            _ => return Err(doc.expected("version", "a positive integer")),
        },
    }
    Ok(Article {
        id: doc.string("id")?,
        url: doc.opt_string("url")?,
        lang: doc.opt_string("lang")?,
        dir: match doc.opt_string("dir")?.as_deref() {
            None => None,
            Some("ltr") => Some(Dir::Ltr),
            Some("rtl") => Some(Dir::Rtl),
            Some(_) => return Err(doc.expected("dir", "\"ltr\" or \"rtl\"")),
        },
        section: doc.opt_with("section", decode_link)?,
        title: doc.string("title")?,
        standfirst: doc.opt_string("standfirst")?,
        published: doc.timestamp("published")?,
        updated: doc.opt_timestamp("updated")?,
        authors: doc.objects("authors", decode_author)?,
        image: doc.opt_with("image", decode_image)?,
        body: decode_body(&doc)?,
        credit: doc.opt_string("credit")?,
        reading_minutes: doc.opt_count("readingMinutes")?,
        tags: doc.objects("tags", decode_link)?,
        related: doc.objects("related", decode_related)?,
        related_src: doc.opt_string("relatedSrc")?,
    })
}

/// Decodes the JSON array served at `relatedSrc`.
pub fn decode_related_list(value: &Value) -> Result<Vec<Related>> {
    let items = value
        .as_array()
        .ok_or_else(|| DecodeError::new("", Problem::Expected("an array of related stories")))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| decode_related(&Fields::of(item, &format!("[{i}]"))?))
        .collect()
}

fn decode_body(doc: &Fields) -> Result<Vec<Block>> {
    let items = doc.array("body")?;
    let mut blocks = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let block = Fields::of(item, &format!("body[{i}]"))?;
        if let Some(decoded) = decode_block(&block)? {
            blocks.push(decoded);
        }
    }
    Ok(blocks)
}

/// One body block, or `None` for a type this reader does not know (forward compatibility).
fn decode_block(block: &Fields) -> Result<Option<Block>> {
    let decoded = match block.string("type")?.as_str() {
        "paragraph" => Block::Paragraph(decode_text(block)?),
        "heading" => Block::Heading {
            level: match block.get("level").and_then(Value::as_u64) {
                Some(level @ 2..=4) => level as u8,
                _ => return Err(block.expected("level", "an integer from 2 to 4")),
            },
            text: block.string("text")?,
        },
        "quote" => Block::Quote {
            text: decode_text(block)?,
            cite: block.opt_string("cite")?,
        },
        "image" => Block::Image(decode_image(block)?),
        "list" => Block::List {
            ordered: block.boolean("ordered")?,
            items: block.required("items").and(block.list("items", |item| {
                item.value
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| DecodeError::new(&item.path, Problem::Expected("a string")))
            }))?,
        },
        "embed" => Block::Embed {
            url: block.string("url")?,
            title: block.opt_string("title")?,
            provider: block.opt_string("provider")?,
        },
        "html" => Block::Html(block.string("html")?),
        _ => return Ok(None),
    };
    Ok(Some(decoded))
}

/// `text` (plain) or `html` (inline subset); `html` wins when both are sent.
fn decode_text(block: &Fields) -> Result<Text> {
    if let Some(html) = block.opt_string("html")? {
        return Ok(Text::Html(html));
    }
    match block.opt_string("text")? {
        Some(text) => Ok(Text::Plain(text)),
        None => Err(DecodeError::new(&block.child("text"), Problem::Missing)),
    }
}

fn decode_link(fields: &Fields) -> Result<Link> {
    Ok(Link {
        label: fields.string("label")?,
        url: fields.opt_string("url")?,
    })
}

fn decode_author(fields: &Fields) -> Result<Author> {
    Ok(Author {
        name: fields.string("name")?,
        bio: fields.opt_string("bio")?,
        url: fields.opt_string("url")?,
        avatar: fields.opt_with("avatar", decode_image)?,
    })
}

fn decode_image(fields: &Fields) -> Result<Image> {
    Ok(Image {
        src: fields.string("src")?,
        alt: fields.string("alt")?,
        caption: fields.opt_string("caption")?,
        credit: fields.opt_string("credit")?,
        width: fields.opt_count("width")?,
        height: fields.opt_count("height")?,
    })
}

fn decode_related(fields: &Fields) -> Result<Related> {
    Ok(Related {
        title: fields.string("title")?,
        url: fields.string("url")?,
        src: fields.opt_string("src")?,
        section: fields.opt_string("section")?,
        published: fields.opt_timestamp("published")?,
        reading_minutes: fields.opt_count("readingMinutes")?,
        image: fields.opt_with("image", decode_image)?,
    })
}

/// A JSON object being decoded, with the path that leads to it.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

/// An element of an array being decoded, with its path.
struct Item<'a> {
    value: &'a Value,
    path: String,
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, path: &str) -> Result<Fields<'a>> {
        match value {
            Value::Object(map) => Ok(Fields {
                map,
                path: path.to_owned(),
            }),
            _ => Err(DecodeError::new(path, Problem::Expected("an object"))),
        }
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn expected(&self, key: &str, what: &'static str) -> DecodeError {
        DecodeError::new(&self.child(key), Problem::Expected(what))
    }

    /// The field's value; `null` is treated as absent.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required(&self, key: &str) -> Result<&'a Value> {
        self.get(key)
            .ok_or_else(|| DecodeError::new(&self.child(key), Problem::Missing))
    }

    fn string(&self, key: &str) -> Result<String> {
        self.required(key)?
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| self.expected(key, "a string"))
    }

    fn opt_string(&self, key: &str) -> Result<Option<String>> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| self.expected(key, "a string"))
            })
            .transpose()
    }

    fn boolean(&self, key: &str) -> Result<bool> {
        self.required(key)?
            .as_bool()
            .ok_or_else(|| self.expected(key, "true or false"))
    }

    /// A positive whole number (sizes, minutes).
    fn opt_count(&self, key: &str) -> Result<Option<u32>> {
        self.get(key)
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| *n > 0)
                    .ok_or_else(|| self.expected(key, "a positive integer"))
            })
            .transpose()
    }

    fn timestamp(&self, key: &str) -> Result<Timestamp> {
        let text = self.string(key)?;
        parse_rfc3339(&text).ok_or_else(|| self.expected(key, "an RFC 3339 date-time"))
    }

    fn opt_timestamp(&self, key: &str) -> Result<Option<Timestamp>> {
        match self.get(key) {
            None => Ok(None),
            Some(_) => self.timestamp(key).map(Some),
        }
    }

    fn array(&self, key: &str) -> Result<&'a Vec<Value>> {
        self.required(key)?
            .as_array()
            .ok_or_else(|| self.expected(key, "an array"))
    }

    fn opt_with<T>(&self, key: &str, decode: impl Fn(&Fields) -> Result<T>) -> Result<Option<T>> {
        self.get(key)
            .map(|v| decode(&Fields::of(v, &self.child(key))?))
            .transpose()
    }

    /// An optional array of objects (absent means empty).
    fn objects<T>(&self, key: &str, decode: impl Fn(&Fields) -> Result<T>) -> Result<Vec<T>> {
        self.list(key, |item| decode(&item.fields()?))
    }

    /// An optional array (absent means empty), each element decoded with its own path.
    fn list<T, F>(&self, key: &str, decode: F) -> Result<Vec<T>>
    where
        F: Fn(&Item) -> Result<T>,
    {
        let Some(value) = self.get(key) else {
            return Ok(Vec::new());
        };
        let items = value
            .as_array()
            .ok_or_else(|| self.expected(key, "an array"))?;
        let base = self.child(key);
        items
            .iter()
            .enumerate()
            .map(|(i, value)| {
                decode(&Item {
                    value,
                    path: format!("{base}[{i}]"),
                })
            })
            .collect()
    }
}

impl<'a> Item<'a> {
    fn fields(&self) -> Result<Fields<'a>> {
        Fields::of(self.value, &self.path)
    }
}
