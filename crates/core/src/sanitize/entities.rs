//! Character references (`&amp;`, `&#233;`, `&#xE9;`), decoded the way an HTML tokenizer does.
//!
//! Named references need their `;` unless they are one of the legacy Latin-1 names, which
//! browsers also accept without it (`&copy 2024`). In attribute values a legacy name without `;`
//! followed by `=` or an alphanumeric is left alone, so URLs like `?a=1&copy=2` survive.

/// Where a reference is decoded: attribute values have the stricter legacy rule.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// Text content.
    Text,
    /// An attribute value.
    Attribute,
}

/// Longest name we look up with a `;` (longer runs can only match a legacy prefix).
const MAX_NAME: usize = 32;

/// Longest legacy name (`frac12`, `Ccedil`...).
const MAX_LEGACY: usize = 6;

/// Decode the character references of a text (for titles that arrive as HTML-escaped text).
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(&mut out, s, Context::Text);
    out
}

/// Append `s` to `out` with its character references decoded.
pub(crate) fn decode_into(out: &mut String, s: &str, context: Context) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        match reference(after, context) {
            Some((c, used)) => {
                out.push(c);
                rest = after.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference starting right after `&` stands for, and the bytes it used.
fn reference(after: &str, context: Context) -> Option<(char, usize)> {
    match after.strip_prefix('#') {
        Some(number) => numeric(number).map(|(c, used)| (c, used + 1)),
        None => named_reference(after, context),
    }
}

/// A numeric reference after `&#`: decimal or `x`-hexadecimal, `;` optional.
fn numeric(s: &str) -> Option<(char, usize)> {
    let (digits, radix, prefix) = match s.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 1),
        None => (s, 10, 0),
    };
    let count = digits
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if count == 0 {
        return None;
    }
    let value = digits
        .get(..count)
        .unwrap_or("")
        .chars()
        .filter_map(|d| d.to_digit(radix))
        .fold(0u32, |acc, d| acc.saturating_mul(radix).saturating_add(d));
    let semicolon = usize::from(digits.as_bytes().get(count) == Some(&b';'));
    Some((code_point(value), prefix + count + semicolon))
}

