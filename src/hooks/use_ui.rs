//! A reader's interface (`Ui`: its language, strings and id prefix) as its components find it.

use leptos::prelude::use_context;

use article_core::logic::lang::UiLang;
use article_paint::Ui;

/// The interface of the reader the calling component belongs to: the reader provides it as
/// context (its own language until the article's is known). A view mounted outside any reader (a
/// component test, say) gets an English interface whose ids start `rdr0-`, the same for all its
/// components, so its labels still point at its own elements.
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_else(|| Ui::numbered(UiLang::En, 0))
}

/// A new reader's interface, numbered uniquely on the page (the paint module's readers included).
pub fn new_ui(lang: UiLang) -> Ui {
    Ui::numbered(lang, article_paint::host::next_reader_id())
}
