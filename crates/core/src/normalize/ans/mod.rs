//! Arc XP stories in the Arc Native Specification (ANS, `washingtonpost/ans-schema`; versions
//! 0.10.x, and older ones as far as their fields agree) → render model. [`elements`] maps the
//! story's `content_elements` to blocks; this module reads the story's own fields. The version
//! is not checked: fields are read by name, and unknown element types are skipped.

mod elements;
mod image;

use serde_json::{Map, Value};

use crate::json::{Obj, Problem, Read};
use crate::logic::time::Timestamp;
use crate::normalize::clean::{non_blank, tree, url_of};
use crate::normalize::markup::{is_blank, nested};
use crate::normalize::source::Source;
use crate::sanitize::{plain_text, Node, Subset, Tag};
use crate::story::Draft;
use crate::story::{Block, Format, LinkOut, Person, Picture, Teaser};
use image::picture;

/// Builds the render model of a story. Without a (well-formed) `language`, the source's fallback
/// is used. Relative URLs (`canonical_url` is one, on the publisher's site) resolve against the
/// source's URL.
pub(super) fn from_story(story: &Map<String, Value>, source: &Source) -> Read<Draft> {
    let story = Obj::root(story);
    let lang = source.lang([story.str("language")?]);
    let title = match story.obj("headlines")? {
        Some(headlines) => plain_text(headlines.required("basic", Obj::str)?),
        None => return Err(story.fault("headlines.basic", Problem::Missing)),
    };
    let published =
        published(&story)?.ok_or_else(|| story.fault("display_date", Problem::Missing))?;
    let updated = story
        .date("last_updated_date")?
        .filter(|updated| updated.epoch_ms > published.epoch_ms);
    let mut body = Vec::new();
    if let Some(note) = story.str("editor_note")? {
        let nodes = tree(note, Subset::Inline, source);
        if !is_blank(&nodes) {
            let note = Node::Element {
                tag: Tag::Em,
                attrs: Vec::new(),
                children: nested(nodes, 1),
            };
            body.push(Block::Paragraph(vec![note]));
        }
    }
    elements::blocks(&story, &lang, source, &mut body)?;
    Ok(Draft {
        format: Format::Ans,
        id: story.id("_id")?.unwrap_or_default(),
        url: page_url(&story, source)?,
        dir: None,
        minutes: None,
        section: section(&story, source)?,
        title,
        title_from_text: false,
        standfirst: standfirst(&story)?,
        published,
        updated,
        authors: people(&story, source)?,
        image: promo_image(&story, source)?,
        body,
        credit: None,
        tags: tags(&story)?,
        related: related(&story, source)?,
        related_src: None,
        lang,
    })
}

/// `display_date`, else `first_publish_date`, else `publish_date`.
fn published(story: &Obj) -> Read<Option<Timestamp>> {
    let display = story.date("display_date")?;
    let first = story.date("first_publish_date")?;
    Ok(display.or(first).or(story.date("publish_date")?))
}

/// `canonical_url` (a path on the publisher's site), else `website_url`.
fn page_url(story: &Obj, source: &Source) -> Read<Option<String>> {
    match url_of(story, "canonical_url", source)? {
        Some(url) => Ok(Some(url)),
        None => url_of(story, "website_url", source),
    }
}

/// `subheadlines.basic`, else `description.basic`, as text.
fn standfirst(story: &Obj) -> Read<Option<String>> {
    for key in ["subheadlines", "description"] {
        if let Some(text) = story.obj(key)? {
            if let Some(text) = non_blank(text.str("basic")?.map(plain_text)) {
                return Ok(Some(text));
            }
        }
    }
    Ok(None)
}

/// `credits.by`: authors with a name (unresolved references are left out). The bio is the
/// author's `description`, else their `org`.
fn people(story: &Obj, source: &Source) -> Read<Vec<Person>> {
    let Some(credits) = story.obj("credits")? else {
        return Ok(Vec::new());
    };
    let mut people = Vec::new();
    for author in credits.objs("by")? {
        let name = non_blank(author.str("name")?.map(|n| plain_text(n.trim())));
        let (Some(name), false) = (name, author.str("type")? == Some("reference")) else {
            continue;
        };
        let bio = match author.str("description")? {
            Some(text) if !text.trim().is_empty() => Some(plain_text(text)),
            _ => non_blank(author.str("org")?.map(plain_text)),
        };
        let avatar = match author.obj("image")? {
            Some(image) => picture(&image, source)?,
            None => None,
        };
        people.push(Person {
            name,
            bio,
            url: url_of(&author, "url", source)?,
            avatar: avatar.map(Picture::decorative),
        });
    }
    Ok(people)
}

/// `promo_items.basic`, when it is an image.
fn promo_image(story: &Obj, source: &Source) -> Read<Option<Picture>> {
    let Some(basic) = story
        .obj("promo_items")?
        .map(|p| p.obj("basic"))
        .transpose()?
        .flatten()
    else {
        return Ok(None);
    };
    if basic.str("type")?.is_some_and(|t| t != "image") {
        return Ok(None);
    }
    picture(&basic, source)
}

/// `taxonomy.primary_section`, else the first of `taxonomy.sections`: its `name`, linked to its
/// `path` (or its `_id`, a path too) on the site.
fn section(story: &Obj, source: &Source) -> Read<Option<LinkOut>> {
    let Some(taxonomy) = story.obj("taxonomy")? else {
        return Ok(None);
    };
    let section = match taxonomy.obj("primary_section")? {
        Some(section) => Some(section),
        None => taxonomy.objs("sections")?.into_iter().next(),
    };
    let Some(section) = section else {
        return Ok(None);
    };
    let Some(label) = non_blank(section.str("name")?.map(plain_text)) else {
        return Ok(None);
    };
    let url = match url_of(&section, "path", source)? {
        Some(url) => Some(url),
        None => url_of(&section, "_id", source)?.filter(|_| {
            section
                .str("_id")
                .ok()
                .flatten()
                .is_some_and(|id| id.starts_with('/'))
        }),
    };
    Ok(Some(LinkOut { label, url }))
}

/// `taxonomy.tags[].text`.
fn tags(story: &Obj) -> Read<Vec<LinkOut>> {
    let Some(taxonomy) = story.obj("taxonomy")? else {
        return Ok(Vec::new());
    };
    let mut tags = Vec::new();
    for tag in taxonomy.objs("tags")? {
        if let Some(label) = non_blank(tag.str("text")?.map(plain_text)) {
            tags.push(LinkOut { label, url: None });
        }
    }
    Ok(tags)
}

/// `related_content.basic`: resolved stories (references are left out) as teasers that open on
/// the site. A story that does not read, or has no safe URL, is left out.
fn related(story: &Obj, source: &Source) -> Read<Vec<Teaser>> {
    let Some(content) = story.obj("related_content")? else {
        return Ok(Vec::new());
    };
    Ok(content
        .items("basic")?
        .into_iter()
        .filter_map(|item| teaser(&item.obj().ok()?, source).ok().flatten())
        .collect())
}

fn teaser(item: &Obj, source: &Source) -> Read<Option<Teaser>> {
    let title = match item.obj("headlines")? {
        Some(headlines) => non_blank(headlines.str("basic")?.map(plain_text)),
        None => None,
    };
    let (Some(title), Some(url)) = (title, page_url(item, source)?) else {
        return Ok(None);
    };
    Ok(Some(Teaser {
        title,
        url,
        src: None,
        section: section(item, source)?.map(|s| s.label),
        published: published(item)?,
        reading_minutes: None,
        image: promo_image(item, source)?,
    }))
}
