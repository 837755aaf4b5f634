//! Reading-time estimate, after Firefox Reader View: per-language reading speed in characters
//! per minute (IReST, Trauzettel-Klosinski & Dietz 2012) with a slow–fast range, plus time spent
//! looking at images.

/// Characters per minute and its variance for a language (English when unknown).
pub fn reading_speed(lang: &str) -> (u32, u32) {
    match super::lang::primary_subtag(lang).as_str() {
        "ar" => (612, 88),
        "de" => (920, 86),
        "es" => (1025, 127),
        "fi" => (1078, 121),
        "fr" => (998, 126),
        "he" => (833, 130),
        "it" => (950, 140),
        "ja" => (357, 56),
        "nl" => (978, 143),
        "pl" => (916, 126),
        "pt" => (913, 145),
        "ru" => (986, 175),
        "sl" => (885, 145),
        "sv" => (917, 156),
        "tr" => (1054, 156),
        "zh" => (255, 29),
        _ => (987, 118),
    }
}

/// Seconds spent on `count` images: 12 s for the first, one less for each next, never under 3 s.
pub fn image_seconds(count: usize) -> u32 {
    (0..count)
        .map(|i| {
            12u32
                .saturating_sub(u32::try_from(i).unwrap_or(u32::MAX))
                .max(3)
        })
        .sum()
}

/// A reading time in whole minutes, from a fast reader's to a slow reader's (both at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinuteRange {
    pub fast: u32,
    pub slow: u32,
}

impl MinuteRange {
    /// One figure, when the publisher gave it or both ends round to the same minute.
    pub fn exact(minutes: u32) -> MinuteRange {
        let minutes = minutes.max(1);
        MinuteRange {
            fast: minutes,
            slow: minutes,
        }
    }

    /// Whether the range collapses to a single figure.
    pub fn is_single(self) -> bool {
        self.fast == self.slow
    }
}

/// The reading-time estimate shown in the badge: `chars` Unicode scalar values of body text and
/// `images` images in the body, in language `lang`. Each end is rounded to the nearest minute.
pub fn reading_minutes(chars: usize, images: usize, lang: &str) -> MinuteRange {
    let (cpm, variance) = reading_speed(lang);
    let extra = f64::from(image_seconds(images));
    let minutes_at = |speed: u32| {
        let seconds = chars as f64 * 60.0 / f64::from(speed) + extra;
        // Clamped, so the cast below is exact for any real article and saturates for absurd ones.
        ((seconds / 60.0).round() as u32).max(1)
    };
    MinuteRange {
        fast: minutes_at(cpm + variance),
        slow: minutes_at(cpm - variance),
    }
}
