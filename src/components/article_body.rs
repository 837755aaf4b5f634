//! The article body, built once with direct DOM calls. It never changes after it is shown, so it
//! needs none of the reactive machinery: one small builder instead of a view type per element
//! keeps the bundle smaller and long articles fast. Every node is created with `createElement` /
//! `createTextNode` from the sanitized render model; no markup string is ever parsed.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use web_sys::{Document, Element};

use super::contents::{heading_id, is_listed};
use super::jump_to_end::finish_jumps_to_end;
use super::Ui;
use crate::browser::now;
use article_core::normalize::{Block, Picture, Story};
use article_core::sanitize::{Attr, Node, Tag};

/// Blocks built before the body is first shown, at least (a phone's first screen)…
const FIRST_BLOCKS_MIN: usize = 8;
/// …and at most (a few screens' worth), as long as the task stays within [`FIRST_BUDGET_MS`].
const FIRST_BLOCKS_MAX: usize = 40;
/// Blocks at each end of the body that are always laid out, so that the top and the bottom of
/// the page are exact (Home, End, the first screens). Those in between get [`DEFERRED`].
const EXACT_AT_ENDS: usize = 40;
/// The class of the blocks the browser may skip laying out while they are far from the viewport
/// (`content-visibility: auto` in the style sheet). Set when each block is built: a positional
/// selector (`:nth-last-child`) would restyle every block each time a chunk is appended.
const DEFERRED: &str = "rdr-deferred";
/// Milliseconds one task may spend building blocks before it lets the browser paint and respond:
/// a budget of time, not of blocks, so that a slow phone (or a CPU throttled 4×) builds fewer
/// blocks per task instead of blocking longer, and long blocks (a table, a long list) count for
/// what they cost. The first task also renders the rest of the article view, so it adds little;
/// the later ones are larger, since each one also costs a frame of style and layout.
const FIRST_BUDGET_MS: f64 = 8.0;
const LATER_BUDGET_MS: f64 = 24.0;

/// `<div class="rdr-body">` holding every block of the story's body: the first screens at once,
/// the rest in short tasks that let the browser paint and respond in between.
#[component]
pub fn ArticleBody(story: Arc<Story>) -> impl IntoView {
    let ui = Ui::current();
    let body = NodeRef::<leptos::html::Div>::new();
    if story.body.len() > 2 * EXACT_AT_ENDS {
        // Some blocks have estimated heights: a jump to the end may stop short of it.
        finish_jumps_to_end();
    }
    body.on_load(move |container| {
        let container: Element = container.into();
        let first = FIRST_BLOCKS_MIN..FIRST_BLOCKS_MAX;
        let built = append_blocks(&container, &story, 0, first, FIRST_BUDGET_MS, ui);
        if built < story.body.len() {
            build_rest(container, story, built, ui, true);
        }
    });
    view! { <div class="rdr-body" part="body" node_ref=body></div> }
}

/// Appends blocks from `from` on to `container` in one insertion (one fragment): at least
/// `count.start` of them, then more while the task has run for less than `budget_ms`, at most
/// `count.end`. Returns the index of the first block not built.
fn append_blocks(
    container: &Element,
    story: &Story,
    from: usize,
    count: std::ops::Range<usize>,
    budget_ms: f64,
    ui: Ui,
) -> usize {
    let started = now();
    let document = document();
    let fragment = document.create_document_fragment();
    let deferred = EXACT_AT_ENDS..story.body.len().saturating_sub(EXACT_AT_ENDS);
    let mut next = from;
    for block in story.body.iter().skip(from).take(count.end) {
        if next - from >= count.start && now() - started >= budget_ms {
            break;
        }
        if let Some(node) = block_node(&document, block, ui) {
            if let Block::Heading { level, .. } = block {
                if is_listed(*level) {
                    // The target of the contents' link (focusable by script only).
                    node.set_id(&heading_id(ui, next));
                    let _ = node.set_attribute("tabindex", "-1");
                }
            }
            if deferred.contains(&next) {
                let _ = node.class_list().add_1(DEFERRED);
            }
            let _ = fragment.append_child(&node);
        }
        next += 1;
    }
    let _ = container.append_child(&fragment);
    next
}

