//! The text of an element and the way back from it to the DOM: the one map between offsets in
//! that text (UTF-16 units, the unit of DOM offsets, `Intl.Segmenter` and speech boundary
//! events) and DOM positions or ranges. Listen reads a passage through it (sentences and words
//! to highlight); quote links read the body (the text a text fragment is searched in, and where a
//! selection starts and ends in it).

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

/// What a [`TextMap`] takes from its element.
#[derive(Clone, Copy, Default)]
pub struct TextMapOptions<'a> {
    /// Elements with this class are left out, their text with them (interface text inside the
    /// article, such as screen-reader-only labels).
    pub skip_class: Option<&'a str>,
    /// The element's child elements are blocks: only they are read, with `\n` between them (as
    /// a text fragment sees a body). Otherwise all its text is read, run together.
    pub blocks: bool,
}

/// The text of an element, and where each of its text nodes starts in it.
pub struct TextMap {
    text: String,
    /// Each text node, with the UTF-16 offset of its text in `text`.
    nodes: Vec<(Node, u32)>,
    /// The length of `text` in UTF-16 units.
    units: u32,
}

impl TextMap {
    /// The text of `root`, read as `options` say.
    pub fn of(root: &Element, options: TextMapOptions) -> TextMap {
        let mut map = TextMap {
            text: String::new(),
            nodes: Vec::new(),
            units: 0,
        };
        if options.blocks {
            let blocks = root.children();
            for index in 0..blocks.length() {
                if let Some(block) = blocks.item(index) {
                    if index > 0 {
                        map.text.push('\n');
                        map.units += 1;
                    }
                    map.collect(&block, options.skip_class);
                }
            }
        } else {
            map.collect(root, options.skip_class);
        }
        map
    }

    fn collect(&mut self, node: &Node, skip_class: Option<&str>) {
        if node.node_type() == Node::TEXT_NODE {
            let data = node.text_content().unwrap_or_default();
            self.nodes.push((node.clone(), self.units));
            self.units += units_of(&data);
            self.text.push_str(&data);
            return;
        }
        let skipped = skip_class.is_some_and(|class| {
            node.dyn_ref::<Element>()
                .is_some_and(|e| e.class_list().contains(class))
        });
        if skipped {
            return;
        }
        let children = node.child_nodes();
        for index in 0..children.length() {
            if let Some(child) = children.item(index) {
                self.collect(&child, skip_class);
            }
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The DOM position of UTF-16 offset `at`: the last text node starting at or before it, and
    /// the offset in that node (at most its end).
    pub fn position(&self, at: u32) -> Option<(Node, u32)> {
        let (node, start) = self.nodes.iter().rev().find(|(_, start)| *start <= at)?;
        let length = node.text_content().map_or(0, |t| units_of(&t));
        Some((node.clone(), (at - start).min(length)))
    }

    /// The DOM range of `start..end` (UTF-16 offsets of the text).
    pub fn range(&self, start: u32, end: u32) -> Option<Range> {
        let (start_node, start_offset) = self.position(start)?;
        let (end_node, end_offset) = self.position(end)?;
        let range = document().create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        Some(range)
    }

    /// The UTF-16 offset in the text of a DOM position: a text node and an offset in it, or an
    /// element and a child index (the start of the first text at or after that child, the end
    /// of the text when there is none). `None` for a text node the map does not hold.
    pub fn offset(&self, container: &Node, offset: u32) -> Option<u32> {
        if container.node_type() == Node::TEXT_NODE {
            let (node, start) = self.nodes.iter().find(|(n, _)| n == container)?;
            let length = node.text_content().map_or(0, |t| units_of(&t));
            return Some(start + offset.min(length));
        }
        let child = container.child_nodes().item(offset);
        let next = self.nodes.iter().find(|(n, _)| match &child {
            Some(child) => child == n || child.contains(Some(n)) || follows(child, n),
            None => follows(container, n) && !container.contains(Some(n)),
        });
        Some(next.map_or(self.units, |(_, start)| *start))
    }
}

/// The length of `text` in UTF-16 units.
fn units_of(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// Whether `later` comes after `node` in document order.
fn follows(node: &Node, later: &Node) -> bool {
    node.compare_document_position(later) & Node::DOCUMENT_POSITION_FOLLOWING != 0
}
