//! The iterative tree builder: applies the allowlist to each filtered token, keeps a stack of
//! open kept elements (never deeper than [`MAX_DEPTH`]) and a few implied-end rules.

use super::filter::Filtered;
use super::text::shows_only_marks;
use super::tokenizer::Token;
use super::url::safe_url;
use super::{Attr, Node, Subset, Tag};

/// The deepest nesting of kept elements; deeper start tags are unwrapped (their text is kept).
pub const MAX_DEPTH: usize = 32;

/// Largest accepted `img` width or height.
/// The largest image dimension kept, in pixels (a larger one is a mistake or a trap).
pub const MAX_DIMENSION: u32 = 10_000;

/// Parse untrusted HTML into a tree that keeps only the subset's elements and attributes.
pub fn sanitize(html: &str, subset: Subset) -> Vec<Node> {
    let mut builder = Builder::new(subset);
    for token in Filtered::new(html) {
        builder.token(token);
    }
    builder.finish()
}

/// An open kept element.
struct Frame {
    tag: Tag,
    attrs: Vec<Attr>,
    children: Vec<Node>,
}

/// The tree under construction.
struct Builder {
    subset: Subset,
    root: Vec<Node>,
    stack: Vec<Frame>,
    /// Kept elements opened beyond [`MAX_DEPTH`]: unwrapped, but remembered so that their end
    /// tags do not close the real elements below them.
    overflow: Vec<Tag>,
    /// How many of each tag `overflow` holds (indexed by [`Tag::index`]).
    overflow_counts: [usize; Tag::ALL.len()],
    /// A `pre` was just opened: a newline right after it is dropped, as browsers do.
    after_pre: bool,
}

impl Builder {
    /// An empty builder for a subset.
    fn new(subset: Subset) -> Self {
        Builder {
            subset,
            root: Vec::new(),
            stack: Vec::new(),
            overflow: Vec::new(),
            overflow_counts: [0; Tag::ALL.len()],
            after_pre: false,
        }
    }

    /// Apply one token.
    fn token(&mut self, token: Token) {
        let after_pre = std::mem::take(&mut self.after_pre);
        match token {
            Token::Text(text) => self.text(text, after_pre),
            Token::Start { name, attrs, .. } => self.start_tag(&name, &attrs),
            Token::End { name } if name == "br" => self.start_tag(&name, &[]),
            Token::End { name } => self.end_tag(&name),
        }
    }

    /// The children of the current element (or the root).
    fn current_children(&mut self) -> &mut Vec<Node> {
        match self.stack.last_mut() {
            Some(frame) => &mut frame.children,
            None => &mut self.root,
        }
    }

    /// Append text, merging it with a preceding text node.
    fn text(&mut self, text: String, after_pre: bool) {
        let text = match (after_pre, text.strip_prefix('\n')) {
            (true, Some(rest)) => rest.to_owned(),
            _ => text,
        };
        push_text(self.current_children(), text);
    }

    /// A start tag: kept, unwrapped (ignored) or pushed on the overflow.
    fn start_tag(&mut self, name: &str, attrs: &[(String, String)]) {
        if name == "a" && self.overflow.is_empty() {
            // No nested links, even when the inner one is unwrapped (as in a browser).
            self.close_nearest(&[Tag::A], &[]);
        }
        let Some(tag) = Tag::from_name(name).filter(|tag| tag.allowed_in(self.subset)) else {
            return;
        };
        let Some(attrs) = kept_attrs(tag, attrs) else {
            return;
        };
        if self.overflow.is_empty() {
            self.implied_ends(tag);
        }
        if !self.overflow.is_empty() || self.stack.len() >= MAX_DEPTH {
            self.push_overflow(tag);
        } else if tag.is_void() {
            let element = Node::Element {
                tag,
                attrs,
                children: Vec::new(),
            };
            self.current_children().push(element);
        } else {
            self.stack.push(Frame {
                tag,
                attrs,
                children: Vec::new(),
            });
            self.after_pre = tag == Tag::Pre;
        }
    }

    /// Remember an element opened too deep (void ones need no remembering: they are dropped).
    fn push_overflow(&mut self, tag: Tag) {
        if tag.is_void() {
            return;
        }
        self.overflow.push(tag);
        if let Some(count) = self.overflow_counts.get_mut(tag.index()) {
            *count += 1;
        }
    }

