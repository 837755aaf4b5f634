//! Everything that can keep an article from showing (contract §3), and what the reader is told:
//! the error of the whole pipeline, from the network (`api`) to decoding (`json`, `contract`, `normalize`).

use crate::json::{DecodeError, Problem};
use crate::logic::i18n::Strings;

/// Why an article is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// The request failed before any answer (offline, DNS, CORS, aborted).
    Network(String),
    /// No answer within the time limit.
    Timeout { seconds: u32 },
    /// An HTTP error status.
    Status(u16),
    /// The answer is not what the contract describes.
    Decode(DecodeError),
}

/// What an error notice shows: a plain sentence for the reader, then a quieter detail for the
/// site's developer.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub sentence: &'static str,
    pub detail: String,
}

/// What a page's scripts are told of a fault (the detail of the `article-reader:error` event):
/// a stable `kind`, the HTTP status for `"http"`, and the JSON path of a document that breaks
/// its format (`None` for the document as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// `network`, `timeout`, `http`, `not-json`, `version`, `protected` or `format`.
    pub kind: &'static str,
    pub status: Option<u16>,
    pub path: Option<String>,
    /// The developer detail, in English, as the console shows it.
    pub message: String,
}

impl Fault {
    /// The report for a page's scripts.
    pub fn report(&self) -> Report {
        let (kind, status, path) = match self {
            Fault::Network(_) => ("network", None, None),
            Fault::Timeout { .. } => ("timeout", None, None),
            Fault::Status(status) => ("http", Some(*status), None),
            Fault::Decode(error) => {
                let kind = match error.problem {
                    Problem::NotJson(_) => "not-json",
                    Problem::UnsupportedVersion { .. } => "version",
                    Problem::PasswordProtected => "protected",
                    Problem::Missing | Problem::Expected(_) | Problem::NoItem(_) => "format",
                };
                let path = (!error.path.is_empty()).then(|| error.path.clone());
                (kind, None, path)
            }
        };
        let message = match self {
            Fault::Network(why) => format!("network error: {why}"),
            Fault::Timeout { seconds } => format!("no answer within {seconds} s"),
            Fault::Status(status) => format!("HTTP {status}"),
            Fault::Decode(error) => error.to_string(),
        };
        Report {
            kind,
            status,
            path,
            message,
        }
    }

    /// The notice in a language's strings.
    pub fn notice(&self, strings: &Strings) -> Notice {
        let (sentence, detail) = match self {
            Fault::Network(_) => (strings.error_network, "network error".to_owned()),
            Fault::Timeout { seconds } => {
                (strings.error_timeout, format!("timeout after {seconds} s"))
            }
            Fault::Status(status) => (strings.error_status, format!("HTTP {status}")),
            Fault::Decode(error) => (
                match error.problem {
                    Problem::PasswordProtected => strings.error_protected,
                    Problem::NotJson(_) => strings.error_not_json,
                    Problem::UnsupportedVersion { .. } => strings.error_version,
                    Problem::Missing | Problem::Expected(_) | Problem::NoItem(_) => {
                        strings.error_contract
                    }
                },
                error.to_string(),
            ),
        };
        Notice {
            sentence,
            detail: strings.detail(&detail),
        }
    }
}

impl From<DecodeError> for Fault {
    fn from(error: DecodeError) -> Fault {
        Fault::Decode(error)
    }
}
