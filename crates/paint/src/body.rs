//! The article body: every block of the render model as DOM, the first screens at once and the
//! rest in short tasks that let the browser paint and respond in between. It never changes after
//! it is shown, so it needs no reactive machinery.

use std::sync::Arc;

use article_core::sanitize::{Attr, Node, Tag};
use article_core::story::{Block, Picture, Story};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::dom::{append_text, document, element, now, window, with_text};
use crate::ui::{is_listed, Ui};

/// Blocks built before the body is first shown, at least (a phone's first screen)…
const FIRST_BLOCKS_MIN: usize = 8;
/// …and at most (a few screens' worth), as long as the task stays within [`FIRST_BUDGET_MS`].
const FIRST_BLOCKS_MAX: usize = 40;
/// Blocks at each end of the body that are always laid out, so that the top and the bottom of
/// the page are exact (Home, End, the first screens). Those in between get [`DEFERRED`].
pub const EXACT_AT_ENDS: usize = 40;
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

/// The attribute on the body while blocks are still being built (the reader's tools that read
/// the whole body wait for it to go; tests wait for it too).
pub const BUILDING: &str = "data-rdr-building";

/// `<div class="rdr-body">` holding every block of the story's body: the first screens at once,
/// the rest in short tasks while the body is on the page.
/// `done` runs once the last block is in.
pub fn body(document: &Document, story: Arc<Story>, ui: Ui, done: Done) -> Option<Element> {
    let container = element(document, "div", Some("rdr-body"))?;
    container.set_attribute("part", "body").ok()?;
    fill(&container, story, ui, done);
    Some(container)
}

/// What runs once a body's last block is in (or the body left the page first).
pub type Done = Box<dyn FnOnce()>;

