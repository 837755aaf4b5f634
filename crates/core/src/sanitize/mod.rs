//! The contract's HTML allowlists (inline and rich subsets), as a pure function from an untrusted
//! string to a typed tree. The tree is rendered node by node; it is never serialized back to HTML,
//! so no string we produce is ever parsed again by the browser (no mutation-XSS round trip).

// INTERFACE (fixed): the rest of the crate relies on exactly these items.

/// Which allowlist applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subset {
    /// Paragraph, quote and list-item `html`: `a em strong i b br cite q abbr sub sup code mark s
    /// del ins ruby rt rp span`.
    Inline,
    /// The `html` block: the inline subset plus block elements, lists, figures, images, tables,
    /// disclosures (`details`, `summary`).
    Rich,
}

/// An element that survived the allowlist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    A,
    Em,
    Strong,
    I,
    B,
    Br,
    Cite,
    Q,
    Abbr,
    Sub,
    Sup,
    Code,
    Mark,
    S,
    Del,
    Ins,
    Ruby,
    Rt,
    Rp,
    Span,
    P,
    H2,
    H3,
    H4,
    H5,
    H6,
    Blockquote,
    Ul,
    Ol,
    Li,
    Figure,
    Figcaption,
    Img,
    Table,
    Thead,
    Tbody,
    Tr,
    Th,
    Td,
    Pre,
    Hr,
    Details,
    Summary,
}

/// An attribute that survived the allowlist (`a[href]`, `abbr[title]`, `span[lang]`,
/// `img[src alt width height]`, and the author's `id` on any element). URL values are already
/// checked by [`safe_url`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attr {
    /// The author's id (the target of the article's own in-page links): views never write it as
    /// it is, but namespaced to their reader, so that it cannot collide with the page's ids or
    /// another reader's (nor clobber a global of the page).
    Id(String),
    Href(String),
    Title(String),
    Lang(String),
    Src(String),
    Alt(String),
    Width(u32),
    Height(u32),
}

/// One node of a sanitized tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element {
        tag: Tag,
        attrs: Vec<Attr>,
        children: Vec<Node>,
    },
}

// IMPLEMENTATION: the tokenizer feeds a filter that drops dangerous elements with their content,
// which feeds an iterative tree builder; nothing recurses on input depth.

mod entities;
mod filter;
pub(crate) mod lexer;
mod text;
mod tokenizer;
mod tree;
mod url;

pub use entities::decode_entities;
pub use text::{char_count, heading_text, plain_text, text_of};
pub use tree::{author_id, sanitize, MAX_DEPTH, MAX_DIMENSION};
pub use url::safe_url;

impl Tag {
    /// Every tag, in declaration order (`ALL[tag.index()] == tag`).
    pub const ALL: [Tag; 43] = [
        Tag::A,
        Tag::Em,
        Tag::Strong,
        Tag::I,
        Tag::B,
        Tag::Br,
        Tag::Cite,
        Tag::Q,
        Tag::Abbr,
        Tag::Sub,
        Tag::Sup,
        Tag::Code,
        Tag::Mark,
        Tag::S,
        Tag::Del,
        Tag::Ins,
        Tag::Ruby,
        Tag::Rt,
        Tag::Rp,
        Tag::Span,
        Tag::P,
        Tag::H2,
        Tag::H3,
        Tag::H4,
        Tag::H5,
        Tag::H6,
        Tag::Blockquote,
        Tag::Ul,
        Tag::Ol,
        Tag::Li,
        Tag::Figure,
        Tag::Figcaption,
        Tag::Img,
        Tag::Table,
        Tag::Thead,
        Tag::Tbody,
        Tag::Tr,
        Tag::Th,
        Tag::Td,
        Tag::Pre,
        Tag::Hr,
        Tag::Details,
        Tag::Summary,
    ];

