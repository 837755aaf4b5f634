//! Text content: of an HTML fragment (titles) and of a sanitized tree (reading time, summaries).

use super::filter::Filtered;
use super::tokenizer::Token;
use super::{Node, Tag};

/// The text of an HTML fragment: tags removed, dropped elements' content removed, references
/// decoded, runs of ASCII whitespace (and `br`) collapsed to one space, trimmed.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut pending_space = false;
    for token in Filtered::new(html) {
        match token {
            Token::Text(text) => append_collapsed(&mut out, &text, &mut pending_space),
            Token::Start { name, .. } | Token::End { name } if name == "br" => {
                pending_space = true;
            }
            _ => {}
        }
    }
    out
}

/// A heading's text as [`plain_text`] gives it, without its self-links: a link whose only text is
/// a mark such as ¶, #, § or 🔗 (a permalink a CMS adds to each heading) is dropped, as reader
/// modes do.
pub fn heading_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut pending_space = false;
    // The text of the link being read, held until its end.
    let mut link: Option<String> = None;
    let flush = |out: &mut String, link: &mut Option<String>, pending: &mut bool| {
        if let Some(text) = link.take().filter(|text| !is_mark(text)) {
            append_collapsed(out, &text, pending);
        }
    };
    for token in Filtered::new(html) {
        match token {
            Token::Text(text) => match link.as_mut() {
                Some(held) => held.push_str(&text),
                None => append_collapsed(&mut out, &text, &mut pending_space),
            },
            Token::Start { name, .. } | Token::End { name } if name == "br" => {
                match link.as_mut() {
                    Some(held) => held.push(' '),
                    None => pending_space = true,
                }
            }
            // A link starting closes the one before it, as in a browser.
            Token::Start { name, .. } if name == "a" => {
                flush(&mut out, &mut link, &mut pending_space);
                link = Some(String::new());
            }
            Token::End { name } if name == "a" => flush(&mut out, &mut link, &mut pending_space),
            _ => {}
        }
    }
    flush(&mut out, &mut link, &mut pending_space);
    out
}

/// Whether a link's text is only a permalink mark (or nothing at all).
pub(super) fn is_mark(text: &str) -> bool {
    const MARKS: [char; 8] = ['#', '¶', '§', '⁋', '🔗', '⚓', '🔖', '\u{FE0F}'];
    text.chars()
        .all(|c| c.is_whitespace() || MARKS.contains(&c))
}

/// Whether a tree shows nothing but permalink marks: no other text, no image.
pub(super) fn shows_only_marks(nodes: &[Node]) -> bool {
    let mut stack = vec![nodes.iter()];
    while let Some(level) = stack.last_mut() {
        match level.next() {
            None => {
                stack.pop();
            }
            Some(Node::Text(text)) if !is_mark(text) => return false,
            Some(Node::Text(_)) => {}
            Some(Node::Element { tag: Tag::Img, .. }) => return false,
            Some(Node::Element { children, .. }) => stack.push(children.iter()),
        }
    }
    true
}

/// Append `text` with whitespace runs collapsed; a space is only written before later text.
fn append_collapsed(out: &mut String, text: &str, pending_space: &mut bool) {
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            *pending_space = true;
            continue;
        }
        if std::mem::take(pending_space) && !out.is_empty() {
            out.push(' ');
        }
        out.push(c);
    }
}

/// The concatenated text of a sanitized tree (`br` becomes a newline).
pub fn text_of(nodes: &[Node]) -> String {
    let mut out = String::new();
    walk_text(nodes, |piece| out.push_str(piece));
    out
}

/// The number of Unicode scalar values in [`text_of`], computed without building the text.
pub fn char_count(nodes: &[Node]) -> usize {
    let mut count = 0;
    walk_text(nodes, |piece| count += piece.chars().count());
    count
}

/// Visit the text pieces of a tree in document order, iteratively (no recursion on depth).
fn walk_text<'a>(nodes: &'a [Node], mut visit: impl FnMut(&'a str)) {
    let mut stack = vec![nodes.iter()];
    while let Some(level) = stack.last_mut() {
        match level.next() {
            None => {
                stack.pop();
            }
            Some(Node::Text(text)) => visit(text),
            Some(Node::Element { tag: Tag::Br, .. }) => visit("\n"),
            Some(Node::Element { children, .. }) => stack.push(children.iter()),
        }
    }
}
