//! An accessible, embeddable news article reader: the Leptos side.
//!
//! Data flows one way: `api` fetches and parses → the pure pipeline of the `article_core` crate
//! decodes and normalizes (its own crate, so it cannot reach back up) → `components` show it.
//! Inside this crate `browser` (the safe wrappers over browser APIs) uses only `article_core`;
//! `api` uses `browser` and `article_core`; `components` and `embed` use everything
//! (`tests/layers.rs` checks both crates).

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