    /// The lowercase HTML element name.
    pub fn name(self) -> &'static str {
        match self {
            Tag::A => "a",
            Tag::Em => "em",
            Tag::Strong => "strong",
            Tag::I => "i",
            Tag::B => "b",
            Tag::Br => "br",
            Tag::Cite => "cite",
            Tag::Q => "q",
            Tag::Abbr => "abbr",
            Tag::Sub => "sub",
            Tag::Sup => "sup",
            Tag::Code => "code",
            Tag::Mark => "mark",
            Tag::S => "s",
            Tag::Del => "del",
            Tag::Ins => "ins",
            Tag::Ruby => "ruby",
            Tag::Rt => "rt",
            Tag::Rp => "rp",
            Tag::Span => "span",
            Tag::P => "p",
            Tag::H2 => "h2",
            Tag::H3 => "h3",
            Tag::H4 => "h4",
            Tag::H5 => "h5",
            Tag::H6 => "h6",
            Tag::Blockquote => "blockquote",
            Tag::Ul => "ul",
            Tag::Ol => "ol",
            Tag::Li => "li",
            Tag::Figure => "figure",
            Tag::Figcaption => "figcaption",
            Tag::Img => "img",
            Tag::Table => "table",
            Tag::Thead => "thead",
            Tag::Tbody => "tbody",
            Tag::Tr => "tr",
            Tag::Th => "th",
            Tag::Td => "td",
            Tag::Pre => "pre",
            Tag::Hr => "hr",
            Tag::Details => "details",
            Tag::Summary => "summary",
        }
    }

    /// The tag with this (lowercase) element name, if it is one of ours (`h1` is not).
    pub fn from_name(name: &str) -> Option<Tag> {
        // A match on the name (length first, then bytes) rather than a scan of `ALL`: this runs
        // for every tag of every article. `tests/sanitize.rs` checks it against `name`.
        Some(match name {
            "a" => Tag::A,
            "em" => Tag::Em,
            "strong" => Tag::Strong,
            "i" => Tag::I,
            "b" => Tag::B,
            "br" => Tag::Br,
            "cite" => Tag::Cite,
            "q" => Tag::Q,
            "abbr" => Tag::Abbr,
            "sub" => Tag::Sub,
            "sup" => Tag::Sup,
            "code" => Tag::Code,
            "mark" => Tag::Mark,
            "s" => Tag::S,
            "del" => Tag::Del,
            "ins" => Tag::Ins,
            "ruby" => Tag::Ruby,
            "rt" => Tag::Rt,
            "rp" => Tag::Rp,
            "span" => Tag::Span,
            "p" => Tag::P,
            "h2" => Tag::H2,
            "h3" => Tag::H3,
            "h4" => Tag::H4,
            "h5" => Tag::H5,
            "h6" => Tag::H6,
            "blockquote" => Tag::Blockquote,
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "img" => Tag::Img,
            "table" => Tag::Table,
            "thead" => Tag::Thead,
            "tbody" => Tag::Tbody,
            "tr" => Tag::Tr,
            "th" => Tag::Th,
            "td" => Tag::Td,
            "pre" => Tag::Pre,
            "hr" => Tag::Hr,
            "details" => Tag::Details,
            "summary" => Tag::Summary,
            _ => return None,
        })
    }

    /// The position of the tag in [`Tag::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the element never has children (`br`, `hr`, `img`).
    pub fn is_void(self) -> bool {
        matches!(self, Tag::Br | Tag::Hr | Tag::Img)
    }

    /// Whether the element belongs to the inline subset (every tag belongs to the rich one).
    pub fn is_inline(self) -> bool {
        self.index() <= Tag::Span.index()
    }

    /// Whether the subset allows this element.
    pub fn allowed_in(self, subset: Subset) -> bool {
        subset == Subset::Rich || self.is_inline()
    }

    /// Whether the element is a heading (`h2`–`h6`).
    pub fn is_heading(self) -> bool {
        matches!(self, Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }
}