/// Builds the blocks from `from` on, one short task at a time, while the body is on the page;
/// the `first` of these tasks measures the blocks shown so far.
fn build_rest(container: Element, story: Arc<Story>, from: usize, ui: Ui, first: bool) {
    set_timeout(
        move || {
            if !container.is_connected() {
                return; // The reader moved on.
            }
            if first {
                measure_block_pitch(&container);
            }
            let next = append_blocks(&container, &story, from, 1..usize::MAX, LATER_BUDGET_MS, ui);
            if next < story.body.len() {
                build_rest(container, story, next, ui, false);
            }
        },
        Duration::ZERO,
    );
}

/// Records the average height (with its gap) of the blocks already shown in `data-rdr-pitch`,
/// from which the style sheet estimates the height of the deferred blocks not yet laid out: the
/// closer the estimate, the less the page grows while a jump (End, a scrollbar drag) passes them.
/// (An attribute, not an inline style: the reader's DOM carries no `style` attributes at all.)
/// Runs in the task after the first screens were shown, when their layout is already done.
fn measure_block_pitch(container: &Element) {
    let count = container.child_element_count();
    if count > 0 {
        let pitch = container.get_bounding_client_rect().height() / f64::from(count);
        let _ = container.set_attribute("data-rdr-pitch", &format!("{}px", pitch.round() as u32));
    }
}

fn element(document: &Document, tag: &str, class: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if let Some(class) = class {
        element.set_class_name(class);
    }
    Some(element)
}

/// Appends a text node (one call: `ParentNode.append` with a string).
fn append_text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// An element with text content.
fn with_text(document: &Document, tag: &str, class: Option<&str>, text: &str) -> Option<Element> {
    let element = element(document, tag, class)?;
    append_text(&element, text);
    Some(element)
}

fn block_node(document: &Document, block: &Block, ui: Ui) -> Option<Element> {
    match block {
        Block::Paragraph(nodes) => {
            let p = element(document, "p", None)?;
            append_nodes(document, &p, nodes, ui);
            Some(p)
        }
        Block::Heading { level, text } => {
            let tag = match level {
                2 => "h2",
                3 => "h3",
                _ => "h4",
            };
            with_text(document, tag, None, text)
        }
        Block::Quote { content, cite } => {
            let figure = element(document, "figure", Some("rdr-quote"))?;
            let quote = element(document, "blockquote", None)?;
            let p = element(document, "p", None)?;
            append_nodes(document, &p, content, ui);
            quote.append_child(&p).ok()?;
            figure.append_child(&quote).ok()?;
            if let Some(cite) = cite {
                let caption = element(document, "figcaption", None)?;
                append_text(&caption, &format!("{} ", ui.strings.quote_by));
                caption
                    .append_child(with_text(document, "cite", None, cite)?.as_ref())
                    .ok()?;
                figure.append_child(&caption).ok()?;
            }
            Some(figure)
        }
        Block::Figure(picture) => figure(document, picture),
        Block::List { ordered, items } => {
            let list = element(document, if *ordered { "ol" } else { "ul" }, None)?;
            for item in items {
                let li = element(document, "li", None)?;
                append_nodes(document, &li, item, ui);
                list.append_child(&li).ok()?;
            }
            Some(list)
        }
        Block::Embed {
            url,
            title,
            provider,
        } => {
            let card = element(document, "div", Some("rdr-embed"))?;
            let kind = match provider {
                Some(p) => format!("{}{}{p}", ui.strings.external_content, ui.strings.colon),
                None => ui.strings.external_content.to_owned(),
            };
            card.append_child(with_text(document, "p", Some("rdr-embed-kind"), &kind)?.as_ref())
                .ok()?;
            let line = element(document, "p", Some("rdr-embed-title"))?;
            let link = with_text(document, "a", None, title.as_deref().unwrap_or(url))?;
            link.set_attribute("href", url).ok()?;
            link.set_attribute("rel", "noopener noreferrer").ok()?;
            link.set_attribute("target", "_blank").ok()?;
            let note = format!(" ({})", ui.strings.opens_new_tab);
            link.append_child(with_text(document, "span", Some("rdr-sr"), &note)?.as_ref())
                .ok()?;
            line.append_child(&link).ok()?;
            card.append_child(&line).ok()?;
            Some(card)
        }
        Block::Rich(nodes) => {
            let div = element(document, "div", Some("rdr-rich"))?;
            append_nodes(document, &div, nodes, ui);
            Some(div)
        }
    }
}

