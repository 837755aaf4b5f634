//! RFC 3339 timestamps, parsed without a date library: the contract's `published`/`updated`.

/// A validated instant: the text as the publisher wrote it and milliseconds since the Unix epoch.
#[derive(Clone, Debug, PartialEq)]
pub struct Timestamp {
    /// The original RFC 3339 text, used verbatim in `<time datetime>`.
    pub iso: String,
    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub epoch_ms: f64,
}

/// Parses an RFC 3339 date-time (`2024-04-03T19:12:00+02:00`, `…Z`, optional fraction).
pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
    let bytes = text.as_bytes();
    let (date_time_ms, rest) = parse_date_time(bytes)?;
    let offset_minutes = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = two_digits(*h1, *h2)?;
            let minutes = two_digits(*m1, *m2)?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = i64::from(hours * 60 + minutes);
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    Some(Timestamp {
        iso: text.to_owned(),
        epoch_ms: (date_time_ms - offset_minutes * 60_000) as f64,
    })
}

/// Parses a date-time with no zone as UTC (WordPress `date_gmt`: `2024-04-03T17:12:00`).
pub fn parse_naive_utc(text: &str) -> Option<Timestamp> {
    let (ms, rest) = parse_date_time(text.as_bytes())?;
    if !rest.is_empty() {
        return None;
    }
    Some(Timestamp {
        iso: format!("{text}Z"),
        epoch_ms: ms as f64,
    })
}

/// `YYYY-MM-DDTHH:MM:SS[.fff…]` → (milliseconds since the epoch, the bytes after it).
fn parse_date_time(bytes: &[u8]) -> Option<(i64, &[u8])> {
    let (head, rest) = bytes.split_at_checked(19)?;
    let &[y1, y2, y3, y4, b'-', mo1, mo2, b'-', d1, d2, sep, h1, h2, b':', mi1, mi2, b':', s1, s2] =
        head
    else {
        return None;
    };
    if !matches!(sep, b'T' | b't' | b' ') {
        return None;
    }
    let year = i64::from(two_digits(y1, y2)? * 100 + two_digits(y3, y4)?);
    let month = two_digits(mo1, mo2)?;
    let day = two_digits(d1, d2)?;
    let (hour, minute, second) = (
        two_digits(h1, h2)?,
        two_digits(mi1, mi2)?,
        two_digits(s1, s2)?,
    );
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let (millis, rest) = parse_fraction(rest)?;
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59));
    Some((seconds * 1000 + millis, rest))
}

/// An optional `.fff…` fraction, truncated to milliseconds.
fn parse_fraction(rest: &[u8]) -> Option<(i64, &[u8])> {
    let Some(after_dot) = rest.strip_prefix(b".") else {
        return Some((0, rest));
    };
    let digits = after_dot.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let millis = after_dot
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .fold((0i64, 100i64), |(acc, scale), b| {
            (acc + i64::from(b - b'0') * scale, scale / 10)
        })
        .0;
    Some((millis, after_dot.get(digits..).unwrap_or_default()))
}

fn two_digits(a: u8, b: u8) -> Option<u32> {
    if a.is_ascii_digit() && b.is_ascii_digit() {
        Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
    } else {
        None
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A unit for relative times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelativeUnit {
    Minute,
    Hour,
}

impl RelativeUnit {
    /// The unit's name for `Intl.RelativeTimeFormat`.
    pub fn as_str(self) -> &'static str {
        match self {
            RelativeUnit::Minute => "minute",
            RelativeUnit::Hour => "hour",
        }
    }
}

/// How long ago `then` was, for a recent article ("2 hours ago" is `(-2, Hour)`): `None` when it
/// is a day old or more, or in the future beyond a minute (clock skew), and the date is better.
pub fn relative_to(now_ms: f64, then_ms: f64) -> Option<(i32, RelativeUnit)> {
    let minutes = ((now_ms - then_ms) / 60_000.0).floor();
    match minutes {
        m if m < -1.0 => None,
        m if m < 1.0 => Some((0, RelativeUnit::Minute)),
        m if m < 60.0 => Some((-(m as i32), RelativeUnit::Minute)),
        m if m < 24.0 * 60.0 => Some((-((m / 60.0).floor() as i32), RelativeUnit::Hour)),
        _ => None,
    }
}
