//! An accessible, embeddable news article reader.
//!
//! Data flows one way: `api` fetches and parses → `model` decodes the contract → `normalize`
//! builds the render model → `components` show it. Each layer uses only the layers below it
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
