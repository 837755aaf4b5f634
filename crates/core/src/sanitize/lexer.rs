//! The crate's one HTML lexer. It follows the browser's rules where they matter for safety: tag
//! and attribute syntax, comments and bogus comments, raw-text elements (`script`, `style`...),
//! and unterminated constructs at the end of input (dropped, as a browser drops them).
//!
//! It yields [`Mark`]s: start tags (names lowercase, attribute values decoded as attribute
//! values), end tags and runs of text, each with its byte span in the source, so that the
//! sanitizer's [`Tokenizer`](super::tokenizer) and the WordPress block splitter read markup the
//! same way. Text is left as it is (the caller decodes it); comments and the content of raw-text
//! elements produce nothing.
//!
//! Scanning works on bytes and only ever cuts the string at ASCII delimiters, so every cut falls
//! on a character boundary; each byte is looked at a bounded number of times (linear time).

use std::borrow::Cow;

use super::entities::{decode_into, Context};

/// One piece of markup and where it is in the source (`start..end`, bytes).
#[derive(Debug, PartialEq, Eq)]
pub struct Mark {
    pub lexeme: Lexeme,
    pub start: usize,
    pub end: usize,
}

/// What a [`Mark`] is.
#[derive(Debug, PartialEq, Eq)]
pub enum Lexeme {
    /// Text, character references not yet decoded. A `<` that opens no markup is text.
    Text,
    /// A start tag. After a raw-text element's start tag the next mark is its end tag (or none,
    /// when the input ends first): its content is skipped.
    Start(StartTag),
    /// An end tag with its lowercase name (its attributes are read and ignored).
    End(String),
}

/// A start tag.
#[derive(Debug, PartialEq, Eq)]
pub struct StartTag {
    /// Lowercase name.
    pub name: String,
    /// Lowercase names, values with their character references decoded, in source order.
    pub attrs: Vec<(String, String)>,
    /// Whether it ended with `/>`.
    pub self_closing: bool,
}

impl StartTag {
    /// The value of the first attribute called `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(attr, _)| attr == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == class))
    }
}

/// Elements whose content is raw text up to their end tag (never markup). `noscript` is not
/// here: we parse it as a browser without scripting would, so an end tag hidden in one of its
/// attribute values cannot end it.
const RAW_TEXT: [&str; 8] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
];

/// What the input holds at a `<`.
enum Markup {
    /// A tag, ending before `end`; scanning resumes at `resume` (after a raw-text element's
    /// content).
    Tag {
        lexeme: Lexeme,
        end: usize,
        resume: usize,
    },
    /// Something that produces nothing (comment, doctype, `</>`...), ending before this index.
    Skip(usize),
}

/// A lexer over an HTML string.
pub struct Lexer<'a> {
    src: Cow<'a, str>,
    pos: usize,
    /// A tag found while scanning a run of text, returned after it.
    pending: Option<Mark>,
}

impl<'a> Lexer<'a> {
    /// A lexer over `html` as it is: spans index `html` itself.
    pub fn new(html: &'a str) -> Self {
        Lexer {
            src: Cow::Borrowed(html),
            pos: 0,
            pending: None,
        }
    }

    /// A lexer over `html` after the browser's input preprocessing (CR and CRLF read as LF, NUL
    /// as U+FFFD): spans index the preprocessed text, read with [`Lexer::slice`].
    pub fn preprocessed(html: &'a str) -> Self {
        Lexer {
            src: preprocess(html),
            pos: 0,
            pending: None,
        }
    }

    /// The source between two positions (both on ASCII delimiters or the ends).
    pub fn slice(&self, from: usize, to: usize) -> &str {
        self.src.get(from..to).unwrap_or("")
    }

    /// The byte at `i`, if any.
    fn byte(&self, i: usize) -> Option<u8> {
        self.src.as_bytes().get(i).copied()
    }

    /// The index of the next `needle` at or after `from`.
    fn find_from(&self, from: usize, needle: &str) -> Option<usize> {
        self.src
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .map(|i| i + from)
    }

