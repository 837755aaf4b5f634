//! Whether an element of the calling component is in view: the reader's lazy parts (related
//! stories fetched when about to be seen) and its scroll-linked controls (back to top).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::observe_intersection;

/// Options of [`use_intersection`].
pub struct UseIntersectionOptions {
    /// The viewport grown (or shrunk) by this CSS margin, e.g. `"0px 0px 600px 0px"` to know a
    /// little before the element scrolls into view.
    pub root_margin: &'static str,
}

/// Calls `on_change(is_intersecting, boundary_top)` whenever the element behind `node` enters or
/// leaves the viewport (as the options grow it). The observer stops when the calling component
/// is cleaned up.
pub fn use_intersection<E>(
    node: NodeRef<E>,
    options: UseIntersectionOptions,
    on_change: impl Fn(bool, f64) + Clone + 'static,
) where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let held = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let element: web_sys::Element = element.unchecked_into();
        if held.with_value(Option::is_none) {
            let observer = observe_intersection(&element, options.root_margin, on_change.clone());
            held.set_value(observer);
        }
    });
}
