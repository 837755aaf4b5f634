//! JSON parsing by the browser's `JSON.parse` (no parser in the module), then a copy of the
//! result into a `serde_json::Value` for the pure pipeline.

use js_sys::Object;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::js_error;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse(text)`: throws a `SyntaxError` on malformed input.
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    pub fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// Containers nested deeper than this are refused: serde_json's recursion limit (127 nested
/// arrays parse, 128 do not), so a document fails the same way natively and in the browser.
const MAX_JSON_DEPTH: u32 = 127;

/// `JSON.parse`, then a copy of the result into a `serde_json::Value`; the error is the
/// platform's message (`Unexpected end of JSON input`…).
pub fn parse_json(text: &JsValue) -> Result<Value, String> {
    json_copy(&json_parse(text).map_err(|e| js_error(&e))?)
}

/// A copy of what `JSON.parse` returned, as a `serde_json::Value`.
pub fn json_copy(parsed: &JsValue) -> Result<Value, String> {
    json_value(parsed, 0).ok_or_else(|| "nested more than 127 levels deep".to_owned())
}

/// What `JSON.parse` returned, as a `Value`; `None` past [`MAX_JSON_DEPTH`] containers.
fn json_value(js: &JsValue, depth: u32) -> Option<Value> {
    if let Some(text) = js.as_string() {
        return Some(Value::String(text));
    }
    if let Some(number) = js.as_f64() {
        return Some(json_number(number));
    }
    if let Some(flag) = js.as_bool() {
        return Some(Value::Bool(flag));
    }
    if js.is_null() {
        return Some(Value::Null);
    }
    if !js.is_object() || depth >= MAX_JSON_DEPTH {
        return None;
    }
    if js_sys::Array::is_array(js) {
        let array: &js_sys::Array = js.unchecked_ref();
        let items = array.iter().map(|item| json_value(&item, depth + 1));
        return items.collect::<Option<Vec<_>>>().map(Value::Array);
    }
    let mut map = serde_json::Map::new();
    for entry in Object::entries(js.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        map.insert(
            pair.get(0).as_string()?,
            json_value(&pair.get(1), depth + 1)?,
        );
    }
    Some(Value::Object(map))
}

/// A JSON number as serde_json reads it: integers (up to 2^53, exact in both) as integers.
fn json_number(number: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if number.fract() == 0.0 && number.abs() <= EXACT {
        if number >= 0.0 {
            return Value::from(number as u64);
        }
        return Value::from(number as i64);
    }
    serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
}
