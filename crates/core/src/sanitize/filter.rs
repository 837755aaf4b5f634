//! Drops the elements that must vanish with everything inside them (`script`, `svg`, `form`...):
//! a token filter between the tokenizer and whoever consumes the tokens. A MathML formula keeps
//! its text: its `alttext` when it has one, else the text of its elements (which the tree builder
//! unwraps, as every element outside the allowlist), without its source annotations.

use super::tokenizer::{Token, Tokenizer};

/// Elements removed together with their content.
const DROPPED: [&str; 35] = [
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "applet",
    "frame",
    "frameset",
    "noscript",
    "noembed",
    "noframes",
    "template",
    "svg",
    // MathML's source annotations (TeX and the like): the formula's own text is kept.
    "annotation",
    "annotation-xml",
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "link",
    "meta",
    "base",
    "title",
    "head",
    "xmp",
    "plaintext",
    "video",
    "audio",
    "source",
    "track",
    "canvas",
    "portal",
    "dialog",
];

/// Dropped elements that never have content (void, or ignored by the browser in a body).
const DROPPED_VOID: [&str; 8] = [
    "embed", "frame", "input", "link", "meta", "base", "source", "track",
];

/// Whether an element is removed with its content.
pub(crate) fn is_dropped(name: &str) -> bool {
    DROPPED.contains(&name)
}

/// Whether a start tag opens content to skip (`<svg/>` and `<math/>` really self-close).
fn opens_content(name: &str, self_closing: bool) -> bool {
    let foreign_self_closed = self_closing && matches!(name, "svg" | "math");
    !(DROPPED_VOID.contains(&name) || foreign_self_closed)
}

/// The tokens of an HTML string minus the dropped elements and their content.
pub(crate) struct Filtered<'a> {
    tokens: Tokenizer<'a>,
    /// The dropped element being skipped and how many of its kind are open.
    skipping: Option<(String, usize)>,
}

impl<'a> Filtered<'a> {
    /// Filter the tokens of `html`.
    pub(crate) fn new(html: &'a str) -> Self {
        Filtered {
            tokens: Tokenizer::new(html),
            skipping: None,
        }
    }

    /// A `<math alttext>` outside dropped content: its text alternative, the formula itself
    /// then skipped.
    fn formula_text(&mut self, token: &Token) -> Option<String> {
        let Token::Start {
            name,
            attrs,
            self_closing,
        } = token
        else {
            return None;
        };
        if self.skipping.is_some() || name != "math" {
            return None;
        }
        let (_, alt) = attrs.iter().find(|(attr, _)| attr == "alttext")?;
        if !*self_closing {
            self.skipping = Some((name.clone(), 1));
        }
        Some(alt.clone())
    }

    /// Whether a token is let through, updating the skipping state.
    fn keep(&mut self, token: &Token) -> bool {
        match (&mut self.skipping, token) {
            (
                None,
                Token::Start {
                    name, self_closing, ..
                },
            ) if is_dropped(name) => {
                if opens_content(name, *self_closing) {
                    self.skipping = Some((name.clone(), 1));
                }
                false
            }
            (None, Token::End { name }) => !is_dropped(name),
            (None, _) => true,
            (
                Some((open, depth)),
                Token::Start {
                    name, self_closing, ..
                },
            ) => {
                if name == open && opens_content(name, *self_closing) {
                    *depth += 1;
                }
                false
            }
            (Some((open, depth)), Token::End { name }) => {
                if name == open {
                    *depth -= 1;
                    if *depth == 0 {
                        self.skipping = None;
                    }
                }
                false
            }
            (Some(_), Token::Text(_)) => false,
        }
    }
}

impl Iterator for Filtered<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            let token = self.tokens.next()?;
            if let Some(text) = self.formula_text(&token) {
                return Some(Token::Text(text));
            }
            if self.keep(&token) {
                return Some(token);
            }
        }
    }
}