/// An image block: lazy, with its box reserved from the given size.
fn figure(document: &Document, picture: &Picture) -> Option<Element> {
    let figure = element(document, "figure", Some("rdr-figure"))?;
    let img = element(document, "img", None)?;
    img.set_attribute("src", &picture.src).ok()?;
    img.set_attribute("alt", &picture.alt).ok()?;
    if let Some(width) = picture.width {
        img.set_attribute("width", &width.to_string()).ok()?;
    }
    if let Some(height) = picture.height {
        img.set_attribute("height", &height.to_string()).ok()?;
    }
    img.set_attribute("loading", "lazy").ok()?;
    img.set_attribute("decoding", "async").ok()?;
    figure.append_child(&img).ok()?;
    if picture.caption.is_some() || picture.credit.is_some() {
        let caption = element(document, "figcaption", None)?;
        if let Some(text) = &picture.caption {
            caption
                .append_child(with_text(document, "span", Some("rdr-caption"), text)?.as_ref())
                .ok()?;
        }
        if let Some(text) = &picture.credit {
            append_text(&caption, " ");
            caption
                .append_child(with_text(document, "span", Some("rdr-credit-img"), text)?.as_ref())
                .ok()?;
        }
        figure.append_child(&caption).ok()?;
    }
    Some(figure)
}

/// Appends a sanitized tree (its depth is bounded by the sanitizer).
fn append_nodes(document: &Document, parent: &Element, nodes: &[Node], ui: Ui) {
    for node in nodes {
        match node {
            Node::Text(text) => append_text(parent, text),
            Node::Element {
                tag,
                attrs,
                children,
            } => {
                if let Some(child) = tree_element(document, *tag, attrs, children, ui) {
                    let _ = parent.append_child(&child);
                }
            }
        }
    }
}

fn tree_element(
    document: &Document,
    tag: Tag,
    attrs: &[Attr],
    children: &[Node],
    ui: Ui,
) -> Option<Element> {
    let element = element(document, tag.name(), None)?;
    for attr in attrs {
        let number;
        let (name, value) = match attr {
            Attr::Href(v) => ("href", v.as_str()),
            Attr::Title(v) => ("title", v.as_str()),
            Attr::Lang(v) => ("lang", v.as_str()),
            Attr::Src(v) => ("src", v.as_str()),
            Attr::Alt(v) => ("alt", v.as_str()),
            Attr::Width(v) => {
                number = v.to_string();
                ("width", number.as_str())
            }
            Attr::Height(v) => {
                number = v.to_string();
                ("height", number.as_str())
            }
        };
        element.set_attribute(name, value).ok()?;
        if let Attr::Href(url) = attr {
            let starts = |prefix: &str| {
                url.get(..prefix.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
            };
            if starts("http:") || starts("https:") || starts("//") {
                element.set_attribute("rel", "noopener noreferrer").ok()?;
            }
        }
    }
    if tag == Tag::Img {
        element.set_attribute("loading", "lazy").ok()?;
        element.set_attribute("decoding", "async").ok()?;
    }
    append_nodes(document, &element, children, ui);
    match tag {
        // Wide tables scroll inside their own box instead of the page; the box is a named region
        // a keyboard can focus, so that it can be scrolled without a pointer.
        Tag::Table => {
            let wrapper = self::element(document, "div", Some("rdr-table"))?;
            scrolling_region(&wrapper, ui.strings.table_region)?;
            wrapper.append_child(&element).ok()?;
            Some(wrapper)
        }
        Tag::Pre => {
            scrolling_region(&element, ui.strings.code_region)?;
            Some(element)
        }
        _ => Some(element),
    }
}

/// Makes a box that scrolls sideways reachable from the keyboard: focusable, and a region
/// named `label` (what a screen reader says when focus lands on it).
fn scrolling_region(element: &Element, label: &str) -> Option<()> {
    element.set_attribute("tabindex", "0").ok()?;
    element.set_attribute("role", "region").ok()?;
    element.set_attribute("aria-label", label).ok()
}
