//! The sanitizer's view of the [lexer](super::lexer): tokens with their text decoded, runs of text
//! split only by comments joined into one, over the browser-preprocessed input.

use super::entities::{decode_into, Context};
use super::lexer::{Lexeme, Lexer};

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

/// A streaming tokenizer over an HTML string.
pub(crate) struct Tokenizer<'a> {
    lexer: Lexer<'a>,
    pending: Option<Token>,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer over `html` (CR and CRLF read as LF, NUL as U+FFFD, like the browser).
    pub(crate) fn new(html: &'a str) -> Self {
        Tokenizer {
            lexer: Lexer::preprocessed(html),
            pending: None,
        }
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(token) = self.pending.take() {
            return Some(token);
        }
        let mut text = String::new();
        while let Some(mark) = self.lexer.next() {
            let token = match mark.lexeme {
                Lexeme::Text => {
                    let raw = self.lexer.slice(mark.start, mark.end);
                    decode_into(&mut text, raw, Context::Text);
                    continue;
                }
                Lexeme::Start(tag) => Token::Start {
                    name: tag.name,
                    attrs: tag.attrs,
                    self_closing: tag.self_closing,
                },
                Lexeme::End(name) => Token::End { name },
            };
            if text.is_empty() {
                return Some(token);
            }
            self.pending = Some(token);
            return Some(Token::Text(text));
        }
        (!text.is_empty()).then_some(Token::Text(text))
    }
}