    /// Pop overflow entries down to and including the last `tag`, if there is one.
    fn pop_overflow_to(&mut self, tag: Tag) -> bool {
        if self.overflow_counts.get(tag.index()).copied().unwrap_or(0) == 0 {
            return false;
        }
        while let Some(top) = self.overflow.pop() {
            if let Some(count) = self.overflow_counts.get_mut(top.index()) {
                *count = count.saturating_sub(1);
            }
            if top == tag {
                break;
            }
        }
        true
    }

    /// Forget every overflow entry (they sit above the element being closed).
    fn clear_overflow(&mut self) {
        self.overflow.clear();
        self.overflow_counts = [0; Tag::ALL.len()];
    }

    /// The light implied-end rules of the rich subset.
    fn implied_ends(&mut self, tag: Tag) {
        if closes_paragraph(tag) {
            self.close_nearest(&[Tag::P], &PARAGRAPH_SCOPE);
        }
        match tag {
            Tag::Li => {
                self.close_nearest(&[Tag::Li], &LIST_SCOPE);
            }
            Tag::Tr => self.close_all(&[Tag::Tr, Tag::Td, Tag::Th], &ROW_SCOPE),
            Tag::Td | Tag::Th => {
                self.close_nearest(&[Tag::Td, Tag::Th], &CELL_SCOPE);
            }
            Tag::Thead | Tag::Tbody => self.close_all(&TABLE_PARTS, &[Tag::Table]),
            // A ruby's reading or parenthesis ends the one before it.
            Tag::Rt | Tag::Rp => {
                self.close_nearest(&[Tag::Rt, Tag::Rp], &[Tag::Ruby]);
            }
            _ => self.close_heading_on_top(tag),
        }
    }

    /// A heading directly inside another heading closes it first (as in a browser).
    fn close_heading_on_top(&mut self, tag: Tag) {
        let top_is_heading = self.stack.last().is_some_and(|top| top.tag.is_heading());
        if tag.is_heading() && top_is_heading {
            self.close_top();
        }
    }

    /// Close the nearest open element among `targets` unless a `boundary` comes first.
    fn close_nearest(&mut self, targets: &[Tag], boundary: &[Tag]) -> bool {
        let found = self
            .stack
            .iter()
            .rposition(|frame| targets.contains(&frame.tag) || boundary.contains(&frame.tag));
        match found.and_then(|i| self.stack.get(i).map(|frame| (i, frame.tag))) {
            Some((i, tag)) if targets.contains(&tag) => {
                self.close_to(i);
                true
            }
            _ => false,
        }
    }

    /// Close open `targets` one after another until none is left before a `boundary`.
    fn close_all(&mut self, targets: &[Tag], boundary: &[Tag]) {
        while self.close_nearest(targets, boundary) {}
    }

    /// An end tag closes the nearest open element of that name; otherwise it is ignored.
    fn end_tag(&mut self, name: &str) {
        let Some(tag) = Tag::from_name(name).filter(|tag| !tag.is_void()) else {
            return;
        };
        if self.pop_overflow_to(tag) {
            return;
        }
        if let Some(i) = self.stack.iter().rposition(|frame| frame.tag == tag) {
            self.close_to(i);
        }
    }

    /// Close the element at stack index `i` and everything above it.
    fn close_to(&mut self, i: usize) {
        self.clear_overflow();
        while self.stack.len() > i {
            self.close_top();
        }
    }

    /// Close the current element and attach it to its parent.
    fn close_top(&mut self) {
        let Some(mut frame) = self.stack.pop() else {
            return;
        };
        if holds_only_elements(frame.tag) {
            frame.children.retain(|child| !is_blank_text(child));
        }
        // A heading's self-link (¶, #, §…) is dropped, as reader modes do.
        let in_heading = || self.stack.iter().any(|open| open.tag.is_heading());
        if frame.tag == Tag::A && in_heading() && shows_only_marks(&frame.children) {
            return;
        }
        let element = Node::Element {
            tag: frame.tag,
            attrs: frame.attrs,
            children: frame.children,
        };
        self.current_children().push(element);
    }

    /// Close everything still open and hand over the tree.
    fn finish(mut self) -> Vec<Node> {
        self.close_to(0);
        self.root
    }
}

/// Elements that stop the search for an open `p` to close.
const PARAGRAPH_SCOPE: [Tag; 3] = [Tag::Table, Tag::Td, Tag::Th];