/// The character of a numeric reference, with the HTML fix-ups (0, surrogates, too large → U+FFFD;
/// 0x80–0x9F read as Windows-1252, as every browser does).
fn code_point(value: u32) -> char {
    if (0x80..=0x9F).contains(&value) {
        return windows_1252(value);
    }
    if value == 0 {
        return char::REPLACEMENT_CHARACTER;
    }
    char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// The Windows-1252 reading of a C1 control code point.
fn windows_1252(value: u32) -> char {
    let mapped = match value {
        0x80 => 0x20AC,
        0x82 => 0x201A,
        0x83 => 0x0192,
        0x84 => 0x201E,
        0x85 => 0x2026,
        0x86 => 0x2020,
        0x87 => 0x2021,
        0x88 => 0x02C6,
        0x89 => 0x2030,
        0x8A => 0x0160,
        0x8B => 0x2039,
        0x8C => 0x0152,
        0x8E => 0x017D,
        0x91 => 0x2018,
        0x92 => 0x2019,
        0x93 => 0x201C,
        0x94 => 0x201D,
        0x95 => 0x2022,
        0x96 => 0x2013,
        0x97 => 0x2014,
        0x98 => 0x02DC,
        0x99 => 0x2122,
        0x9A => 0x0161,
        0x9B => 0x203A,
        0x9C => 0x0153,
        0x9E => 0x017E,
        0x9F => 0x0178,
        other => other,
    };
    char::from_u32(mapped).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// A named reference right after `&`: `name;`, or a legacy name without `;`.
fn named_reference(after: &str, context: Context) -> Option<(char, usize)> {
    let run = after
        .bytes()
        .take(MAX_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if run == 0 {
        return None;
    }
    let name = after.get(..run).unwrap_or("");
    if after.as_bytes().get(run) == Some(&b';') {
        if let Some(c) = named(name) {
            return Some((c, run + 1));
        }
    }
    legacy_prefix(after, run.min(MAX_LEGACY), context)
}

/// The longest legacy name (no `;`) that starts `after`, within its first `max` bytes.
fn legacy_prefix(after: &str, max: usize, context: Context) -> Option<(char, usize)> {
    let (len, c) = (2..=max)
        .rev()
        .find_map(|len| after.get(..len).and_then(legacy).map(|c| (len, c)))?;
    let next = after.as_bytes().get(len).copied();
    let blocked = next.is_some_and(|b| b == b'=' || b.is_ascii_alphanumeric());
    if context == Context::Attribute && blocked {
        return None;
    }
    Some((c, len))
}

/// Any named reference we know (with its `;`).
fn named(name: &str) -> Option<char> {
    legacy(name).or_else(|| modern(name))
}

/// The legacy names browsers also accept without `;`: the Latin-1 set plus the markup escapes.
fn legacy(name: &str) -> Option<char> {
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "COPY" => '\u{A9}',
        "REG" => '\u{AE}',
        _ => return latin1(name),
    };
    Some(c)
}

/// The names of U+00A0..=U+00FF, in code point order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// A Latin-1 name (U+00A0..=U+00FF).
fn latin1(name: &str) -> Option<char> {
    let offset = LATIN1.iter().position(|n| *n == name)?;
    let offset = u32::try_from(offset).ok()?;
    char::from_u32(0xA0 + offset)
}

/// The other names we know; these need their `;`. A table searched in order rather than a
/// `match`: references are rare in articles, and a loop over data is a fraction of the code of a
/// comparison tree.
fn modern(name: &str) -> Option<char> {
    let &(_, code) = MODERN.iter().find(|(known, _)| *known == name)?;
    char::from_u32(code)
}

const MODERN: &[(&str, u32)] = &[
    // Markup and ASCII punctuation (used to smuggle `javascript&colon;`).
    ("apos", 0x27),
    ("Tab", 0x09),
    ("NewLine", 0x0A),
    ("excl", 0x21),
    ("num", 0x23),
    ("dollar", 0x24),
    ("percnt", 0x25),
    ("lpar", 0x28),
    ("rpar", 0x29),
    ("ast", 0x2A),
    ("midast", 0x2A),
    ("plus", 0x2B),
    ("comma", 0x2C),
    ("period", 0x2E),
    ("sol", 0x2F),
    ("colon", 0x3A),
    ("semi", 0x3B),
    ("equals", 0x3D),
    ("quest", 0x3F),
    ("commat", 0x40),
    ("lsqb", 0x5B),
    ("lbrack", 0x5B),
    ("bsol", 0x5C),
    ("rsqb", 0x5D),
    ("rbrack", 0x5D),
    ("Hat", 0x5E),
    ("lowbar", 0x5F),
    ("UnderBar", 0x5F),
    ("grave", 0x60),
    ("DiacriticalGrave", 0x60),
    ("lcub", 0x7B),
    ("lbrace", 0x7B),
    ("verbar", 0x7C),
    ("vert", 0x7C),
    ("VerticalLine", 0x7C),
    ("rcub", 0x7D),
    ("rbrace", 0x7D),
    // Latin-1 aliases (never accepted without `;`).
    ("NonBreakingSpace", 0xA0),
    ("half", 0xBD),
    ("centerdot", 0xB7),
    ("CenterDot", 0xB7),
    ("pm", 0xB1),
    ("PlusMinus", 0xB1),
    ("div", 0xF7),
    ("circledR", 0xAE),
    ("die", 0xA8),
    ("Dot", 0xA8),
    ("DoubleDot", 0xA8),
    // Latin Extended and spacing modifiers.
    ("OElig", 0x152),
    ("oelig", 0x153),
    ("Scaron", 0x160),
    ("scaron", 0x161),
    ("Yuml", 0x178),
    ("Zcaron", 0x17D),
    ("zcaron", 0x17E),
    ("fnof", 0x192),
    ("circ", 0x2C6),
    ("caron", 0x2C7),
    ("tilde", 0x2DC),
    // Greek.
    ("Alpha", 0x391),
    ("Beta", 0x392),
    ("Gamma", 0x393),
    ("Delta", 0x394),
    ("Epsilon", 0x395),
    ("Zeta", 0x396),
    ("Eta", 0x397),
    ("Theta", 0x398),
    ("Iota", 0x399),
    ("Kappa", 0x39A),
    ("Lambda", 0x39B),
    ("Mu", 0x39C),
    ("Nu", 0x39D),
    ("Xi", 0x39E),
    ("Omicron", 0x39F),
    ("Pi", 0x3A0),
    ("Rho", 0x3A1),
    ("Sigma", 0x3A3),
    ("Tau", 0x3A4),
    ("Upsilon", 0x3A5),
    ("Phi", 0x3A6),
    ("Chi", 0x3A7),
    ("Psi", 0x3A8),
    ("Omega", 0x3A9),
    ("alpha", 0x3B1),
    ("beta", 0x3B2),
    ("gamma", 0x3B3),
    ("delta", 0x3B4),
    ("epsilon", 0x3B5),
    ("zeta", 0x3B6),
    ("eta", 0x3B7),
    ("theta", 0x3B8),
    ("iota", 0x3B9),
    ("kappa", 0x3BA),
    ("lambda", 0x3BB),
    ("mu", 0x3BC),
    ("nu", 0x3BD),
    ("xi", 0x3BE),
    ("omicron", 0x3BF),
    ("pi", 0x3C0),
    ("rho", 0x3C1),
    ("sigmaf", 0x3C2),
    ("sigma", 0x3C3),
    ("tau", 0x3C4),
    ("upsilon", 0x3C5),
    ("phi", 0x3C6),
    ("chi", 0x3C7),
    ("psi", 0x3C8),
    ("omega", 0x3C9),
    ("thetasym", 0x3D1),
    ("upsih", 0x3D2),
    ("piv", 0x3D6),
    // Spaces, joiners and marks.
    ("ensp", 0x2002),
    ("emsp", 0x2003),
    ("emsp13", 0x2004),
    ("emsp14", 0x2005),
    ("numsp", 0x2007),
    ("puncsp", 0x2008),
    ("thinsp", 0x2009),
    ("ThinSpace", 0x2009),
    ("hairsp", 0x200A),
    ("VeryThinSpace", 0x200A),
    ("ZeroWidthSpace", 0x200B),
    ("zwnj", 0x200C),
    ("zwj", 0x200D),
    ("lrm", 0x200E),
    ("rlm", 0x200F),
    ("MediumSpace", 0x205F),
    ("NoBreak", 0x2060),
    // General punctuation.
    ("hyphen", 0x2010),
    ("dash", 0x2010),
    ("ndash", 0x2013),
    ("mdash", 0x2014),
    ("horbar", 0x2015),
    ("Verbar", 0x2016),
    ("lsquo", 0x2018),
    ("OpenCurlyQuote", 0x2018),
    ("rsquo", 0x2019),
    ("rsquor", 0x2019),
    ("CloseCurlyQuote", 0x2019),
    ("sbquo", 0x201A),
    ("lsquor", 0x201A),
    ("ldquo", 0x201C),
    ("OpenCurlyDoubleQuote", 0x201C),
    ("rdquo", 0x201D),
    ("rdquor", 0x201D),
    ("CloseCurlyDoubleQuote", 0x201D),
    ("bdquo", 0x201E),
    ("ldquor", 0x201E),
    ("dagger", 0x2020),
    ("Dagger", 0x2021),
    ("ddagger", 0x2021),
    ("bull", 0x2022),
    ("bullet", 0x2022),
    ("nldr", 0x2025),
    ("hellip", 0x2026),
    ("mldr", 0x2026),
    ("permil", 0x2030),
    ("prime", 0x2032),
    ("Prime", 0x2033),
    ("lsaquo", 0x2039),
    ("rsaquo", 0x203A),
    ("oline", 0x203E),
    ("frasl", 0x2044),
    // Letterlike symbols and currency.
    ("euro", 0x20AC),
    ("inr", 0x20B9),
    ("incare", 0x2105),
    ("image", 0x2111),
    ("Im", 0x2111),
    ("weierp", 0x2118),
    ("real", 0x211C),
    ("Re", 0x211C),
    ("trade", 0x2122),
    ("TRADE", 0x2122),
    ("alefsym", 0x2135),
    ("frac13", 0x2153),
    ("frac23", 0x2154),
    ("frac15", 0x2155),
    ("frac18", 0x215B),
    ("frac38", 0x215C),
    ("frac58", 0x215D),
    ("frac78", 0x215E),
    // Arrows.
    ("larr", 0x2190),
    ("leftarrow", 0x2190),
    ("uarr", 0x2191),
    ("uparrow", 0x2191),
    ("rarr", 0x2192),
    ("rightarrow", 0x2192),
    ("darr", 0x2193),
    ("downarrow", 0x2193),
    ("harr", 0x2194),
    ("crarr", 0x21B5),
    ("lArr", 0x21D0),
    ("uArr", 0x21D1),
    ("rArr", 0x21D2),
    ("dArr", 0x21D3),
    ("hArr", 0x21D4),
    // Mathematical operators.
    ("forall", 0x2200),
    ("part", 0x2202),
    ("exist", 0x2203),
    ("empty", 0x2205),
    ("nabla", 0x2207),
    ("isin", 0x2208),
    ("notin", 0x2209),
    ("ni", 0x220B),
    ("prod", 0x220F),
    ("sum", 0x2211),
    ("minus", 0x2212),
    ("lowast", 0x2217),
    ("radic", 0x221A),
    ("prop", 0x221D),
    ("infin", 0x221E),
    ("ang", 0x2220),
    ("and", 0x2227),
    ("or", 0x2228),
    ("cap", 0x2229),
    ("cup", 0x222A),
    ("int", 0x222B),
    ("there4", 0x2234),
    ("sim", 0x223C),
    ("cong", 0x2245),
    ("asymp", 0x2248),
    ("approx", 0x2248),
    ("ne", 0x2260),
    ("equiv", 0x2261),
    ("le", 0x2264),
    ("leq", 0x2264),
    ("ge", 0x2265),
    ("geq", 0x2265),
    ("sub", 0x2282),
    ("sup", 0x2283),
    ("nsub", 0x2284),
    ("sube", 0x2286),
    ("supe", 0x2287),
    ("oplus", 0x2295),
    ("otimes", 0x2297),
    ("perp", 0x22A5),
    ("sdot", 0x22C5),
    ("lceil", 0x2308),
    ("rceil", 0x2309),
    ("lfloor", 0x230A),
    ("rfloor", 0x230B),
    ("lang", 0x27E8),
    ("rang", 0x27E9),
    // Shapes and dingbats.
    ("loz", 0x25CA),
    ("starf", 0x2605),
    ("bigstar", 0x2605),
    ("star", 0x2606),
    ("phone", 0x260E),
    ("female", 0x2640),
    ("male", 0x2642),
    ("spades", 0x2660),
    ("clubs", 0x2663),
    ("hearts", 0x2665),
    ("diams", 0x2666),
    ("sung", 0x266A),
    ("flat", 0x266D),
    ("natural", 0x266E),
    ("sharp", 0x266F),
    ("check", 0x2713),
    ("checkmark", 0x2713),
    ("cross", 0x2717),
    ("malt", 0x2720),
    ("maltese", 0x2720),
    ("sext", 0x2736),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_table_is_in_code_point_order() {
        assert_eq!(latin1("nbsp"), Some('\u{A0}'));
        assert_eq!(latin1("times"), Some('\u{D7}'));
        assert_eq!(latin1("szlig"), Some('\u{DF}'));
        assert_eq!(latin1("eacute"), Some('\u{E9}'));
        assert_eq!(latin1("divide"), Some('\u{F7}'));
        assert_eq!(latin1("yuml"), Some('\u{FF}'));
    }

    #[test]
    fn attribute_legacy_rule() {
        let mut out = String::new();
        decode_into(&mut out, "?a=1&copy=2&amp;b&lt3", Context::Attribute);
        assert_eq!(out, "?a=1&copy=2&b&lt3");
        assert_eq!(decode_entities("&copy=2 &lt3"), "\u{A9}=2 <3");
    }
}