/// Builds the story's blocks into the empty `container`: the first screens at once, the rest in
/// short tasks while `container` is on the page (it carries [`BUILDING`] until the last).
pub fn fill(container: &Element, story: Arc<Story>, ui: Ui, done: Done) {
    let first = FIRST_BLOCKS_MIN..FIRST_BLOCKS_MAX;
    let built = append_blocks(container, &story, 0, first, FIRST_BUDGET_MS, ui);
    if built < story.body.len() {
        let _ = container.set_attribute(BUILDING, "");
        build_rest(container.clone(), story, built, ui, true, done);
    } else {
        done();
    }
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
    let Some(document) = document() else {
        return story.body.len();
    };
    let fragment = document.create_document_fragment();
    let deferred = EXACT_AT_ENDS..story.body.len().saturating_sub(EXACT_AT_ENDS);
    let mut next = from;
    for block in story.body.iter().skip(from).take(count.end) {
        if next - from >= count.start && now() - started >= budget_ms {
            break;
        }
        if let Some(node) = block_node(&document, block, story, ui) {
            if let Block::Heading { level, id, .. } = block {
                if is_listed(*level) {
                    // The target of the contents' link (focusable by script only); the author's
                    // links to the heading are written to it (`in_page`).
                    node.set_id(&ui.heading_id(next));
                    let _ = node.set_attribute("tabindex", "-1");
                } else if let Some(id) = id {
                    node.set_id(&ui.author_id(id));
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
fn build_rest(container: Element, story: Arc<Story>, from: usize, ui: Ui, first: bool, done: Done) {
    let task = Closure::once_into_js(move || {
        if !container.is_connected() {
            return done(); // The reader moved on.
        }
        if first {
            measure_block_pitch(&container);
        }
        let next = append_blocks(&container, &story, from, 1..usize::MAX, LATER_BUDGET_MS, ui);
        if next < story.body.len() {
            build_rest(container, story, next, ui, false, done);
        } else {
            let _ = container.remove_attribute(BUILDING);
            done();
        }
    });
    if let Some(window) = window() {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
    }
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

/// The element of one body block of `story`.
pub fn block_node(document: &Document, block: &Block, story: &Story, ui: Ui) -> Option<Element> {
    let at = Place { story, ui };
    match block {
        Block::Paragraph(nodes) => {
            let p = element(document, "p", None)?;
            append_nodes(document, &p, nodes, at);
            Some(p)
        }
        Block::Heading { level, text, .. } => {
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
            append_nodes(document, &p, content, at);
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
        Block::Figure(picture) => figure(document, picture, false),
        Block::List { ordered, items } => {
            let list = element(document, if *ordered { "ol" } else { "ul" }, None)?;
            for item in items {
                let li = element(document, "li", None)?;
                append_nodes(document, &li, item, at);
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
            append_nodes(document, &div, nodes, at);
            Some(div)
        }
    }
}

/// An image: its box reserved from the given size; lazy in the body, eager as the `lead` image
/// (above the fold).
pub fn figure(document: &Document, picture: &Picture, lead: bool) -> Option<Element> {
    let class = if lead {
        "rdr-figure rdr-lead"
    } else {
        "rdr-figure"
    };
    let figure = element(document, "figure", Some(class))?;
    let img = element(document, "img", None)?;
    img.set_attribute("src", &picture.src).ok()?;
    img.set_attribute("alt", &picture.alt).ok()?;
    if let Some(width) = picture.width {
        img.set_attribute("width", &width.to_string()).ok()?;
    }
    if let Some(height) = picture.height {
        img.set_attribute("height", &height.to_string()).ok()?;
    }
    let loading = if lead { "eager" } else { "lazy" };
    img.set_attribute("loading", loading).ok()?;
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

/// Where a sanitized tree is built: the story it belongs to, in which reader.
#[derive(Clone, Copy)]
struct Place<'a> {
    story: &'a Story,
    ui: Ui,
}

impl Place<'_> {
    /// The element id an in-page link of the article (`#id`) lands on in this reader: the
    /// heading listed in the contents that has this author id, else the author's element.
    fn in_page(&self, id: &str) -> String {
        let listed = self.story.body.iter().position(|block| {
            matches!(block, Block::Heading { level, id: Some(own), .. } if is_listed(*level) && own == id)
        });
        match listed {
            Some(block) => self.ui.heading_id(block),
            None => self.ui.author_id(id),
        }
    }
}

/// Appends a sanitized tree (its depth is bounded by the sanitizer).
fn append_nodes(document: &Document, parent: &Element, nodes: &[Node], at: Place) {
    for node in nodes {
        match node {
            Node::Text(text) => append_text(parent, text),
            Node::Element {
                tag,
                attrs,
                children,
            } => {
                if let Some(child) = tree_element(document, *tag, attrs, children, at) {
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
    at: Place,
) -> Option<Element> {
    let ui = at.ui;
    let element = element(document, tag.name(), None)?;
    for attr in attrs {
        let owned;
        let (name, value) = match attr {
            // The article's own in-page links land on the namespaced ids.
            Attr::Href(v) if v.len() > 1 && v.starts_with('#') => {
                owned = format!("#{}", at.in_page(v.get(1..).unwrap_or_default()));
                ("href", owned.as_str())
            }
            Attr::Id(v) => {
                owned = ui.author_id(v);
                ("id", owned.as_str())
            }
            Attr::Href(v) => ("href", v.as_str()),
            Attr::Title(v) => ("title", v.as_str()),
            Attr::Lang(v) => ("lang", v.as_str()),
            Attr::Src(v) => ("src", v.as_str()),
            Attr::Alt(v) => ("alt", v.as_str()),
            Attr::Width(v) => {
                owned = v.to_string();
                ("width", owned.as_str())
            }
            Attr::Height(v) => {
                owned = v.to_string();
                ("height", owned.as_str())
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
    append_nodes(document, &element, children, at);
    match tag {
        // Wide tables scroll inside their own box instead of the page; the box is a named region
        // a keyboard can focus, so that it can be scrolled without a pointer.
        Tag::Table => {
            let wrapper = self::element(document, "div", Some("rdr-table"))?;
            scrolling_region(&wrapper, ui.strings.table_region)?;
            wrapper.append_child(&element).ok()?;
            Some(wrapper)
        }
        // Code (`pre > code`, what a code block is) keeps its lines and scrolls sideways: a
        // region named "Code". Verse and other preformatted text is not code: it wraps (the
        // style sheet), so nothing scrolls and nothing needs a name.
        Tag::Pre if holds_code(children) => {
            scrolling_region(&element, ui.strings.code_region)?;
            Some(element)
        }
        _ => Some(element),
    }
}

/// Whether a `pre`'s content is code: it holds a `code` element.
fn holds_code(children: &[Node]) -> bool {
    children
        .iter()
        .any(|child| matches!(child, Node::Element { tag: Tag::Code, .. }))
}

/// Makes a box that scrolls sideways reachable from the keyboard: focusable, and a region
/// named `label` (what a screen reader says when focus lands on it).
fn scrolling_region(element: &Element, label: &str) -> Option<()> {
    element.set_attribute("tabindex", "0").ok()?;
    element.set_attribute("role", "region").ok()?;
    element.set_attribute("aria-label", label).ok()
}
