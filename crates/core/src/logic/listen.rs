//! Listen: the speeds offered, and the voice chosen for each language, as kept in local storage
//! and shared by every reader of the origin.

/// Speech rates, from half to twice the voice's normal speed.
pub const SPEEDS: [f64; 7] = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0];
/// The index of the normal speed in [`SPEEDS`].
pub const NORMAL_SPEED: usize = 2;

/// A speed as shown: `1.25×` (in the interface's digits, which all our languages write alike).
pub fn speed_label(speed: f64) -> String {
    let hundredths = (speed * 100.0).round() as u32;
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => format!("{whole}×"),
        p if p % 10 == 0 => format!("{whole}.{}×", p / 10),
        p => format!("{whole}.{p:02}×"),
    }
}

/// The voice chosen for each language (its primary subtag): `fr<TAB>voice URI` lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoiceChoices(Vec<(String, String)>);

impl VoiceChoices {
    /// Reads what [`VoiceChoices::to_storage`] wrote; unreadable lines are skipped.
    pub fn from_storage(text: &str) -> VoiceChoices {
        let mut choices = VoiceChoices::default();
        for line in text.lines() {
            if let Some((lang, voice)) = line.split_once('\t') {
                if !lang.is_empty() && !voice.is_empty() {
                    choices.set(lang, voice);
                }
            }
        }
        choices
    }

    pub fn to_storage(&self) -> String {
        self.0
            .iter()
            .map(|(lang, voice)| format!("{lang}\t{voice}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The voice chosen for `lang`'s language, if one was.
    pub fn get(&self, lang: &str) -> Option<&str> {
        let lang = primary(lang);
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, v)| v.as_str())
    }

    /// `voice` is the choice for `lang`'s language from now on.
    pub fn set(&mut self, lang: &str, voice: &str) {
        let lang = primary(lang);
        let voice = voice.replace(['\t', '\n', '\r'], " ");
        match self.0.iter_mut().find(|(l, _)| *l == lang) {
            Some(entry) => entry.1 = voice,
            None => self.0.push((lang, voice)),
        }
    }
}

/// Whether a voice for `voice_lang` (`fr-CA`, `ja_JP`) speaks the article language `lang`.
pub fn speaks(voice_lang: &str, lang: &str) -> bool {
    primary(voice_lang) == primary(lang)
}

/// The UTF-16 length of the word that starts at UTF-16 offset `index` of `text`: up to the next
/// space or the end (the word a voice reports without saying its length).
pub fn word_length(text: &str, index: u32) -> u32 {
    text.encode_utf16()
        .skip(index as usize)
        .take_while(|unit| *unit != u16::from(b' '))
        .count() as u32
}

/// The primary language subtag, lower case (`fr` of `fr-CA`, `ja` of `ja_JP`).
fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}
