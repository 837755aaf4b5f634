//! The article reader's pure pipeline: everything between a fetched JSON value and the render
//! model the views show, with no DOM and no framework. The paint module (`crates/paint`) and the
//! Leptos reader (the root crate) both use it, so the two always agree on what an article is.
//!
//! Data flows one way: `json` reads a publisher's JSON strictly, naming the path of each fault;
//! with it `contract` decodes our contract → `normalize` recognizes the document's
//! format (the contract, a WordPress post, an ANS story, a Ghost post or a JSON Feed:
//! `docs/formats.md`) and builds the render model (`story`), every piece of markup through `sanitize`.
//! Inside the crate each layer uses only the layers below it (`tests/layers.rs` fails on a
//! back-import); that nothing here reaches the browser is enforced by the compiler: this crate
//! does not depend on web-sys, js-sys or Leptos.
//!
//! Each format besides the contract is a Cargo feature (all on by default). With some compiled
//! out, helpers only those formats use go unused (the linker drops them): dead code is checked on
//! the default build, where every format is in.
#![cfg_attr(
    not(all(
        feature = "wordpress",
        feature = "ans",
        feature = "ghost",
        feature = "json-feed"
    )),
    allow(dead_code, unused_imports, unused_variables)
)]

pub mod config;
pub mod contract;
pub mod fault;
pub mod json;
pub mod logic;
pub mod normalize;
pub mod sanitize;
pub mod story;
