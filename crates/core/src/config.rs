//! A reader's configuration, from its element's attributes (contract §2) or, for the standalone
//! page, from the query string. Which attribute or parameter gives each setting is the table of
//! `src/publisher/attributes.json`, which the start-up script reads too. Bad values fall back to
//! defaults with a warning.

use crate::logic::share_links::{parse_targets, ShareTarget, DEFAULT_TARGETS};
use crate::logic::url::{form_decode, percent_encode_keeping};

/// Where each setting of a reader comes from: `[setting, reader, name]` rows, read in order. A
/// row's reader is `article-reader` (an attribute of that element), `*` (an attribute of any
/// embedded reader's element), `standalone` (a query parameter of the standalone page) or
/// `default` (the setting's value when no row gives one); the first row whose attribute or
/// parameter is present gives the value. The one statement of the rule: the file is JSON, from
/// which `scripts/start-up.mjs` builds the start-up script's rule, and a Rust array expression,
/// read here (`tests/fixtures/attributes.json` holds the cases both must read alike).
pub const SOURCES: &[[&str; 3]] = &include!("../../../src/publisher/attributes.json");

/// The attribute that marks a reader's element, and its value on the standalone page's reader.
const READER: (&str, &str) = ("data-article-reader", "standalone");

/// How long a fetch may take before it counts as a timeout, unless `data-timeout` says otherwise.
pub const DEFAULT_TIMEOUT_SECS: u32 = 15;

/// One reader's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// URL of the article JSON.
    pub src: String,
    /// Interface language override (`data-lang`).
    pub lang: Option<String>,
    /// Whether related stories are shown (`data-related="off"` hides them).
    pub related: bool,
    /// Whether the back-to-top link is shown (`data-scroll-top="off"` hides it).
    pub scroll_top: bool,
    /// Whether the reader remembers where each article was left (`data-resume="off"`: never).
    pub resume: bool,
    /// Whether the Listen control is offered (`data-listen="off"` hides it).
    pub listen: bool,
    /// Share controls, in order (`data-share`).
    pub share: Vec<ShareTarget>,
    /// Seconds before a fetch times out (`data-timeout`).
    pub timeout_secs: u32,
    /// The standalone page (owns the document: title, history); false when embedded.
    pub standalone: bool,
}

/// The names `setting` is read from for `reader` (an element's local name, or `"standalone"`),
/// in order of precedence.
pub fn names<'a>(setting: &'a str, reader: &'a str) -> impl Iterator<Item = &'static str> + 'a {
    SOURCES
        .iter()
        .filter(move |&&[s, r, _]| s == setting && applies(r, reader))
        .map(|&[_, _, name]| name)
}

/// Whether a row for `row_reader` applies to `reader`: it names that reader, or it is `*` and the
/// reader is an element.
fn applies(row_reader: &str, reader: &str) -> bool {
    row_reader == reader || (row_reader == "*" && reader != READER.1)
}

/// The value of `setting` when nothing gives one (the demo article for `src`).
pub fn default_of(setting: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|&&[s, r, _]| s == setting && r == "default")
        .map(|&[_, _, value]| value)
}

/// Whether the element whose attributes `attr` looks up is the standalone page's reader.
pub fn is_standalone(attr: impl Fn(&str) -> Option<String>) -> bool {
    attr(READER.0).as_deref() == Some(READER.1)
}

