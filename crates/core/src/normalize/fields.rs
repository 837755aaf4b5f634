//! Reading a publisher's JSON: lenient access for WordPress (wrong types count as absent) and the
//! strict [`Obj`] of the other formats (wrong types are faults naming their JSON path). `null`
//! always counts as absent.

use serde_json::{Map, Value};

use super::safe;
use crate::contract::{DecodeError, Problem};
use crate::logic::time::{parse_rfc3339, Timestamp};
use crate::sanitize::MAX_DIMENSION;

/// A field's value; `null` counts as absent.
pub(in crate::normalize) fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

pub(in crate::normalize) fn object<'a>(
    map: &'a Map<String, Value>,
    key: &str,
) -> Option<&'a Map<String, Value>> {
    get(map, key)?.as_object()
}

pub(in crate::normalize) fn string<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    get(map, key)?.as_str()
}

/// The objects of an array field, minus the error objects (`code: rest_forbidden`...) that
/// `_embedded` holds in place of what the request may not see.
pub(in crate::normalize) fn objects<'a>(
    map: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    get(map, key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter(|item| !item.contains_key("code"))
}

/// A positive whole number (sizes).
pub(in crate::normalize) fn count(map: &Map<String, Value>, key: &str) -> Option<u32> {
    get(map, key)?
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
}

pub(in crate::normalize) fn error(prefix: &str, key: &str, problem: Problem) -> DecodeError {
    DecodeError {
        path: if prefix.is_empty() {
            key.to_owned()
        } else {
            format!("{prefix}.{key}")
        },
        problem,
    }
}

/// The JSON path of `key` inside the value at `prefix`.
pub(in crate::normalize) fn child(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// An object of a document and its JSON path, read strictly: an absent (or `null`) field is
/// `None`, a field of the wrong type is a fault at its path.
#[derive(Clone)]
pub(in crate::normalize) struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: String,
}

/// What reading a field gives: its value, or the fault at its path.
pub(in crate::normalize) type Read<T> = Result<T, DecodeError>;

impl<'a> Obj<'a> {
    /// `value` as an object, else a fault at `path`.
    pub fn of(value: &'a Value, path: String) -> Read<Obj<'a>> {
        match value.as_object() {
            Some(map) => Ok(Obj { map, path }),
            None => Err(DecodeError {
                path,
                problem: Problem::Expected("an object"),
            }),
        }
    }

    /// A fault at the field `key`.
    pub fn fault(&self, key: &str, problem: Problem) -> DecodeError {
        error(&self.path, key, problem)
    }

    pub fn value(&self, key: &str) -> Option<&'a Value> {
        get(self.map, key)
    }

    fn typed<T>(
        &self,
        key: &str,
        what: &'static str,
        cast: impl Fn(&'a Value) -> Option<T>,
    ) -> Read<Option<T>> {
        self.value(key)
            .map(|v| cast(v).ok_or_else(|| self.fault(key, Problem::Expected(what))))
            .transpose()
    }

    pub fn str(&self, key: &str) -> Read<Option<&'a str>> {
        self.typed(key, "a string", Value::as_str)
    }

    /// A string that must be there.
    pub fn required(&self, key: &str) -> Read<&'a str> {
        self.str(key)?
            .ok_or_else(|| self.fault(key, Problem::Missing))
    }

    pub fn obj(&self, key: &str) -> Read<Option<Obj<'a>>> {
        Ok(self
            .typed(key, "an object", Value::as_object)?
            .map(|map| Obj {
                map,
                path: child(&self.path, key),
            }))
    }

    /// An array field's elements with their paths (absent means empty).
    pub fn items(&self, key: &str) -> Read<Vec<(String, &'a Value)>> {
        let list = self.typed(key, "an array", Value::as_array)?;
        let at = child(&self.path, key);
        Ok(list
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(i, value)| (format!("{at}[{i}]"), value))
            .collect())
    }

    /// An array of objects (absent means empty); `null` elements are left out.
    pub fn objs(&self, key: &str) -> Read<Vec<Obj<'a>>> {
        self.items(key)?
            .into_iter()
            .filter(|(_, value)| !value.is_null())
            .map(|(path, value)| Obj::of(value, path))
            .collect()
    }

    /// An array of strings (absent means empty).
    pub fn strs(&self, key: &str) -> Read<Vec<&'a str>> {
        self.items(key)?
            .into_iter()
            .filter(|(_, value)| !value.is_null())
            .map(|(path, value)| {
                value.as_str().ok_or(DecodeError {
                    path,
                    problem: Problem::Expected("a string"),
                })
            })
            .collect()
    }

    /// An image size: a number, kept when it is a whole number from 1 to [`MAX_DIMENSION`].
    pub fn size(&self, key: &str) -> Read<Option<u32>> {
        Ok(self
            .typed(key, "a number", Value::as_f64)?
            .filter(|n| n.fract() == 0.0 && (1.0..=f64::from(MAX_DIMENSION)).contains(n))
            .map(|n| n as u32))
    }

    /// A positive whole number (minutes): `None` for zero, a fault for anything else.
    pub fn count(&self, key: &str) -> Read<Option<u32>> {
        Ok(self
            .typed(key, "a whole number", |v| {
                v.as_u64().and_then(|n| u32::try_from(n).ok())
            })?
            .filter(|n| *n > 0))
    }

    /// An RFC 3339 date-time.
    pub fn date(&self, key: &str) -> Read<Option<Timestamp>> {
        self.typed(key, "an RFC 3339 date-time", |v| {
            v.as_str().and_then(parse_rfc3339)
        })
    }

    /// A URL, kept when safe, resolved against `base`.
    pub fn url(&self, key: &str, base: &str) -> Read<Option<String>> {
        Ok(safe(self.str(key)?.map(str::to_owned), base))
    }

    /// An identifier: a string, or a number written out.
    pub fn id(&self, key: &str) -> Read<Option<String>> {
        self.typed(key, "a string", |v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    }
}