    /// The index of the first byte at or after `from` that is not HTML whitespace.
    fn skip_whitespace(&self, from: usize) -> usize {
        self.scan_until(from, |b| !is_space(b))
    }

    /// The index of the first byte at or after `from` for which `stop` holds (or the end).
    fn scan_until(&self, from: usize, stop: impl Fn(u8) -> bool) -> usize {
        let mut i = from;
        while self.byte(i).is_some_and(|b| !stop(b)) {
            i += 1;
        }
        i
    }

    /// What starts at the `<` at `lt`; `None` when it opens no markup (the `<` is text).
    fn markup(&self, lt: usize) -> Option<Markup> {
        match self.byte(lt + 1) {
            Some(b'!') => Some(Markup::Skip(self.declaration_end(lt + 2))),
            Some(b'?') => Some(Markup::Skip(self.bogus_comment_end(lt + 2))),
            Some(b'/') => self.end_tag(lt + 2),
            Some(b) if b.is_ascii_alphabetic() => Some(self.start_tag(lt + 1)),
            _ => None,
        }
    }

    /// After `<!`: a comment, or a doctype / CDATA / other declaration read as a bogus comment.
    fn declaration_end(&self, from: usize) -> usize {
        if self.slice(from, from + 2) == "--" {
            self.comment_end(from + 2)
        } else {
            self.bogus_comment_end(from)
        }
    }

    /// After `<!--`: the end of the comment (`-->`, `--!>`, or the abrupt `<!-->` / `<!--->`).
    fn comment_end(&self, from: usize) -> usize {
        if self.byte(from) == Some(b'>') {
            return from + 1;
        }
        if self.slice(from, from + 2) == "->" {
            return from + 2;
        }
        let mut search = from;
        while let Some(dashes) = self.find_from(search, "--") {
            match (self.byte(dashes + 2), self.byte(dashes + 3)) {
                (Some(b'>'), _) => return dashes + 3,
                (Some(b'!'), Some(b'>')) => return dashes + 4,
                _ => search = dashes + 1,
            }
        }
        self.src.len()
    }

    /// A bogus comment runs to the next `>` (or the end of input).
    fn bogus_comment_end(&self, from: usize) -> usize {
        self.find_from(from, ">")
            .map_or(self.src.len(), |gt| gt + 1)
    }

    /// After `</`; `None` at the end of input (the `</` is text).
    fn end_tag(&self, from: usize) -> Option<Markup> {
        Some(match self.byte(from)? {
            b if b.is_ascii_alphabetic() => match self.tag(from) {
                Some((tag, end)) => Markup::Tag {
                    lexeme: Lexeme::End(tag.name),
                    end,
                    resume: end,
                },
                None => Markup::Skip(self.src.len()),
            },
            b'>' => Markup::Skip(from + 1),
            _ => Markup::Skip(self.bogus_comment_end(from)),
        })
    }

    /// After `<` and a letter: a start tag, and where the raw text it may open ends.
    fn start_tag(&self, from: usize) -> Markup {
        let Some((tag, end)) = self.tag(from) else {
            return Markup::Skip(self.src.len());
        };
        let resume = if tag.name == "plaintext" {
            self.src.len()
        } else if RAW_TEXT.contains(&tag.name.as_str()) {
            self.raw_text_end(end, &tag.name)
        } else {
            end
        };
        Markup::Tag {
            lexeme: Lexeme::Start(tag),
            end,
            resume,
        }
    }

    /// The index of the `</name` that ends raw text starting at `from` (or the end of input).
    fn raw_text_end(&self, from: usize, name: &str) -> usize {
        let mut search = from;
        while let Some(lt) = self.find_from(search, "</") {
            let name_end = lt + 2 + name.len();
            let same_name = self.slice(lt + 2, name_end).eq_ignore_ascii_case(name);
            let delimited =
                matches!(self.byte(name_end), Some(b) if is_space(b) || b == b'/' || b == b'>');
            if same_name && delimited {
                return lt;
            }
            search = lt + 2;
        }
        self.src.len()
    }

