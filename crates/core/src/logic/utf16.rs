//! Offsets in a string as Rust counts them (bytes) and as the DOM counts them (UTF-16 code units:
//! text node offsets, `Intl.Segmenter` indices, speech boundary events).

/// The byte index in `text` of UTF-16 offset `units`: the start of the character holding that
/// unit (of the next character when `units` falls inside a surrogate pair), `text.len()` past
/// the end.
pub fn byte_index(text: &str, units: u32) -> usize {
    let mut counted = 0;
    for (at, c) in text.char_indices() {
        if counted >= units as usize {
            return at;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of byte index `byte` of `text`: the units of the characters that start
/// before it.
pub fn utf16_index(text: &str, byte: usize) -> u32 {
    text.char_indices()
        .take_while(|(at, _)| *at < byte)
        .map(|(_, c)| c.len_utf16() as u32)
        .sum()
}

/// The part of `text` from UTF-16 offset `start` to `end` (each rounded as [`byte_index`] does).
pub fn slice(text: &str, start: u32, end: u32) -> &str {
    text.get(byte_index(text, start)..byte_index(text, end))
        .unwrap_or_default()
}