/// Elements that stop the search for an open `li` to close (a nested list starts a new scope).
const LIST_SCOPE: [Tag; 6] = [
    Tag::Ul,
    Tag::Ol,
    Tag::Table,
    Tag::Td,
    Tag::Th,
    Tag::Blockquote,
];

/// Elements that stop the search for an open row or cell to close when a `tr` starts.
const ROW_SCOPE: [Tag; 3] = [Tag::Table, Tag::Thead, Tag::Tbody];

/// Elements that stop the search for an open cell to close when a `td` or `th` starts.
const CELL_SCOPE: [Tag; 4] = [Tag::Tr, Tag::Table, Tag::Thead, Tag::Tbody];

/// What a new `thead` or `tbody` closes inside its table.
const TABLE_PARTS: [Tag; 5] = [Tag::Thead, Tag::Tbody, Tag::Tr, Tag::Td, Tag::Th];

/// Start tags that close an open `p` (the block elements of the rich subset).
fn closes_paragraph(tag: Tag) -> bool {
    tag.is_heading()
        || matches!(
            tag,
            Tag::P
                | Tag::Ul
                | Tag::Ol
                | Tag::Li
                | Tag::Blockquote
                | Tag::Figure
                | Tag::Figcaption
                | Tag::Table
                | Tag::Pre
                | Tag::Hr
                | Tag::Details
        )
}

/// Containers whose whitespace-only text is formatting, not content.
fn holds_only_elements(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Ul | Tag::Ol | Tag::Table | Tag::Thead | Tag::Tbody | Tag::Tr
    )
}

/// A text node made of whitespace only.
fn is_blank_text(node: &Node) -> bool {
    matches!(node, Node::Text(text) if text.chars().all(|c| c.is_ascii_whitespace()))
}

/// Append text to a child list, merging with a trailing text node; empty text is skipped.
fn push_text(children: &mut Vec<Node>, text: String) {
    if text.is_empty() {
        return;
    }
    match children.last_mut() {
        Some(Node::Text(last)) => last.push_str(&text),
        _ => children.push(Node::Text(text)),
    }
}

/// The first value of an attribute (duplicates: the first one wins, as in a browser).
fn first<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(attr, _)| attr == name)
        .map(|(_, value)| value.as_str())
}

/// The longest author id kept, in bytes.
pub const MAX_ID: usize = 128;

/// An author's `id` as an element's id may be: not empty, no ASCII whitespace, at most
/// [`MAX_ID`] bytes.
pub fn author_id(value: &str) -> Option<String> {
    let valid = !value.is_empty()
        && value.len() <= MAX_ID
        && !value.bytes().any(|b| b.is_ascii_whitespace());
    valid.then(|| value.to_owned())
}

/// The allowlisted attributes of a kept element; `None` when the element cannot be kept
/// (`a` without a safe `href` is unwrapped, `img` without a safe `src` is dropped).
fn kept_attrs(tag: Tag, attrs: &[(String, String)]) -> Option<Vec<Attr>> {
    let text = |name: &str| first(attrs, name).map(str::to_owned);
    let mut kept = match tag {
        Tag::A => vec![Attr::Href(first(attrs, "href").and_then(safe_url)?)],
        Tag::Abbr => text("title").map(Attr::Title).into_iter().collect(),
        Tag::Span => text("lang").map(Attr::Lang).into_iter().collect(),
        Tag::Img => {
            let src = first(attrs, "src").and_then(safe_url)?;
            [
                Some(Attr::Src(src)),
                // An image the publisher left without `alt` is shown as decorative (`alt=""`):
                // without one, screen readers read its file name.
                Some(Attr::Alt(text("alt").unwrap_or_default())),
                first(attrs, "width").and_then(dimension).map(Attr::Width),
                first(attrs, "height").and_then(dimension).map(Attr::Height),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        _ => Vec::new(),
    };
    kept.extend(first(attrs, "id").and_then(author_id).map(Attr::Id));
    Some(kept)
}

/// A positive integer up to [`MAX_DIMENSION`], digits only (surrounding whitespace allowed).
fn dimension(value: &str) -> Option<u32> {
    let digits = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = digits.parse::<u32>().ok()?;
    (1..=MAX_DIMENSION).contains(&number).then_some(number)
}
