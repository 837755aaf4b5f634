//! The strict reader: an object of a document with its JSON path. An absent (or `null`) field is
//! `None`; a field of the wrong type is a fault at its path (`body[1].level: expected …`).

use serde_json::{Map, Value};

use super::error::{index_path, key_path, DecodeError, Problem};
use super::loose::get;
use crate::logic::time::{parse_rfc3339, Timestamp};

/// What reading a field gives: its value, or the fault at its path.
pub(crate) type Read<T> = Result<T, DecodeError>;

/// An object of a document and its JSON path.
#[derive(Clone)]
pub(crate) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

/// A value of a document (an element of an array) and its JSON path.
#[derive(Clone)]
pub(crate) struct Item<'a> {
    pub value: &'a Value,
    pub path: String,
}

impl<'a> Item<'a> {
    /// A fault at this value: it is not `what`.
    pub fn expected(&self, what: &'static str) -> DecodeError {
        DecodeError::new(self.path.clone(), Problem::Expected(what))
    }

    pub fn obj(&self) -> Read<Obj<'a>> {
        match self.value.as_object() {
            Some(map) => Ok(Obj {
                map,
                path: self.path.clone(),
            }),
            None => Err(self.expected("an object")),
        }
    }

    pub fn str(&self) -> Read<&'a str> {
        self.value.as_str().ok_or_else(|| self.expected("a string"))
    }

    /// The elements of an array, each with its path.
    pub fn array(&self) -> Read<Vec<Item<'a>>> {
        let list = self
            .value
            .as_array()
            .ok_or_else(|| self.expected("an array"))?;
        Ok(elements(list, &self.path))
    }
}

fn elements<'a>(list: &'a [Value], path: &str) -> Vec<Item<'a>> {
    list.iter()
        .enumerate()
        .map(|(i, value)| Item {
            value,
            path: index_path(path, i),
        })
        .collect()
}

impl<'a> Obj<'a> {
    /// The document's own object (its path is `""`).
    pub fn root(map: &'a Map<String, Value>) -> Obj<'a> {
        Obj {
            map,
            path: String::new(),
        }
    }

    /// `value` as an object, else a fault at `path`.
    pub fn of(value: &'a Value, path: String) -> Read<Obj<'a>> {
        Item { value, path }.obj()
    }

    /// A fault at the field `key`.
    pub fn fault(&self, key: &str, problem: Problem) -> DecodeError {
        DecodeError::at(&self.path, key, problem)
    }

    /// A fault at the field `key`: it is not `what`.
    pub fn expected(&self, key: &str, what: &'static str) -> DecodeError {
        self.fault(key, Problem::Expected(what))
    }

    /// The field's value, of any type.
    pub fn value(&self, key: &str) -> Option<&'a Value> {
        get(self.map, key)
    }

    /// The field as `cast` reads it; a value it does not read is a fault: not `what`.
    pub fn typed<T>(
        &self,
        key: &str,
        what: &'static str,
        cast: impl Fn(&'a Value) -> Option<T>,
    ) -> Read<Option<T>> {
        self.value(key)
            .map(|v| cast(v).ok_or_else(|| self.expected(key, what)))
            .transpose()
    }

    /// A field that must be there, read by one of the getters (`obj.required("id", Obj::str)`):
    /// absent (or `null`), it is a fault.
    pub fn required<T>(
        &self,
        key: &str,
        read: impl FnOnce(&Self, &str) -> Read<Option<T>>,
    ) -> Read<T> {
        read(self, key)?.ok_or_else(|| self.fault(key, Problem::Missing))
    }

    pub fn str(&self, key: &str) -> Read<Option<&'a str>> {
        self.typed(key, "a string", Value::as_str)
    }

    /// [`Obj::str`], owned.
    pub fn string(&self, key: &str) -> Read<Option<String>> {
        Ok(self.str(key)?.map(str::to_owned))
    }

    pub fn bool(&self, key: &str) -> Read<Option<bool>> {
        self.typed(key, "true or false", Value::as_bool)
    }

    pub fn number(&self, key: &str) -> Read<Option<f64>> {
        self.typed(key, "a number", Value::as_f64)
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn whole(&self, key: &str) -> Read<Option<u32>> {
        self.typed(key, "a whole number", |v| {
            v.as_u64().and_then(|n| u32::try_from(n).ok())
        })
    }

    /// An RFC 3339 date-time.
    pub fn date(&self, key: &str) -> Read<Option<Timestamp>> {
        self.typed(key, "an RFC 3339 date-time", |v| {
            v.as_str().and_then(parse_rfc3339)
        })
    }

    /// An identifier: a string, or a number written out.
    pub fn id(&self, key: &str) -> Read<Option<String>> {
        self.typed(key, "a string", |v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    }

    pub fn obj(&self, key: &str) -> Read<Option<Obj<'a>>> {
        Ok(self
            .typed(key, "an object", Value::as_object)?
            .map(|map| Obj {
                map,
                path: key_path(&self.path, key),
            }))
    }

    /// An array's elements, each with its path.
    pub fn array(&self, key: &str) -> Read<Option<Vec<Item<'a>>>> {
        let list = self.typed(key, "an array", Value::as_array)?;
        Ok(list.map(|list| elements(list, &key_path(&self.path, key))))
    }

    /// [`Obj::array`], absent meaning empty.
    pub fn items(&self, key: &str) -> Read<Vec<Item<'a>>> {
        Ok(self.array(key)?.unwrap_or_default())
    }

    /// An array of objects (absent means empty); `null` elements are left out.
    pub fn objs(&self, key: &str) -> Read<Vec<Obj<'a>>> {
        self.items(key)?
            .iter()
            .filter(|item| !item.value.is_null())
            .map(Item::obj)
            .collect()
    }

    /// An array of strings (absent means empty); `null` elements are left out.
    pub fn strs(&self, key: &str) -> Read<Vec<&'a str>> {
        self.items(key)?
            .iter()
            .filter(|item| !item.value.is_null())
            .map(Item::str)
            .collect()
    }
}
