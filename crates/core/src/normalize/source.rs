//! The context every adapter reads a document in: where the document came from, and the language
//! the reader falls back to.

use crate::logic::lang::is_language_tag;

/// Where a document came from and the language it is read in when it does not say its own: what
/// every adapter knows besides the document itself, given once at the pipeline's entry.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    /// The document's absolute URL: relative URLs inside resolve against it, and a story never
    /// lists itself (at this URL) among its related stories.
    pub url: &'a str,
    /// The language of a document that gives no (well-formed) language of its own: the
    /// embedding page's or the interface's.
    pub fallback_lang: &'a str,
}

impl Source<'_> {
    /// The first of the languages a document states that is a well-formed tag, else the
    /// fallback.
    pub(crate) fn lang<'t>(&self, stated: impl IntoIterator<Item = Option<&'t str>>) -> String {
        stated
            .into_iter()
            .flatten()
            .find(|tag| is_language_tag(tag))
            .unwrap_or(self.fallback_lang)
            .to_owned()
    }
}
