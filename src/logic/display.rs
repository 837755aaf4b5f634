//! The reader's display preferences (text size, line spacing, theme), as stored in localStorage
//! and shared by every reader of the origin.

/// Text size steps (index into the stylesheet's scale).
pub const SIZES: u8 = 5;
/// Line spacing steps.
pub const SPACINGS: u8 = 3;

/// A colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the system (`prefers-color-scheme`).
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
}

impl Default for Display {
    fn default() -> Display {
        Display {
            size: 1,
            spacing: 1,
            theme: Theme::Auto,
        }
    }
}

impl Display {
    /// `size=2;spacing=1;theme=sepia`.
    pub fn to_storage(self) -> String {
        format!(
            "size={};spacing={};theme={}",
            self.size,
            self.spacing,
            self.theme.key()
        )
    }

    /// Reads what [`Display::to_storage`] wrote; anything unreadable keeps its default.
    pub fn from_storage(text: &str) -> Display {
        let mut display = Display::default();
        for pair in text.split(';') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match (key.trim(), value.trim()) {
                ("size", v) => {
                    if let Some(n) = v.parse::<u8>().ok().filter(|n| *n < SIZES) {
                        display.size = n;
                    }
                }
                ("spacing", v) => {
                    if let Some(n) = v.parse::<u8>().ok().filter(|n| *n < SPACINGS) {
                        display.spacing = n;
                    }
                }
                ("theme", v) => {
                    if let Some(theme) = Theme::from_key(v) {
                        display.theme = theme;
                    }
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
