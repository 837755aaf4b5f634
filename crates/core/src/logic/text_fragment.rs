//! Links to a passage: text fragments (`#:~:text=`, WICG "URL Fragment Text Directives"). A
//! directive is made for a quote selected in an article, and the directives of the address a page
//! was opened with are found in the article's text.
//!
//! The text searched is the article body's text with `\n` between blocks. Matching follows the
//! specification's rules where they matter for links: case-insensitive, whitespace runs equal,
//! the start and end of the match on word boundaries (for scripts written with spaces), a prefix
//! just before the match and a suffix just after it (only whitespace between), and the first
//! match wins; so a directive is made unique by adding the words around the quote.

use std::ops::Range;

/// One `text=[prefix-,]start[,end][,-suffix]` directive, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextDirective {
    pub prefix: Option<String>,
    pub start: String,
    pub end: Option<String>,
    pub suffix: Option<String>,
}

/// A quote longer than this many words is linked by its first and last words (`start,end`).
const LONG_QUOTE_WORDS: usize = 10;
/// How many words the start and end of a long quote keep.
const EDGE_WORDS: usize = 4;
/// The most words of context a directive takes on each side to become unique.
const MAX_CONTEXT_WORDS: usize = 8;

impl TextDirective {
    /// The directive as it goes after `#:~:` (`text=…`), each term percent-encoded with the
    /// directive's own syntax characters (`-`, `,`, `&`) escaped.
    pub fn to_fragment(&self) -> String {
        let mut out = String::from("text=");
        if let Some(prefix) = &self.prefix {
            out.push_str(&encode(prefix));
            out.push_str("-,");
        }
        out.push_str(&encode(&self.start));
        if let Some(end) = &self.end {
            out.push(',');
            out.push_str(&encode(end));
        }
        if let Some(suffix) = &self.suffix {
            out.push_str(",-");
            out.push_str(&encode(suffix));
        }
        out
    }

    /// Reads the value of one `text=` directive (without `text=`); `None` when malformed.
    pub fn parse(value: &str) -> Option<TextDirective> {
        let mut terms: Vec<&str> = value.split(',').collect();
        let prefix = match terms.first() {
            Some(first) if first.ends_with('-') && terms.len() > 1 => {
                let prefix = first.strip_suffix('-').map(decode);
                terms.remove(0);
                prefix
            }
            _ => None,
        };
        let suffix = match terms.last() {
            Some(last) if last.starts_with('-') && terms.len() > 1 => {
                let suffix = last.strip_prefix('-').map(decode);
                terms.pop();
                suffix
            }
            _ => None,
        };
        let (start, end) = match terms.as_slice() {
            [start] => (decode(start), None),
            [start, end] => (decode(start), Some(decode(end))),
            _ => return None,
        };
        let blank = |t: &Option<String>| t.as_deref().is_some_and(|t| t.trim().is_empty());
        if start.trim().is_empty() || blank(&prefix) || blank(&end) || blank(&suffix) {
            return None;
        }
        Some(TextDirective {
            prefix,
            start,
            end,
            suffix,
        })
    }
}

/// The text directives of a URL's fragment directive (`#…:~:text=a&text=b`), in order; the
/// part before `:~:` (an ordinary fragment) and other directives are ignored.
pub fn directives(url_or_fragment: &str) -> Vec<TextDirective> {
    let Some((_, directive)) = url_or_fragment.split_once(":~:") else {
        return Vec::new();
    };
    directive
        .split('&')
        .filter_map(|part| part.strip_prefix("text="))
        .filter_map(TextDirective::parse)
        .collect()
}

/// The directive that links to `text[range]` (byte offsets of a selection in the searched
/// text): the quote itself, or its first and last words when long, with as many words of
/// context before and then after it as make its first match the selected one. `None` for a
/// selection of nothing but whitespace.
pub fn for_quote(text: &str, range: Range<usize>) -> Option<TextDirective> {
    let quote = text.get(range.clone())?;
    let leading = quote.len() - quote.trim_start().len();
    let trailing = quote.len() - quote.trim_end().len();
    let range = range.start + leading..range.end - trailing;
    let quote = text.get(range.clone())?;
    if quote.is_empty() {
        return None;
    }
    let words = words(quote);
    let (start, end) = if words.len() > LONG_QUOTE_WORDS {
        let head = words.get(..EDGE_WORDS).unwrap_or_default().join(" ");
        let tail = words
            .get(words.len() - EDGE_WORDS..)
            .unwrap_or_default()
            .join(" ");
        (head, Some(tail))
    } else {
        (words.join(" "), None)
    };
    let mut directive = TextDirective {
        prefix: None,
        start,
        end,
        suffix: None,
    };
    let before = text.get(..range.start).unwrap_or_default();
    let after = text.get(range.end..).unwrap_or_default();
    // Context stays within the quote's block.
    let before = before.rsplit('\n').next().unwrap_or_default();
    let after = after.split('\n').next().unwrap_or_default();
    let wanted = |d: &TextDirective| find(text, d).is_some_and(|m| m.start == range.start);
    for count in 0..=MAX_CONTEXT_WORDS {
        directive.prefix = context(before, count, Side::Before);
        if wanted(&directive) {
            return Some(directive);
        }
    }
    for count in 1..=MAX_CONTEXT_WORDS {
        directive.suffix = context(after, count, Side::After);
        if wanted(&directive) {
            return Some(directive);
        }
    }
    // The most context there is: as close to the passage as a link can get.
    Some(directive)
}

