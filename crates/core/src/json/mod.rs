//! Reading a publisher's JSON, for every format: the one strict reader ([`Obj`]: a wrong type is
//! a fault naming its JSON path), the lenient access WordPress posts need ([`loose`]: a wrong
//! type counts as absent), and the fault itself ([`DecodeError`]). `null` always counts as
//! absent. [`crate::contract`] decodes our contract with it, [`crate::normalize`]'s adapters read
//! the other formats with it.

mod error;
pub(crate) mod loose;
mod object;

pub(crate) use error::index_path;
pub use error::{DecodeError, Problem};
pub(crate) use object::{Item, Obj, Read};

use serde_json::Value;

/// Parses a document as JSON with serde_json (nesting deeper than 127 levels is refused), for
/// native code: tests, fuzzing, `story_from_json`. The browser never uses it: the fetch side
/// parses with the platform's `JSON.parse`, which keeps a second parser out of the bundle (7.4 KB
/// of brotli); a browser test checks that both read every document alike.
pub fn parse_json(text: &str) -> Result<Value, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError::not_json(e.to_string()))
}
