//! An accessible, embeddable news article reader.
//!
//! Data flows one way: `api` fetches and parses → `normalize` recognizes the document's format
//! (our contract, which `model` decodes; a WordPress post, an ANS story, a Ghost post or a JSON
//! Feed, which `normalize` reads itself: `docs/formats.md`) and builds the render model →
//! `components` show it. Each layer uses only the layers below it
//! (`tests/layers.rs` fails on a back-import): `logic` (pure helpers) uses nothing; `sanitize`,
//! `model`, `config` and `browser` use `logic`; `fault` (the pipeline's error) uses `model`;
//! `normalize` uses `logic`, `model`, `sanitize` and `fault`; `api` uses `browser`, `model` and
//! `fault`.
//! Everything but `api`, `browser`, `components` and `embed` is pure and tested natively.

pub mod config;
pub mod fault;
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
