//! Pure functions over plain data, tested natively: no DOM, no network.

pub mod contents;
pub mod display;
pub mod i18n;
pub mod lang;
pub mod listen;
pub mod progress;
pub mod reading_time;
pub mod resume;
pub mod share_links;
pub mod text_fragment;
pub mod time;
pub mod url;
pub mod utf16;
