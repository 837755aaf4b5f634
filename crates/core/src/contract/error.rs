//! Why a response is not an article we can show.

use std::fmt;

/// What is wrong at a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON (or is cut short); the parser's own words.
    NotJson(String),
    /// A required field is absent.
    Missing,
    /// A field has the wrong type or value; what the contract expects there.
    Expected(&'static str),
    /// A `version` newer than [`super::CONTRACT_VERSION`].
    UnsupportedVersion(u64),
    /// A WordPress post that is password-protected (its content is not public).
    PasswordProtected,
    /// The document's URL names (in its `#fragment`) an item the feed does not have.
    NoItem(String),
}

/// A decoding failure: the first offending JSON path (`body[1].level`; `""` for the document).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub path: String,
    pub problem: Problem,
}

impl DecodeError {
    pub(super) fn new(path: &str, problem: Problem) -> DecodeError {
        DecodeError {
            path: path.to_owned(),
            problem,
        }
    }

    /// The document is not JSON at all (`why`: the parser's message).
    pub fn not_json(why: String) -> DecodeError {
        DecodeError::new("", Problem::NotJson(why))
    }
}

impl fmt::Display for DecodeError {
    /// The developer detail, in English: `body[1].level: expected an integer from 2 to 4`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(document)"
        } else {
            &self.path
        };
        match &self.problem {
            Problem::NotJson(why) => write!(f, "not JSON: {why}"),
            Problem::Missing => write!(f, "{path}: required field missing"),
            Problem::Expected(what) => write!(f, "{path}: expected {what}"),
            Problem::UnsupportedVersion(v) => write!(
                f,
                "{path}: version {v} is not supported (this reader knows version {})",
                super::CONTRACT_VERSION
            ),
            Problem::PasswordProtected => {
                write!(f, "{path}: the post is password-protected (not public)")
            }
            Problem::NoItem(id) => write!(f, "{path}: no item with id {id:?}"),
        }
    }
}
