//! A story's `content_elements` → body blocks. Every piece of markup goes through the sanitizer
//! ([`markup`](crate::normalize::markup)'s helpers) and every URL through [`safe`]; a field of the
//! wrong type is a fault at its path (`content_elements[3].level`); unknown types are skipped.

use super::image::picture;
use crate::json::{Item, Obj, Problem, Read};
use crate::logic::i18n::strings;
use crate::logic::lang::UiLang;
use crate::normalize::clean::{non_blank, safe, tree, url_of};
use crate::normalize::markup::{is_blank, nested, paragraph, provider_name, rich};
use crate::normalize::source::Source;
use crate::sanitize::{plain_text, Attr, Node, Subset, Tag};
use crate::story::Block;

/// Lists nested deeper than this many elements are cut (their deeper items are left out): eight
/// levels of lists and items.
const MAX_LIST_DEPTH: usize = 16;

/// Appends the blocks of the story's `content_elements` to `out`.
pub(super) fn blocks(story: &Obj, lang: &str, source: &Source, out: &mut Vec<Block>) -> Read<()> {
    for element in story.objs("content_elements")? {
        element_blocks(&element, lang, source, out)?;
    }
    Ok(())
}

fn element_blocks(element: &Obj, lang: &str, source: &Source, out: &mut Vec<Block>) -> Read<()> {
    match element.required("type", Obj::str)? {
        "text" => out.extend(paragraph(
            element.str("content")?.unwrap_or_default(),
            source,
        )),
        "header" => out.extend(header(element)?),
        "quote" => out.extend(quote(element, source)?),
        "list" => out.extend(list(element, source)?),
        "image" => out.extend(picture(element, source)?.map(Block::Figure)),
        "gallery" => {
            for image in element.objs("content_elements")? {
                out.extend(picture(&image, source)?.map(Block::Figure));
            }
        }
        "divider" => out.push(Block::Rich(vec![element_node(
            Tag::Hr,
            Vec::new(),
            Vec::new(),
        )])),
        "raw_html" => out.extend(rich(element.str("content")?.unwrap_or_default(), source)),
        "code" => {
            let code = element.str("content")?.unwrap_or_default();
            if !code.trim().is_empty() {
                let text = vec![Node::Text(code.to_owned())];
                out.push(Block::Rich(vec![element_node(Tag::Pre, Vec::new(), text)]));
            }
        }
        "table" => out.extend(table(element, source)?),
        "interstitial_link" => {
            out.extend(link(element, source)?.map(|a| Block::Paragraph(vec![a])))
        }
        "link_list" => link_list(element, source, out)?,
        "correction" => out.extend(correction(element, lang)?),
        "oembed_response" => out.extend(oembed(element, source)?),
        "video" => out.extend(video(element, source)?),
        _ => {}
    }
    Ok(())
}

fn element_node(tag: Tag, attrs: Vec<Attr>, children: Vec<Node>) -> Node {
    Node::Element {
        tag,
        attrs,
        children,
    }
}

/// `level` 1 → 2 (the article title is the page's `h1`), 2–4 as they are, 5 and 6 → 4.
fn header(element: &Obj) -> Read<Option<Block>> {
    let level = match element.value("level") {
        None => 2,
        Some(value) => match value.as_u64() {
            Some(1 | 2) => 2,
            Some(3) => 3,
            Some(4..=6) => 4,
            _ => return Err(element.fault("level", Problem::Expected("an integer from 1 to 6"))),
        },
    };
    let text = plain_text(element.str("content")?.unwrap_or_default());
    Ok((!text.is_empty()).then_some(Block::Heading {
        level,
        text,
        id: None,
    }))
}

