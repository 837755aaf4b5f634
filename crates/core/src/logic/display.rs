//! The reader's display preferences (text size, line spacing, theme, and the type controls: font,
//! line length, letter and word spacing, alignment), as stored in localStorage and shared by
//! every reader of the origin.

/// Text size steps (index into the stylesheet's scale).
pub const SIZES: u8 = 5;
/// Line spacing steps.
pub const SPACINGS: u8 = 3;
/// Line length steps: narrow, the publisher's (default), wide.
pub const WIDTHS: u8 = 3;
/// Letter spacing steps: normal, wider, widest (WCAG 1.4.12's 0.12em).
pub const LETTER_SPACINGS: u8 = 3;
/// Word spacing steps: normal, wider, widest (WCAG 1.4.12's 0.16em, and twice that).
pub const WORD_SPACINGS: u8 = 3;

/// The body text's font.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Font {
    /// The publisher's (`--article-reader-font`), else the reader's serif.
    #[default]
    Site,
    Serif,
    Sans,
    /// Atkinson Hyperlegible, loaded only when chosen.
    Legible,
}

impl Font {
    pub const ALL: [Font; 4] = [Font::Site, Font::Serif, Font::Sans, Font::Legible];

    /// The token used in storage, events and the `data-font` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Font::Site => "site",
            Font::Serif => "serif",
            Font::Sans => "sans",
            Font::Legible => "legible",
        }
    }
}

/// How body text is aligned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    /// Ragged on the line end (left in left-to-right text, right in right-to-left).
    #[default]
    Start,
    /// Justified, with hyphenation where the language allows it.
    Justify,
}

impl Align {
    pub const ALL: [Align; 2] = [Align::Start, Align::Justify];

    pub fn key(self) -> &'static str {
        match self {
            Align::Start => "start",
            Align::Justify => "justify",
        }
    }
}

/// A colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the system (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
    Sepia,
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 5] = [
        Theme::Auto,
        Theme::Light,
        Theme::Dark,
        Theme::Sepia,
        Theme::Contrast,
    ];

    /// The token used in storage and in the `data-theme` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
            Theme::Contrast => "contrast",
        }
    }

    fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// What a reader chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Display {
    /// 0 (smallest) to `SIZES - 1`.
    pub size: u8,
    /// 0 (tight) to `SPACINGS - 1`.
    pub spacing: u8,
    pub theme: Theme,
    pub font: Font,
    /// 0 (narrow) to `WIDTHS - 1`; 1 is the publisher's line length.
    pub width: u8,
    /// 0 (normal) to `LETTER_SPACINGS - 1`.
    pub letters: u8,
    /// 0 (normal) to `WORD_SPACINGS - 1`.
    pub words: u8,
    pub align: Align,
}

impl Default for Display {
    fn default() -> Display {
        Display {
            size: 1,
            spacing: 1,
            theme: Theme::Auto,
            font: Font::Site,
            width: 1,
            letters: 0,
            words: 0,
            align: Align::Start,
        }
    }
}

/// Where the choices are kept (`localStorage`), shared by every reader of the site.
pub const STORAGE_KEY: &str = "article-reader:display";

impl Display {
    /// The reader root's attributes that apply these choices (the style sheet reads them).
    pub fn attributes(self) -> [(&'static str, String); 8] {
        [
            ("data-size", self.size.to_string()),
            ("data-spacing", self.spacing.to_string()),
            ("data-theme", self.theme.key().to_owned()),
            ("data-font", self.font.key().to_owned()),
            ("data-width", self.width.to_string()),
            ("data-letters", self.letters.to_string()),
            ("data-words", self.words.to_string()),
            ("data-align", self.align.key().to_owned()),
        ]
    }

    /// `size=2;spacing=1;theme=sepia;font=legible;width=1;letters=0;words=0;align=start`.
    pub fn to_storage(self) -> String {
        format!(
            "size={};spacing={};theme={};font={};width={};letters={};words={};align={}",
            self.size,
            self.spacing,
            self.theme.key(),
            self.font.key(),
            self.width,
            self.letters,
            self.words,
            self.align.key()
        )
    }

    /// Reads what [`Display::to_storage`] wrote; anything unreadable keeps its default.
    pub fn from_storage(text: &str) -> Display {
        let mut display = Display::default();
        for pair in text.split(';') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let value = value.trim();
            let step = |count: u8, field: &mut u8| {
                if let Some(n) = value.parse::<u8>().ok().filter(|n| *n < count) {
                    *field = n;
                }
            };
            match key.trim() {
                "size" => step(SIZES, &mut display.size),
                "spacing" => step(SPACINGS, &mut display.spacing),
                "width" => step(WIDTHS, &mut display.width),
                "letters" => step(LETTER_SPACINGS, &mut display.letters),
                "words" => step(WORD_SPACINGS, &mut display.words),
                "theme" => display.theme = Theme::from_key(value).unwrap_or(display.theme),
                "font" => {
                    display.font = Font::ALL
                        .into_iter()
                        .find(|f| f.key() == value)
                        .unwrap_or(display.font)
                }
                "align" => {
                    display.align = Align::ALL
                        .into_iter()
                        .find(|a| a.key() == value)
                        .unwrap_or(display.align)
                }
                _ => {}
            }
        }
        display
    }

    /// One step larger text, if there is one.
    pub fn larger(self) -> Display {
        Display {
            size: (self.size + 1).min(SIZES - 1),
            ..self
        }
    }

    /// One step smaller text, if there is one.
    pub fn smaller(self) -> Display {
        Display {
            size: self.size.saturating_sub(1),
            ..self
        }
    }
}
