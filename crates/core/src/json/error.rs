//! Why a response is not an article we can show, and at which JSON path.

use std::fmt;

/// What is wrong at a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON (or is cut short); the parser's own words.
    NotJson(String),
    /// A required field is absent.
    Missing,
    /// A field has the wrong type or value; what the format expects there.
    Expected(&'static str),
    /// A contract `version` newer than the one this reader knows (`known`,
    /// [`crate::contract::CONTRACT_VERSION`]).
    UnsupportedVersion { sent: u64, known: u64 },
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

/// The path of the field `key` of the object at `parent` (`""` for the document): `body[1].level`.
pub(crate) fn key_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// The path of the element `index` of the array at `parent`: `body[1]`, `[0]`.
pub(crate) fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

impl DecodeError {
    /// The `problem` at `path`.
    pub(crate) fn new(path: impl Into<String>, problem: Problem) -> DecodeError {
        DecodeError {
            path: path.into(),
            problem,
        }
    }

    /// The `problem` at the field `key` of the object at `parent`.
    pub(crate) fn at(parent: &str, key: &str, problem: Problem) -> DecodeError {
        DecodeError::new(key_path(parent, key), problem)
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
            Problem::UnsupportedVersion { sent, known } => write!(
                f,
                "{path}: version {sent} is not supported (this reader knows version {known})"
            ),
            Problem::PasswordProtected => {
                write!(f, "{path}: the post is password-protected (not public)")
            }
            Problem::NoItem(id) => write!(f, "{path}: no item with id {id:?}"),
        }
    }
}