/// A quote's text elements as inline content (a line break between them; older stories send one
/// `content`) and its `citation`.
fn quote(element: &Obj, source: &Source) -> Read<Option<Block>> {
    let mut pieces: Vec<Vec<Node>> = Vec::new();
    if let Some(html) = element.str("content")? {
        pieces.push(tree(html, Subset::Inline, source));
    }
    for part in element.objs("content_elements")? {
        if part.str("type")? == Some("text") {
            pieces.push(tree(
                part.str("content")?.unwrap_or_default(),
                Subset::Inline,
                source,
            ));
        }
    }
    let mut content = Vec::new();
    for nodes in pieces.into_iter().filter(|nodes| !is_blank(nodes)) {
        if !content.is_empty() {
            content.push(element_node(Tag::Br, Vec::new(), Vec::new()));
        }
        content.extend(nodes);
    }
    let cite = match element.obj("citation")? {
        Some(citation) => non_blank(citation.str("content")?.map(plain_text)),
        None => None,
    };
    if content.is_empty() && cite.is_none() {
        return Ok(None);
    }
    Ok(Some(Block::Quote { content, cite }))
}

/// A list of inline items; with nested lists it keeps its structure as a rich tree.
fn list(element: &Obj, source: &Source) -> Read<Option<Block>> {
    let items = element.objs("items")?;
    let mut is_nested = false;
    for item in &items {
        is_nested |= item.str("type")? == Some("list");
    }
    if is_nested {
        let tree = list_tree(element, 1, source)?;
        return Ok(Some(Block::Rich(vec![tree])));
    }
    let mut kept = Vec::new();
    for item in items {
        let nodes = tree(
            item.str("content")?.unwrap_or_default(),
            Subset::Inline,
            source,
        );
        if !is_blank(&nodes) {
            kept.push(nodes);
        }
    }
    Ok((!kept.is_empty()).then_some(Block::List {
        ordered: is_ordered(element)?,
        items: kept,
    }))
}

fn is_ordered(element: &Obj) -> Read<bool> {
    Ok(element.str("list_type")? == Some("ordered"))
}

/// A list whose element is `depth` levels deep (the list at 1): its items' content, sanitized,
/// and its nested lists inside the item before them, as HTML nests them; lists deeper than
/// [`MAX_LIST_DEPTH`] are left out.
fn list_tree(element: &Obj, depth: usize, source: &Source) -> Read<Node> {
    let mut items: Vec<Node> = Vec::new();
    for item in element.objs("items")? {
        if item.str("type")? == Some("list") {
            if depth + 2 < MAX_LIST_DEPTH {
                let inner = list_tree(&item, depth + 2, source)?;
                match items.last_mut() {
                    Some(Node::Element { children, .. }) => children.push(inner),
                    _ => items.push(element_node(Tag::Li, Vec::new(), vec![inner])),
                }
            }
            continue;
        }
        let nodes = tree(
            item.str("content")?.unwrap_or_default(),
            Subset::Inline,
            source,
        );
        items.push(element_node(Tag::Li, Vec::new(), nested(nodes, depth + 1)));
    }
    let tag = if is_ordered(element)? {
        Tag::Ol
    } else {
        Tag::Ul
    };
    Ok(element_node(tag, Vec::new(), items))
}

/// A table's `header` cells and `rows` of cells (text elements, inline markup) as a rich tree.
fn table(element: &Obj, source: &Source) -> Read<Option<Block>> {
    let row = |cells: Vec<Item>, tag: Tag| -> Read<Node> {
        let mut kept = Vec::new();
        for cell in cells {
            let cell = cell.obj()?;
            let nodes = tree(
                cell.str("content")?.unwrap_or_default(),
                Subset::Inline,
                source,
            );
            // table > thead/tbody > tr > th/td
            kept.push(element_node(tag, Vec::new(), nested(nodes, 4)));
        }
        Ok(element_node(Tag::Tr, Vec::new(), kept))
    };
    let mut parts = Vec::new();
    let header = element.items("header")?;
    if !header.is_empty() {
        parts.push(element_node(
            Tag::Thead,
            Vec::new(),
            vec![row(header, Tag::Th)?],
        ));
    }
    let mut rows = Vec::new();
    for cells in element.items("rows")? {
        rows.push(row(cells.array()?, Tag::Td)?);
    }
    if !rows.is_empty() {
        parts.push(element_node(Tag::Tbody, Vec::new(), rows));
    }
    Ok((!parts.is_empty()).then(|| Block::Rich(vec![element_node(Tag::Table, Vec::new(), parts)])))
}

