//! The URL gate for every URL-bearing field (`a[href]`, `img[src]`, and URLs taken straight from
//! the JSON contract). It cleans the string the way a browser's URL parser would before looking
//! at the scheme, so `java\tscript:` or ` javascript:` cannot sneak past the comparison.

/// Schemes a link or image may use; a relative URL (no scheme) is always fine. `tel:` and `sms:`
/// (a phone number to call or text) run no script.
const ALLOWED_SCHEMES: [&str; 5] = ["http", "https", "mailto", "tel", "sms"];

/// The cleaned URL if it is relative or uses `http`, `https`, `mailto`, `tel` or `sms`; `None`
/// otherwise.
pub fn safe_url(raw: &str) -> Option<String> {
    let cleaned = clean(raw);
    if cleaned.is_empty() || cleaned.chars().any(is_control) {
        return None;
    }
    match scheme(&cleaned) {
        Some(scheme) if !is_allowed(scheme) => None,
        _ => Some(cleaned),
    }
}

/// Trim C0 controls and spaces at both ends and remove tab, LF and CR everywhere.
fn clean(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// A C0 control character or DEL.
fn is_control(c: char) -> bool {
    c <= '\u{1F}' || c == '\u{7F}'
}

/// The scheme: the text before a `:` that comes before any `/`, `?` or `#`, if it is a valid one.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find([':', '/', '?', '#'])?;
    if url.as_bytes().get(end) != Some(&b':') {
        return None;
    }
    let candidate = url.get(..end)?;
    is_scheme(candidate).then_some(candidate)
}

/// An ASCII letter followed by letters, digits, `+`, `-` or `.`.
fn is_scheme(candidate: &str) -> bool {
    let mut chars = candidate.chars();
    let first_is_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    first_is_letter && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Whether a scheme is on the allowlist (case-insensitively).
fn is_allowed(scheme: &str) -> bool {
    ALLOWED_SCHEMES
        .iter()
        .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
}
