//! A post's people: its embedded authors.

use serde_json::{Map, Value};

use super::media::avatar;
use crate::json::loose::string;
use crate::normalize::clean::{non_blank, safe};
use crate::normalize::source::Source;
use crate::sanitize::plain_text;
use crate::story::Person;

/// An embedded user.
pub(super) fn person(user: &Map<String, Value>, source: &Source) -> Option<Person> {
    let name = string(user, "name")?.trim();
    if name.is_empty() {
        return None;
    }
    Some(Person {
        name: name.to_owned(),
        bio: non_blank(string(user, "description").map(plain_text)),
        url: safe(string(user, "link").map(str::to_owned), source),
        avatar: avatar(user, source),
    })
}
