//! An accessible, embeddable news article reader.
//!
//! Data flows one way: `api` fetches → `model` decodes the contract → `normalize` builds the
//! render model → `components` show it. Everything above `components` is pure and tested natively.

pub mod config;
pub mod logic;
pub mod model;
pub mod normalize;
pub mod sanitize;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
