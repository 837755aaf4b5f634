//! Everything a host page can see of a reader besides what it shows, in one place:
//!
//! - `attributes.json`: which attributes of a reader's element (and which query parameters of the
//!   standalone page) give its source and settings, the one table both languages read (the
//!   start-up script, and `article_core::config` for both modules);
//! - `loader.js`: the start-up script, which asks for each reader's article early, paints it with
//!   the paint module, loads the reader's module, defines `<article-reader>` and keeps each
//!   element's API;
//! - [`element`]: the element API (`ready`, `src`, `reload()`) that the start-up script keeps,
//!   as the reader arms it and equips elements added later;
//! - [`events`]: the `article-reader:*` events the reader dispatches on its element;
//! - [`prefetch`]: taking over the request the start-up script began.
//!
//! Mounting a reader in each element (`crate::embed`) sits above the views it mounts. The events,
//! the element API and the attributes are documented for site developers in
//! `docs/events-and-api.md` and the README's attribute table.

pub mod element;
pub mod events;
pub mod prefetch;