/// An `interstitial_link` as a link (`url`, `content` as its text), when its URL is safe.
fn link(element: &Obj, source: &Source) -> Read<Option<Node>> {
    let text = plain_text(element.str("content")?.unwrap_or_default());
    let Some(url) = url_of(element, "url", source)? else {
        return Ok(None);
    };
    let text = if text.is_empty() { url.clone() } else { text };
    Ok(Some(element_node(
        Tag::A,
        vec![Attr::Href(url)],
        vec![Node::Text(text)],
    )))
}

/// A `link_list`: its `title` as a heading, its links as a list.
fn link_list(element: &Obj, source: &Source, out: &mut Vec<Block>) -> Read<()> {
    let mut items = Vec::new();
    for item in element.objs("items")? {
        items.extend(link(&item, source)?.map(|a| vec![a]));
    }
    if items.is_empty() {
        return Ok(());
    }
    if let Some(text) = non_blank(element.str("title")?.map(plain_text)) {
        out.push(Block::Heading {
            level: 3,
            text,
            id: None,
        });
    }
    out.push(Block::List {
        ordered: false,
        items,
    });
    Ok(())
}

/// A correction (or clarification) as a paragraph that says so, in the article's language.
fn correction(element: &Obj, lang: &str) -> Read<Option<Block>> {
    let Some(text) = non_blank(element.str("text")?.map(plain_text)) else {
        return Ok(None);
    };
    let words = strings(UiLang::from_tag(lang).unwrap_or(UiLang::En));
    let label = match element.str("correction_type")? {
        Some("clarification") => words.clarification,
        _ => words.correction,
    };
    let strong = element_node(Tag::Strong, Vec::new(), vec![Node::Text(label.to_owned())]);
    Ok(Some(Block::Paragraph(vec![
        strong,
        Node::Text(format!(" {text}")),
    ])))
}

/// An oEmbed response as a link card: the URL the embed was made from (`raw_oembed.url`, its
/// `_id`, else `referent.id`), its title and provider.
fn oembed(element: &Obj, source: &Source) -> Read<Option<Block>> {
    let raw = element.obj("raw_oembed")?;
    let mut candidates = Vec::new();
    if let Some(raw) = &raw {
        candidates.extend([raw.str("url")?, raw.str("_id")?]);
    }
    if let Some(referent) = element.obj("referent")? {
        candidates.push(referent.str("id")?);
    }
    let Some(url) = candidates
        .into_iter()
        .flatten()
        .find_map(|url| safe(Some(url.to_owned()), source).filter(|u| u.contains("://")))
    else {
        return Ok(None);
    };
    let (title, provider) = match &raw {
        Some(raw) => (
            non_blank(raw.str("title")?.map(plain_text)),
            non_blank(raw.str("provider_name")?.map(plain_text)),
        ),
        None => (None, None),
    };
    let provider = match provider {
        Some(name) => Some(name),
        None => element.str("subtype")?.map(provider_name),
    };
    Ok(Some(Block::Embed {
        url,
        title,
        provider: non_blank(provider),
    }))
}

/// A video as a link card to its page on the site (no player runs), titled by its headline.
fn video(element: &Obj, source: &Source) -> Read<Option<Block>> {
    let Some(url) = url_of(element, "canonical_url", source)? else {
        return Ok(None);
    };
    let title = match element.obj("headlines")? {
        Some(headlines) => non_blank(headlines.str("basic")?.map(plain_text)),
        None => None,
    };
    Ok(Some(Block::Embed {
        url,
        title,
        provider: None,
    }))
}
