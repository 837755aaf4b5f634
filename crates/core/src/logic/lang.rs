//! Language tags: text direction and the interface languages we ship.

/// Writing direction of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The primary language subtag, lowercased: `"fr"` for `"fr-CA"`, `"zh"` for `"zh-Hant-TW"`.
pub fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// The direction a language is written in (scripts written right to left: Arabic, Hebrew, …).
pub fn direction_of(tag: &str) -> Dir {
    const RTL: [&str; 12] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
    ];
    let lower = tag.to_ascii_lowercase();
    // An explicit script subtag wins: `az-Arab` is RTL, `ku-Latn` is not.
    if lower
        .split(['-', '_'])
        .any(|sub| matches!(sub, "arab" | "hebr" | "syrc" | "thaa"))
    {
        return Dir::Rtl;
    }
    if RTL.contains(&primary_subtag(tag).as_str()) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// A well-formed BCP 47 language tag (letters, digits and hyphens; starts with 2–8 letters).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The interface languages with a complete string table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiLang {
    En,
    Fr,
    Ar,
    Ja,
}

impl UiLang {
    /// The table for a BCP 47 tag, when we have one.
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        match primary_subtag(tag).as_str() {
            "en" => Some(UiLang::En),
            "fr" => Some(UiLang::Fr),
            "ar" => Some(UiLang::Ar),
            "ja" => Some(UiLang::Ja),
            _ => None,
        }
    }

    /// The first of the candidate tags we have a table for (`data-lang`, then the article's
    /// `lang`), else English.
    pub fn choose<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> UiLang {
        candidates
            .into_iter()
            .flatten()
            .find_map(UiLang::from_tag)
            .unwrap_or(UiLang::En)
    }

    /// The language tag to put in `lang` on interface text.
    pub fn tag(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Fr => "fr",
            UiLang::Ar => "ar",
            UiLang::Ja => "ja",
        }
    }

    /// Direction of the interface text.
    pub fn dir(self) -> Dir {
        direction_of(self.tag())
    }
}
