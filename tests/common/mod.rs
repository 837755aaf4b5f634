//! What a safe sanitized tree and a safe URL are, written from the contract
//! (`shared/ARTICLE-FORMAT.md` §1), not from the sanitizer: the one checker the hostile corpus,
//! the property tests and the cargo-fuzz target share (`#[path]` there).
#![allow(dead_code)] // Each test crate uses its own part.

use article_reader::sanitize::{Attr, Node, Subset, Tag, MAX_DEPTH};

/// The inline subset's elements.
pub const INLINE: [&str; 14] = [
    "a", "em", "strong", "i", "b", "br", "cite", "q", "abbr", "sub", "sup", "code", "mark", "span",
];

/// What the rich subset adds.
pub const RICH_EXTRA: [&str; 21] = [
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "pre",
    "hr",
];

pub fn subset_name(subset: Subset) -> &'static str {
    match subset {
        Subset::Inline => "inline",
        Subset::Rich => "rich",
    }
}

/// Whether the contract keeps `tag` in `subset`.
pub fn allowed(tag: Tag, subset: Subset) -> bool {
    let name = tag.name();
    INLINE.contains(&name) || (subset == Subset::Rich && RICH_EXTRA.contains(&name))
}

/// The attributes the contract keeps on an element.
pub fn attr_allowed(tag: Tag, attr: &Attr) -> bool {
    matches!(
        (tag, attr),
        (Tag::A, Attr::Href(_))
            | (Tag::Abbr, Attr::Title(_))
            | (Tag::Span, Attr::Lang(_))
            | (
                Tag::Img,
                Attr::Src(_) | Attr::Alt(_) | Attr::Width(_) | Attr::Height(_)
            )
    )
}

/// The text of an attribute, when it has one.
pub fn attr_value(attr: &Attr) -> Option<&str> {
    match attr {
        Attr::Href(v) | Attr::Title(v) | Attr::Lang(v) | Attr::Src(v) | Attr::Alt(v) => Some(v),
        Attr::Width(_) | Attr::Height(_) => None,
    }
}

/// Why a URL would be unsafe in a link or image, if it would: lowercased with whitespace and
/// controls removed it starts with a script-capable scheme; it holds an ASCII control; or the
/// scheme a browser's URL parser reads (C0 controls and spaces trimmed at both ends, tab and
/// newlines removed) is not `http`, `https` or `mailto`.
pub fn url_problem(url: &str) -> Option<String> {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    for bad in ["javascript:", "vbscript:", "data:"] {
        if squeezed.starts_with(bad) {
            return Some(format!("{bad} URL {url:?}"));
        }
    }
    if url.chars().any(|c| c.is_ascii_control()) {
        return Some(format!("control character in URL {url:?}"));
    }
    let parsed: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end = parsed.find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)));
    let starts_alpha = parsed.starts_with(|c: char| c.is_ascii_alphabetic());
    if let Some((scheme, rest)) = scheme_end
        .filter(|_| starts_alpha)
        .map(|end| parsed.split_at(end))
    {
        let scheme = scheme.to_ascii_lowercase();
        if rest.starts_with(':') && !["http", "https", "mailto"].contains(&scheme.as_str()) {
            return Some(format!("scheme {scheme:?} in URL {url:?}"));
        }
    }
    None
}

/// Everything wrong with a sanitized tree for a subset (empty when it is safe): elements or
/// attributes outside the contract, unsafe URLs, links without `href` and images without `src`,
/// sizes out of range, void elements with children, nesting beyond `MAX_DEPTH`. Iterative: the
/// tree may be deep.
pub fn tree_problems(nodes: &[Node], subset: Subset) -> Vec<String> {
    let mut problems = Vec::new();
    let mut stack: Vec<(&[Node], usize)> = vec![(nodes, 1)];
    while let Some((level, depth)) = stack.pop() {
        for node in level {
            let Node::Element {
                tag,
                attrs,
                children,
            } = node
            else {
                continue;
            };
            let name = tag.name();
            if !allowed(*tag, subset) {
                problems.push(format!(
                    "<{name}> outside the {} subset",
                    subset_name(subset)
                ));
            }
            if depth > MAX_DEPTH {
                problems.push(format!("<{name}> nested {depth} deep"));
            }
            if tag.is_void() && !children.is_empty() {
                problems.push(format!("void <{name}> with children"));
            }
            let has = |wanted: fn(&Attr) -> bool| attrs.iter().any(wanted);
            if *tag == Tag::A && !has(|a| matches!(a, Attr::Href(_))) {
                problems.push("<a> kept without href".to_owned());
            }
            if *tag == Tag::Img && !has(|a| matches!(a, Attr::Src(_))) {
                problems.push("<img> kept without src".to_owned());
            }
            for attr in attrs {
                if !attr_allowed(*tag, attr) {
                    problems.push(format!("{attr:?} on <{name}>"));
                }
                match attr {
                    Attr::Href(url) | Attr::Src(url) => problems.extend(url_problem(url)),
                    Attr::Width(n) | Attr::Height(n) if !(1..=10_000).contains(n) => {
                        problems.push(format!("<{name}> size {n} kept"));
                    }
                    _ => {}
                }
            }
            stack.push((children, depth + 1));
        }
    }
    problems
}

/// Attribute values that still carry a payload of the hostile corpus (`__trap(`): the corpus
/// spells payloads that may legitimately survive as text differently, so any of these is a leak.
pub fn payload_problems(nodes: &[Node]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut stack = vec![nodes];
    while let Some(level) = stack.pop() {
        for node in level {
            if let Node::Element {
                tag,
                attrs,
                children,
            } = node
            {
                for attr in attrs {
                    if attr_value(attr).is_some_and(|v| v.contains("__trap(")) {
                        problems.push(format!("payload in {attr:?} on <{}>", tag.name()));
                    }
                }
                stack.push(children);
            }
        }
    }
    problems
}