    /// A tag from its first letter, and the index just after its `>`; `None` if the input ends
    /// inside it.
    fn tag(&self, from: usize) -> Option<(StartTag, usize)> {
        let name_end = self.scan_until(from, |b| is_space(b) || b == b'/' || b == b'>');
        let name = self.slice(from, name_end).to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut i = name_end;
        loop {
            i = self.skip_whitespace(i);
            let self_closing = match self.byte(i)? {
                b'>' => false,
                b'/' if self.byte(i + 1) == Some(b'>') => true,
                b'/' => {
                    i += 1;
                    continue;
                }
                _ => {
                    let (attr, next) = self.attribute(i)?;
                    attrs.push(attr);
                    i = next;
                    continue;
                }
            };
            let end = if self_closing { i + 2 } else { i + 1 };
            let tag = StartTag {
                name,
                attrs,
                self_closing,
            };
            return Some((tag, end));
        }
    }

    /// One attribute starting at `from` (not whitespace, `/` or `>`), and where scanning resumes.
    fn attribute(&self, from: usize) -> Option<((String, String), usize)> {
        // The first character belongs to the name even when it is `=`.
        let name_end = self.scan_until(from + 1, |b| {
            is_space(b) || b == b'/' || b == b'>' || b == b'='
        });
        let name = self.slice(from, name_end).to_ascii_lowercase();
        let after_name = self.skip_whitespace(name_end);
        if self.byte(after_name) != Some(b'=') {
            return Some(((name, String::new()), after_name));
        }
        let (value, next) = self.attribute_value(self.skip_whitespace(after_name + 1))?;
        Some(((name, value), next))
    }

    /// A quoted or unquoted value starting at `from`, decoded by the attribute-value rules (so
    /// `&copy=` in a URL stays as it is); `None` if the input ends inside it.
    fn attribute_value(&self, from: usize) -> Option<(String, usize)> {
        let (start, end, next) = match self.byte(from)? {
            quote @ (b'"' | b'\'') => {
                let close = self.scan_until(from + 1, |b| b == quote);
                self.byte(close)?;
                (from + 1, close, close + 1)
            }
            b'>' => (from, from, from),
            _ => {
                let end = self.scan_until(from, |b| is_space(b) || b == b'>');
                self.byte(end)?;
                (from, end, end)
            }
        };
        let mut value = String::new();
        decode_into(&mut value, self.slice(start, end), Context::Attribute);
        Some((value, next))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Mark;

    fn next(&mut self) -> Option<Mark> {
        if let Some(mark) = self.pending.take() {
            return Some(mark);
        }
        loop {
            let text_start = self.pos;
            let mut search = text_start;
            // The next `<` that opens markup (a `<` that does not is part of the text).
            let found = loop {
                let Some(lt) = self.find_from(search, "<") else {
                    break None;
                };
                match self.markup(lt) {
                    Some(markup) => break Some((lt, markup)),
                    None => search = lt + 1,
                }
            };
            let text_end = found.as_ref().map_or(self.src.len(), |(lt, _)| *lt);
            let text = (text_end > text_start).then(|| text(text_start, text_end));
            match found {
                None => {
                    self.pos = self.src.len();
                    return text;
                }
                Some((_, Markup::Skip(end))) => {
                    self.pos = end;
                    if text.is_some() {
                        return text;
                    }
                }
                Some((
                    lt,
                    Markup::Tag {
                        lexeme,
                        end,
                        resume,
                    },
                )) => {
                    self.pos = resume;
                    let mark = Mark {
                        lexeme,
                        start: lt,
                        end,
                    };
                    if text.is_some() {
                        self.pending = Some(mark);
                        return text;
                    }
                    return Some(mark);
                }
            }
        }
    }
}

/// A run of text from `start` to `end`.
fn text(start: usize, end: usize) -> Mark {
    Mark {
        lexeme: Lexeme::Text,
        start,
        end,
    }
}

/// HTML whitespace: tab, LF, FF, CR, space.
pub fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// The input stream preprocessing: CRLF and CR become LF, NUL becomes U+FFFD.
fn preprocess(html: &str) -> Cow<'_, str> {
    if !html.contains(['\r', '\0']) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut chars = html.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\0' => out.push(char::REPLACEMENT_CHARACTER),
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}
