//! A reader's configuration, from its element's `data-*` attributes (contract §2) or, for the
//! standalone page, from the query string. Bad values fall back to defaults with a warning.

use crate::logic::share_links::{parse_targets, ShareTarget, DEFAULT_TARGETS};
use crate::logic::url::{form_decode, percent_encode_keeping};

/// The article the standalone page opens when no `?src=` is given.
pub const DEMO_SRC: &str = "demo/fr.json";

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

impl Config {
    /// Reads an embedded reader's attributes through `attr` (`"data-src"` → its value).
    /// Returns the configuration and a warning for each value that was ignored.
    pub fn from_attributes(attr: impl Fn(&str) -> Option<String>) -> (Config, Vec<String>) {
        let mut warnings = Vec::new();
        let mut switch = |name: &str| match attr(name).as_deref().map(str::trim) {
            None | Some("on") => true,
            Some("off") => false,
            Some(other) => {
                warnings.push(format!(
                    "{name}=\"{other}\" is not \"on\" or \"off\"; using \"on\""
                ));
                true
            }
        };
        let related = switch("data-related");
        let scroll_top = switch("data-scroll-top");
        let resume = switch("data-resume");
        let listen = switch("data-listen");
        let timeout_secs = match attr("data-timeout") {
            None => DEFAULT_TIMEOUT_SECS,
            Some(raw) => match raw.trim().parse::<u32>() {
                Ok(secs @ 1..=300) => secs,
                _ => {
                    warnings.push(format!(
                        "data-timeout=\"{raw}\" is not a number of seconds from 1 to 300; using {DEFAULT_TIMEOUT_SECS}"
                    ));
                    DEFAULT_TIMEOUT_SECS
                }
            },
        };
        let src = attr("data-src")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        if src.is_none() {
            warnings.push("data-src is missing; showing the demo article".to_owned());
        }
        let (share, unknown) = parse_targets(attr("data-share").as_deref());
        for token in unknown {
            warnings.push(format!("data-share: unknown target \"{token}\" ignored"));
        }
        let lang = attr("data-lang")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let config = Config {
            src: src.unwrap_or_else(|| DEMO_SRC.to_owned()),
            lang,
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
        Config {
            src: query_param(query, "src")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| DEMO_SRC.to_owned()),
            lang: query_param(query, "lang").filter(|s| !s.trim().is_empty()),
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

/// The first value of `name` in a query string (`?a=1&b=2`), percent-decoded, `+` as space.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .trim_start_matches('?')
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
