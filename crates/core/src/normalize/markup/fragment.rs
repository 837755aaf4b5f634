//! Where the elements of a markup fragment start and end, read with the sanitizer's
//! [lexer](crate::sanitize::lexer) (so tags, attribute values, comments and raw text are read
//! exactly as the sanitizer reads them). These helpers only cut the source into pieces: every
//! piece still goes through the sanitizer before anything of it is shown.

use std::iter::Peekable;

use crate::sanitize::lexer::{is_space, Lexeme, Lexer, Mark, StartTag};

/// Elements that never have content.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Start tags that end an open `p` (as in a browser).
const CLOSES_P: [&str; 28] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Phrasing elements: at the top level they, and the text around them, make one paragraph.
const PHRASING: [&str; 27] = [
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// An element of a fragment: its start tag, its whole markup and its content.
pub(super) struct Element<'a> {
    pub tag: StartTag,
    pub outer: &'a str,
    pub inner: &'a str,
}

/// A top-level piece of a fragment.
pub(super) enum Piece<'a> {
    Element(Element<'a>),
    /// A run of text and phrasing elements.
    Loose(&'a str),
}

/// The top-level pieces of a fragment. Names in `alone` are never merged into a loose run.
pub(super) fn pieces<'a>(src: &'a str, alone: &[&str]) -> Vec<Piece<'a>> {
    let is_phrasing = |name: &str| PHRASING.contains(&name) && !alone.contains(&name);
    let mut out = Vec::new();
    // The loose run being gathered, as a span of `src`.
    let mut run: Option<(usize, usize)> = None;
    let mut marks = Lexer::new(src).peekable();
    while let Some(Mark { lexeme, start, end }) = marks.next() {
        let joins_run = match &lexeme {
            Lexeme::Text => run.is_some() || !is_blank(src.get(start..end).unwrap_or_default()),
            Lexeme::End(name) => run.is_some() && is_phrasing(name),
            Lexeme::Start(tag) => is_phrasing(&tag.name),
        };
        if joins_run {
            run = Some(run.map_or((start, end), |(from, _)| (from, end)));
            continue;
        }
        let Lexeme::Start(tag) = lexeme else {
            // Stray end tags and blank text between elements.
            continue;
        };
        if let Some(loose) = run.take().and_then(|(from, to)| src.get(from..to)) {
            out.push(Piece::Loose(loose));
        }
        if let Some(element) = element(src, &mut marks, tag, start, end) {
            out.push(Piece::Element(element));
        }
    }
    if let Some(loose) = run.and_then(|(from, to)| src.get(from..to)) {
        out.push(Piece::Loose(loose));
    }
    out
}

/// The first element of a fragment, at any depth, whose start tag passes `wanted`.
pub(super) fn find(src: &str, wanted: impl Fn(&StartTag) -> bool) -> Option<Element<'_>> {
    let mut marks = Lexer::new(src).peekable();
    while let Some(Mark { lexeme, start, end }) = marks.next() {
        if let Lexeme::Start(tag) = lexeme {
            if wanted(&tag) {
                return element(src, &mut marks, tag, start, end);
            }
        }
    }
    None
}

/// The first element named `name` anywhere in a fragment.
pub(super) fn find_named<'a>(src: &'a str, name: &str) -> Option<Element<'a>> {
    find(src, |tag| tag.name == name)
}

/// Every start tag of a fragment, in order, with the index of its `<`.
pub(in crate::normalize) fn start_tags(src: &str) -> impl Iterator<Item = (usize, StartTag)> + '_ {
    Lexer::new(src).filter_map(|mark| match mark.lexeme {
        Lexeme::Start(tag) => Some((mark.start, tag)),
        _ => None,
    })
}

/// The element that `tag` (spanning `start..end`) opens, reading `marks` up to its end. An element
/// left open runs to the end of the input; an open `p` ends where a block starts, as in a browser.
fn element<'a>(
    src: &'a str,
    marks: &mut Peekable<Lexer<'_>>,
    tag: StartTag,
    start: usize,
    end: usize,
) -> Option<Element<'a>> {
    let (inner_end, outer_end) = if VOID.contains(&tag.name.as_str()) {
        (end, end)
    } else {
        close(marks, &tag.name).unwrap_or((src.len(), src.len()))
    };
    Some(Element {
        outer: src.get(start..outer_end)?,
        inner: src.get(end.min(inner_end)..inner_end)?,
        tag,
    })
}

/// Where the element named `name` whose start tag was just read ends: (end of its content, end of
/// its end tag); `None` when the input ends first.
fn close(marks: &mut Peekable<Lexer<'_>>, name: &str) -> Option<(usize, usize)> {
    let mut depth = 1usize;
    loop {
        if name == "p" {
            let block = |mark: &Mark| matches!(&mark.lexeme, Lexeme::Start(open) if CLOSES_P.contains(&open.name.as_str()));
            if let Some(next) = marks.peek().filter(|mark| block(mark)) {
                return Some((next.start, next.start));
            }
        }
        let mark = marks.next()?;
        match mark.lexeme {
            Lexeme::Start(open) if open.name == name => depth += 1,
            Lexeme::End(close) if close == name => {
                depth -= 1;
                if depth == 0 {
                    return Some((mark.start, mark.end));
                }
            }
            _ => {}
        }
    }
}

/// Whether text is only HTML whitespace.
fn is_blank(text: &str) -> bool {
    text.bytes().all(is_space)
}
