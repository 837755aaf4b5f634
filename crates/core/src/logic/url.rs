//! Relative URLs in an article resolve against the article's own URL, as links in a document do
//! against the document's: `img/lead.svg` in `https://n.example/a/1.json` is
//! `https://n.example/a/img/lead.svg`.

/// Resolves `reference` against the absolute URL `base` (RFC 3986 §5.2, for the shapes URLs take
/// in articles). A reference with a scheme, or a `base` that is not absolute, is returned as is.
pub fn resolve(base: &str, reference: &str) -> String {
    let Some((scheme, rest)) = split_scheme(base) else {
        return reference.to_owned();
    };
    if split_scheme(reference).is_some() {
        return reference.to_owned();
    }
    if let Some(network_path) = reference.strip_prefix("//") {
        return format!("{scheme}://{network_path}");
    }
    // `rest` is `//authority/path?query#fragment`.
    let Some(after_slashes) = rest.strip_prefix("//") else {
        return reference.to_owned();
    };
    let authority_end = after_slashes
        .find(['/', '?', '#'])
        .unwrap_or(after_slashes.len());
    let (authority, tail) = after_slashes.split_at(authority_end);
    let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
    let (base_path, base_query_fragment) = tail.split_at(path_end);
    let base_query = base_query_fragment.split('#').next().unwrap_or_default();
    let origin = format!("{scheme}://{authority}");
    if reference.is_empty() {
        return format!("{origin}{base_path}{base_query}");
    }
    if reference.starts_with('#') {
        return format!("{origin}{base_path}{base_query}{reference}");
    }
    if reference.starts_with('?') {
        return format!("{origin}{base_path}{reference}");
    }
    let ref_path_end = reference.find(['?', '#']).unwrap_or(reference.len());
    let (ref_path, ref_rest) = reference.split_at(ref_path_end);
    let merged = if ref_path.starts_with('/') {
        ref_path.to_owned()
    } else {
        let directory = base_path
            .rfind('/')
            .and_then(|i| base_path.get(..=i))
            .unwrap_or("/");
        format!("{directory}{ref_path}")
    };
    format!("{origin}{}{ref_rest}", remove_dot_segments(&merged))
}

/// `scheme:` of an absolute URL, lowercased, with the rest.
fn split_scheme(url: &str) -> Option<(String, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| (scheme.to_ascii_lowercase(), rest))
}

/// Removes `.` and `..` segments from an absolute path.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." | ".." => {
                if *segment == ".." {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            other => out.push(other),
        }
    }
    format!("/{}", out.join("/"))
}

/// The one percent-encoder: `text` with every byte but ASCII letters and digits and the
/// characters in `keep` written as `%XX` (UTF-8 bytes). Each context names what it keeps:
/// [`UNRESERVED`] for a fragment, [`URI_COMPONENT`] as `encodeURIComponent` does.
pub fn percent_encode_keeping(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// RFC 3986's unreserved characters besides letters and digits.
pub const UNRESERVED: &[u8] = b"-._~";
/// What `encodeURIComponent` leaves as it is besides letters and digits.
pub const URI_COMPONENT: &[u8] = b"-_.!~*'()";

/// `text` with every byte but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) written
/// as `%XX`: safe as a URL fragment.
pub fn percent_encode(text: &str) -> String {
    percent_encode_keeping(text, UNRESERVED)
}

/// `text` with its `%XX` escapes decoded (an escape that is not one stays as it is; bytes that
/// are not UTF-8 become U+FFFD).
pub fn percent_decode(text: &str) -> String {
    decode(text, false)
}

/// `application/x-www-form-urlencoded` decoding: [`percent_decode`], and `+` is a space.
pub fn form_decode(text: &str) -> String {
    decode(text, true)
}

/// The one percent-decoder (see [`percent_decode`] and [`form_decode`]).
fn decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|h| char::from(*h).to_digit(16));
        match (byte, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