/// Where `directive` first matches in `text`, as byte offsets.
pub fn find(text: &str, directive: &TextDirective) -> Option<Range<usize>> {
    let haystack = Folded::new(text);
    let mut from = 0;
    loop {
        let (start, mut end) = match &directive.prefix {
            Some(prefix) => {
                let found = haystack.find(prefix, from)?;
                from = found.start + 1;
                let after = haystack.skip_space(found.end);
                match haystack.starts_with(&directive.start, after) {
                    Some(end) if haystack.word_bounded(after, end) => (after, end),
                    _ => continue,
                }
            }
            None => {
                let found = haystack.find(&directive.start, from)?;
                from = found.start + 1;
                (found.start, found.end)
            }
        };
        if let Some(last) = &directive.end {
            match haystack.find(last, end) {
                Some(found) => end = found.end,
                None => return None,
            }
        }
        if let Some(suffix) = &directive.suffix {
            let after = haystack.skip_space(end);
            match haystack.starts_with(suffix, after) {
                Some(suffix_end) if haystack.word_bounded(after, suffix_end) => {}
                _ => continue,
            }
        }
        return Some(haystack.bytes(start)..haystack.bytes(end));
    }
}

#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

/// The `count` words of `text` nearest the quote (its last ones before it, its first ones after
/// it); `None` for none. In text written without spaces (Japanese), a word is taken as a few
/// characters.
fn context(text: &str, count: usize, side: Side) -> Option<String> {
    if count == 0 {
        return None;
    }
    let all = words(text);
    if all.len() == 1 && all.iter().all(|w| w.chars().count() > 12) {
        let chars: Vec<char> = text.trim().chars().collect();
        let take = (count * 3).min(chars.len());
        let picked: String = match side {
            Side::Before => chars.get(chars.len() - take..)?.iter().collect(),
            Side::After => chars.get(..take)?.iter().collect(),
        };
        return Some(picked);
    }
    let take = count.min(all.len());
    if take == 0 {
        return None;
    }
    let picked = match side {
        Side::Before => all.get(all.len() - take..)?,
        Side::After => all.get(..take)?,
    };
    Some(picked.join(" "))
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// `encodeURIComponent`, and `-` too (a directive's syntax character).
fn encode(term: &str) -> String {
    crate::logic::url::percent_encode_keeping(term, b"_.!~*'()")
}

/// Percent-decoding of a term (`+` is a plus sign in a fragment).
fn decode(term: &str) -> String {
    crate::logic::url::percent_decode(term)
}

/// Text folded for matching: one lower-case character per character of the original, whitespace
/// runs as one space, with each character's byte offset in the original.
struct Folded {
    chars: Vec<char>,
    offsets: Vec<usize>,
    len: usize,
}

impl Folded {
    fn new(text: &str) -> Folded {
        let mut chars = Vec::with_capacity(text.len());
        let mut offsets = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            chars.push(fold(c));
            offsets.push(at);
        }
        Folded {
            chars,
            offsets,
            len: text.len(),
        }
    }

    /// The byte offset of character `index` (the text's length past the end).
    fn bytes(&self, index: usize) -> usize {
        self.offsets.get(index).copied().unwrap_or(self.len)
    }

    /// The first match of `term` at or after character `from`, on word boundaries.
    fn find(&self, term: &str, from: usize) -> Option<Range<usize>> {
        (from..self.chars.len()).find_map(|at| {
            let end = self.starts_with(term, at)?;
            self.word_bounded(at, end).then_some(at..end)
        })
    }

    /// Where a match of `term` starting at character `at` ends, if it matches there.
    fn starts_with(&self, term: &str, at: usize) -> Option<usize> {
        let mut i = at;
        let mut pending_space = false;
        let mut matched_any = false;
        for c in term.trim().chars().map(fold) {
            if c == ' ' {
                pending_space = true;
                continue;
            }
            if pending_space {
                // One or more spaces in the term match one or more in the text.
                if self.chars.get(i) != Some(&' ') {
                    return None;
                }
                i = self.skip_space(i);
                pending_space = false;
            }
            if self.chars.get(i) != Some(&c) {
                return None;
            }
            i += 1;
            matched_any = true;
        }
        matched_any.then_some(i)
    }

    /// The first character at or after `at` that is not a space.
    fn skip_space(&self, mut at: usize) -> usize {
        while self.chars.get(at) == Some(&' ') {
            at += 1;
        }
        at
    }

    /// Whether `start..end` begins and ends on word boundaries.
    fn word_bounded(&self, start: usize, end: usize) -> bool {
        let boundary = |before: Option<&char>, after: Option<&char>| match (before, after) {
            (Some(b), Some(a)) => {
                !(is_word(*b) && is_word(*a)) || is_unspaced(*b) || is_unspaced(*a)
            }
            _ => true,
        };
        let first = self.chars.get(start);
        let last = end.checked_sub(1).and_then(|i| self.chars.get(i));
        let before = start.checked_sub(1).and_then(|i| self.chars.get(i));
        boundary(before, first) && boundary(last, self.chars.get(end))
    }
}

/// A character folded for matching: lower case (its first character), whitespace as a space.
fn fold(c: char) -> char {
    if c.is_whitespace() {
        ' '
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Characters of scripts written without spaces between words (CJK, kana, Thai): any of them
/// may begin or end a match.
fn is_unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0E7F // Thai
        | 0x3040..=0x30FF // kana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // CJK ideographs
        | 0xAC00..=0xD7AF // Hangul syllables (spaced, but matched within words by browsers)
        | 0xFF66..=0xFF9F)
}
