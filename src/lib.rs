//! An accessible, embeddable news article reader: the Leptos side.
//!
//! Data flows one way: `api` fetches and parses → the pure pipeline of the `article_core` crate
//! decodes and normalizes (its own crate, so it cannot reach back up) → `components` show it.
//! `publisher` is what a host page can see (the start-up script, the element API, the events, the
//! attribute rule, the early request's takeover); `embed` mounts a reader in each element. The
//! layers and what each may use: `docs/architecture.md`, checked by `tests/layers.rs`.

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
#[cfg(target_arch = "wasm32")]
pub mod publisher;
