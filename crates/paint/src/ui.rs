//! What every part of one reader shares: its interface language and a unique id prefix.

use article_core::logic::i18n::{strings, Strings};
use article_core::logic::lang::{primary_subtag, UiLang};

/// One reader's interface: its language, its strings and the number that prefixes its element ids
/// (several readers can live on one page).
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: UiLang,
    pub strings: &'static Strings,
    pub id: u32,
}

impl Ui {
    /// The interface in `lang` of the reader numbered `id`.
    pub fn numbered(lang: UiLang, id: u32) -> Ui {
        Ui {
            lang,
            strings: strings(lang),
            id,
        }
    }

    /// The same reader in another interface language.
    pub fn with_lang(self, lang: UiLang) -> Ui {
        Ui::numbered(lang, self.id)
    }

    /// A document-unique id for one of this reader's elements.
    pub fn dom_id(&self, name: &str) -> String {
        format!("rdr{}-{name}", self.id)
    }

    /// `lang` to put on interface text inside an article written in `article_lang`, when the two
    /// differ (so a screen reader switches voice).
    pub fn lang_within(&self, article_lang: &str) -> Option<&'static str> {
        (primary_subtag(article_lang) != self.lang.tag()).then_some(self.lang.tag())
    }

    /// The id of an element the article's author gave the id `id`: namespaced to this reader,
    /// so that two readers on a page never share one, nor the page and a reader.
    pub fn author_id(&self, id: &str) -> String {
        self.dom_id(&format!("u-{id}"))
    }

    /// The id of the body block `block` when it is a heading listed in the contents.
    pub fn heading_id(&self, block: usize) -> String {
        self.dom_id(&format!("s{block}"))
    }
}

/// Whether body headings of this level are listed in the contents (and get an id).
pub fn is_listed(level: u8) -> bool {
    (2..=3).contains(&level)
}

/// The number in a reader root's id (`rdr3-top` → 3).
pub fn id_of_root(id: &str) -> Option<u32> {
    id.strip_prefix("rdr")?.strip_suffix("-top")?.parse().ok()
}
