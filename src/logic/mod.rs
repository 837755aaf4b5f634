//! Pure functions over plain data, tested natively: no DOM, no network.

pub mod fault;
pub mod i18n;
pub mod lang;
pub mod reading_time;
pub mod time;
pub mod url;
