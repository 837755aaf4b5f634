//! A small HTML tokenizer that follows the browser's rules where they matter for safety: tag and
//! attribute syntax, comments and bogus comments, raw-text elements (`script`, `style`...), and
//! unterminated constructs at the end of input (dropped, as a browser drops them).
//!
//! Scanning works on bytes and only ever cuts the string at ASCII delimiters, so every cut falls
//! on a character boundary; each byte is looked at a bounded number of times (linear time).

use std::borrow::Cow;

use super::entities::{decode_into, Context};

/// One token of the input.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// A start tag: lowercase name, attributes in source order (names lowercase, values decoded),
    /// and whether it ended with `/>`.
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    /// An end tag with its lowercase name (its attributes are parsed and ignored).
    End { name: String },
    /// Text with its character references decoded.
    Text(String),
}

/// Elements whose content is raw text up to their end tag (never markup). `noscript` is not
/// here: we parse it as a browser without scripting would, so an end tag hidden in one of its
/// attribute values cannot end it.
const RAW_TEXT: [&str; 8] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
];

/// What the input holds at a `<`.
enum Markup {
    /// A tag.
    Token(Token),
    /// Something that produces nothing (comment, doctype, `</>`...), ending before this index.
    Skip(usize),
    /// Not markup: the `<` is text.
    Text,
}

/// A streaming tokenizer over an HTML string.
pub(crate) struct Tokenizer<'a> {
    src: Cow<'a, str>,
    pos: usize,
    pending: Option<Token>,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer over `html` (CR and CRLF read as LF, NUL as U+FFFD, like the browser).
    pub(crate) fn new(html: &'a str) -> Self {
        Tokenizer {
            src: preprocess(html),
            pos: 0,
            pending: None,
        }
    }

    /// The byte at `i`, if any.
    fn byte(&self, i: usize) -> Option<u8> {
        self.src.as_bytes().get(i).copied()
    }

    /// The text between two byte positions (both on ASCII delimiters or the ends).
    fn slice(&self, from: usize, to: usize) -> &str {
        self.src.get(from..to).unwrap_or("")
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
        let mut i = from;
        while self.byte(i).is_some_and(is_space) {
            i += 1;
        }
        i
    }

    /// The index of the first byte at or after `from` for which `stop` holds (or the end).
    fn scan_until(&self, from: usize, stop: impl Fn(u8) -> bool) -> usize {
        let mut i = from;
        while self.byte(i).is_some_and(|b| !stop(b)) {
            i += 1;
        }
        i
    }

    /// What starts at the `<` at `lt`.
    fn markup(&mut self, lt: usize) -> Markup {
        match self.byte(lt + 1) {
            Some(b'!') => Markup::Skip(self.declaration_end(lt + 2)),
            Some(b'?') => Markup::Skip(self.bogus_comment_end(lt + 2)),
            Some(b'/') => self.end_tag(lt + 2),
            Some(b) if b.is_ascii_alphabetic() => self.start_tag(lt + 1),
            _ => Markup::Text,
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

    /// After `</`.
    fn end_tag(&mut self, from: usize) -> Markup {
        match self.byte(from) {
            Some(b) if b.is_ascii_alphabetic() => match self.tag(from) {
                Some(tag) => {
                    self.pos = tag.end;
                    Markup::Token(Token::End { name: tag.name })
                }
                None => Markup::Skip(self.src.len()),
            },
            Some(b'>') => Markup::Skip(from + 1),
            Some(_) => Markup::Skip(self.bogus_comment_end(from)),
            None => Markup::Text,
        }
    }

    /// After `<` and a letter: a start tag, then the raw text it may open.
    fn start_tag(&mut self, from: usize) -> Markup {
        let Some(tag) = self.tag(from) else {
            return Markup::Skip(self.src.len());
        };
        self.pos = if tag.name == "plaintext" {
            self.src.len()
        } else if RAW_TEXT.contains(&tag.name.as_str()) {
            self.raw_text_end(tag.end, &tag.name)
        } else {
            tag.end
        };
        Markup::Token(Token::Start {
            name: tag.name,
            attrs: tag.attrs,
            self_closing: tag.self_closing,
        })
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

    /// A tag's name and attributes from its first letter; `None` if the input ends inside it.
    fn tag(&self, from: usize) -> Option<RawTag> {
        let name_end = self.scan_until(from, |b| is_space(b) || b == b'/' || b == b'>');
        let name = self.slice(from, name_end).to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut i = name_end;
        loop {
            i = self.skip_whitespace(i);
            match self.byte(i)? {
                b'>' => return Some(RawTag::new(name, attrs, false, i + 1)),
                b'/' if self.byte(i + 1) == Some(b'>') => {
                    return Some(RawTag::new(name, attrs, true, i + 2))
                }
                b'/' => i += 1,
                _ => {
                    let (attr, next) = self.attribute(i)?;
                    attrs.push(attr);
                    i = next;
                }
            }
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

    /// A quoted or unquoted value starting at `from`; `None` if the input ends inside it.
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

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(token) = self.pending.take() {
            return Some(token);
        }
        let mut text = String::new();
        while self.pos < self.src.len() {
            let Some(lt) = self.find_from(self.pos, "<") else {
                decode_into(
                    &mut text,
                    self.slice(self.pos, self.src.len()),
                    Context::Text,
                );
                self.pos = self.src.len();
                break;
            };
            decode_into(&mut text, self.slice(self.pos, lt), Context::Text);
            match self.markup(lt) {
                Markup::Text => {
                    text.push('<');
                    self.pos = lt + 1;
                }
                Markup::Skip(end) => self.pos = end,
                Markup::Token(token) if text.is_empty() => return Some(token),
                Markup::Token(token) => {
                    self.pending = Some(token);
                    return Some(Token::Text(text));
                }
            }
        }
        (!text.is_empty()).then_some(Token::Text(text))
    }
}

/// A parsed tag before it becomes a [`Token`].
struct RawTag {
    name: String,
    attrs: Vec<(String, String)>,
    self_closing: bool,
    end: usize,
}

impl RawTag {
    /// Bundle the parts of a tag that ends before `end`.
    fn new(name: String, attrs: Vec<(String, String)>, self_closing: bool, end: usize) -> Self {
        RawTag {
            name,
            attrs,
            self_closing,
            end,
        }
    }
}

/// HTML whitespace: tab, LF, FF, CR, space.
fn is_space(b: u8) -> bool {
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