/// The name and value of `setting` for `reader`: those of the first of its names that `lookup`
/// finds.
fn read(
    setting: &str,
    reader: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Option<(&'static str, String)> {
    // (A loop, not `names`: the module is smaller so.)
    for &[s, r, name] in SOURCES {
        if s == setting && applies(r, reader) {
            if let Some(value) = lookup(name) {
                return Some((name, value));
            }
        }
    }
    None
}

/// A text value without the white space around it, unless nothing is left. White space is
/// JavaScript's (`String.prototype.trim`), so that the start-up script trims a source alike.
fn text(value: Option<(&str, String)>) -> Option<String> {
    value
        .map(|(_, value)| value.trim_matches(js_space).to_owned())
        .filter(|value| !value.is_empty())
}

/// White space as JavaScript's `trim` has it: Rust's without U+0085, and U+FEFF.
fn js_space(c: char) -> bool {
    c == '\u{feff}' || (c != '\u{85}' && c.is_whitespace())
}

/// The article's URL: the one given, else the default (the demo article).
fn source(given: Option<String>) -> String {
    given.unwrap_or_else(|| default_of("src").unwrap_or_default().to_owned())
}

impl Config {
    /// The configuration of a reader's element: `element` is its local name (`article-reader`,
    /// `div`…), `attr` looks its attributes up, and `search` gives the page's query string, which
    /// only the standalone page's reader reads. Returns the configuration and a warning for each
    /// value that was ignored.
    pub fn of_element(
        element: &str,
        attr: impl Fn(&str) -> Option<String>,
        search: impl FnOnce() -> String,
    ) -> (Config, Vec<String>) {
        if is_standalone(&attr) {
            return (Config::standalone(&search()), Vec::new());
        }
        let value = |setting: &str| read(setting, element, &attr);
        let mut warnings = Vec::new();
        let mut switch = |setting: &str| match value(setting) {
            None => true,
            Some((name, raw)) => match raw.trim() {
                "on" => true,
                "off" => false,
                other => {
                    warnings.push(format!(
                        "{name}=\"{other}\" is not \"on\" or \"off\"; using \"on\""
                    ));
                    true
                }
            },
        };
        let related = switch("related");
        let scroll_top = switch("scroll-top");
        let resume = switch("resume");
        let listen = switch("listen");
        let timeout_secs = match value("timeout") {
            None => DEFAULT_TIMEOUT_SECS,
            Some((name, raw)) => match raw.trim().parse::<u32>() {
                Ok(secs @ 1..=300) => secs,
                _ => {
                    warnings.push(format!(
                        "{name}=\"{raw}\" is not a number of seconds from 1 to 300; using {DEFAULT_TIMEOUT_SECS}"
                    ));
                    DEFAULT_TIMEOUT_SECS
                }
            },
        };
        let src = text(value("src"));
        if src.is_none() {
            let name = names("src", element).next().unwrap_or("src");
            warnings.push(format!("{name} is missing; showing the demo article"));
        }
        let share = value("share");
        let (share, unknown) = parse_targets(share.as_ref().map(|(_, raw)| raw.as_str()));
        for token in unknown {
            warnings.push(format!("data-share: unknown target \"{token}\" ignored"));
        }
        let config = Config {
            src: source(src),
            lang: text(value("lang")),
            related,
            scroll_top,
            resume,
            listen,
            share,
            timeout_secs,
            standalone: false,
        };
        (config, warnings)
    }

    /// The standalone page's reader: `?src=` (else the demo) and `?lang=`.
    pub fn standalone(query: &str) -> Config {
        let value = |setting: &str| read(setting, READER.1, |name| query_param(query, name));
        Config {
            src: source(text(value("src"))),
            lang: text(value("lang")),
            related: true,
            scroll_top: true,
            resume: true,
            listen: true,
            share: DEFAULT_TARGETS.to_vec(),
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            standalone: true,
        }
    }
}

/// The first value of `name` in a query string (`?a=1&b=2`, one leading `?` as
/// `URLSearchParams` reads it), percent-decoded, `+` as space.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| percent_decode(key) == name)
        .map(|(_, value)| percent_decode(value))
}

/// `application/x-www-form-urlencoded` decoding; invalid escapes are kept as written and invalid
/// UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    form_decode(text)
}

/// The query string that opens `src` in the standalone reader (`?src=…`).
pub fn query_for(src: &str) -> String {
    format!("?src={}", percent_encode_keeping(src, b"-_.~/:"))
}
