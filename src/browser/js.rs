//! Reaching JavaScript objects the typed bindings do not cover (speech, media session, custom
//! highlights, history state, the element API's state): every property read and write, method
//! call and construction goes through here, and none of them throws into WebAssembly.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `object[name]`, or `undefined` when it cannot be read.
pub fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `object[key]` for any key (a registered symbol, say), or `undefined`.
pub fn get_key(object: &JsValue, key: &JsValue) -> JsValue {
    Reflect::get(object, key).unwrap_or(JsValue::UNDEFINED)
}

/// `delete object[key]` for any key; `false` when it cannot be deleted.
pub fn delete_key(object: &JsValue, key: &JsValue) -> bool {
    object
        .dyn_ref::<Object>()
        .is_some_and(|object| Reflect::delete_property(object, key).unwrap_or(false))
}

/// `globalThis[name]`, or `undefined`.
pub fn global(name: &str) -> JsValue {
    get(&js_sys::global(), name)
}

/// `object[name] = value`; `false` when the object refuses it.
pub fn set(object: &JsValue, name: &str, value: &JsValue) -> bool {
    Reflect::set(object, &JsValue::from_str(name), value).unwrap_or(false)
}

/// `object[name](...args)`, if it is a function and does not throw.
pub fn call(object: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    try_call(object, name, args).ok()
}

/// `object[name](...args)`, or what it threw (`Err` too when it is not a function).
pub fn try_call(object: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(object, &JsValue::from_str(name))?.dyn_into()?;
    Reflect::apply(&function, object, &args.iter().copied().collect::<Array>())
}

/// `new constructor(...args)`, if it is a constructor and does not throw.
pub fn construct(constructor: &JsValue, args: &[&JsValue]) -> Option<JsValue> {
    let constructor = constructor.dyn_ref::<Function>()?;
    Reflect::construct(constructor, &args.iter().copied().collect::<Array>()).ok()
}

/// A plain object with these properties.
pub fn object(properties: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in properties {
        set(&object, name, value);
    }
    object
}
