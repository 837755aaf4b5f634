//! What a safe sanitized tree and a safe URL are, written from the contract
//! (`shared/ARTICLE-FORMAT.md` §1), not from the sanitizer, and the one walker over a render
//! model's URLs and trees: what the hostile corpus, the property tests and the cargo-fuzz target
//! share (`#[path]` there).
#![allow(dead_code)] // Each test crate uses its own part.

use article_core::fault::Fault;
use article_core::json::DecodeError;
use article_core::normalize::{story_from_json, Source};
use article_core::sanitize::{Attr, Node, Subset, Tag, MAX_DEPTH};
use article_core::story::{Block, Picture, Story, Teaser};

/// The inline subset's elements.
pub const INLINE: [&str; 20] = [
    "a", "em", "strong", "i", "b", "br", "cite", "q", "abbr", "sub", "sup", "code", "mark", "s",
    "del", "ins", "ruby", "rt", "rp", "span",
];

/// What the rich subset adds.
pub const RICH_EXTRA: [&str; 23] = [
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
    "details",
    "summary",
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
        (_, Attr::Id(_))
            | (Tag::A, Attr::Href(_))
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
        Attr::Href(v)
        | Attr::Title(v)
        | Attr::Lang(v)
        | Attr::Src(v)
        | Attr::Alt(v)
        | Attr::Id(v) => Some(v),
        Attr::Width(_) | Attr::Height(_) => None,
    }
}

/// Why a URL would be unsafe in a link or image, if it would: lowercased with whitespace and
/// controls removed it starts with a script-capable scheme; it holds an ASCII control; or the
/// scheme a browser's URL parser reads (C0 controls and spaces trimmed at both ends, tab and
/// newlines removed) is not `http`, `https`, `mailto`, `tel` or `sms`.
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
        if rest.starts_with(':')
            && !["http", "https", "mailto", "tel", "sms"].contains(&scheme.as_str())
        {
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

// ---------------------------------------------------------------------------------------------
// A whole render model

/// Every URL of a render model, with where it is: the story's own, its people's, its related
/// stories', its body blocks' and every `href`/`src` inside its sanitized trees.
pub fn story_urls(story: &Story) -> Vec<(String, String)> {
    let mut urls = Vec::new();
    let mut push = |place: &str, url: Option<&str>| {
        if let Some(url) = url {
            urls.push((place.to_owned(), url.to_owned()));
        }
    };
    push("url", story.url.as_deref());
    push("relatedSrc", story.related_src.as_deref());
    push(
        "section.url",
        story.section.as_ref().and_then(|s| s.url.as_deref()),
    );
    let picture_src = |p: &Option<Picture>| p.as_ref().map(|p| p.src.clone());
    push("image.src", picture_src(&story.image).as_deref());
    for (i, author) in story.authors.iter().enumerate() {
        push(&format!("authors[{i}].url"), author.url.as_deref());
        push(
            &format!("authors[{i}].avatar"),
            picture_src(&author.avatar).as_deref(),
        );
    }
    for (i, tag) in story.tags.iter().enumerate() {
        push(&format!("tags[{i}].url"), tag.url.as_deref());
    }
    for (i, teaser) in story.related.iter().enumerate() {
        for (what, url) in teaser_urls(teaser) {
            push(&format!("related[{i}].{what}"), Some(&url));
        }
    }
    for (i, block) in story.body.iter().enumerate() {
        let place = format!("body[{i}]");
        match block {
            Block::Figure(picture) => push(&place, Some(&picture.src)),
            Block::Embed { url, .. } => push(&place, Some(url)),
            _ => {}
        }
        for tree in block_trees(block) {
            let mut stack = vec![tree];
            while let Some(level) = stack.pop() {
                for node in level {
                    if let Node::Element {
                        attrs, children, ..
                    } = node
                    {
                        for attr in attrs {
                            if let Attr::Href(url) | Attr::Src(url) = attr {
                                push(&place, Some(url));
                            }
                        }
                        stack.push(children);
                    }
                }
            }
        }
    }
    urls
}

/// The URLs of a related story, with which field holds each.
pub fn teaser_urls(teaser: &Teaser) -> Vec<(&'static str, String)> {
    let mut urls = vec![("url", teaser.url.clone())];
    urls.extend(teaser.src.clone().map(|src| ("src", src)));
    urls.extend(
        teaser
            .image
            .as_ref()
            .map(|image| ("image", image.src.clone())),
    );
    urls
}

/// The sanitized trees of a block.
pub fn block_trees(block: &Block) -> Vec<&[Node]> {
    match block {
        Block::Paragraph(nodes) | Block::Quote { content: nodes, .. } | Block::Rich(nodes) => {
            vec![nodes.as_slice()]
        }
        Block::List { items, .. } => items.iter().map(Vec::as_slice).collect(),
        _ => Vec::new(),
    }
}

/// The subset a block's trees were sanitized for.
pub fn block_subset(block: &Block) -> Subset {
    match block {
        Block::Rich(_) => Subset::Rich,
        _ => Subset::Inline,
    }
}

/// Everything wrong with a render model (empty when it is safe): unsafe URLs anywhere, trees
/// outside their subset, heading levels outside 2–4.
pub fn story_problems(story: &Story) -> Vec<String> {
    let mut problems: Vec<String> = story_urls(story)
        .into_iter()
        .filter_map(|(place, url)| url_problem(&url).map(|p| format!("{place}: {p}")))
        .collect();
    for (i, block) in story.body.iter().enumerate() {
        for tree in block_trees(block) {
            let found = tree_problems(tree, block_subset(block));
            problems.extend(found.into_iter().map(|p| format!("body[{i}]: {p}")));
        }
        if let Block::Heading { level, .. } = block {
            if !(2..=4).contains(level) {
                problems.push(format!("body[{i}]: heading level {level}"));
            }
        }
    }
    problems
}

/// Everything wrong with a related story's URLs (empty when it is safe).
pub fn teaser_problems(teaser: &Teaser) -> Vec<String> {
    teaser_urls(teaser)
        .into_iter()
        .filter_map(|(what, url)| url_problem(&url).map(|p| format!("related.{what}: {p}")))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Fixtures of the CMS formats

/// The text of `tests/fixtures/<dir>/<name>`.
pub fn fixture(dir: &str, name: &str) -> String {
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures")
        .join(dir)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The story of a fixture, checked safe by [`story_problems`].
pub fn safe_story(dir: &str, name: &str, lang: &str, base: &str) -> Story {
    let story = story_from_json(
        &fixture(dir, name),
        &Source {
            url: base,
            fallback_lang: lang,
        },
    )
    .unwrap_or_else(|e| panic!("{dir}/{name}: {e:?}"));
    assert_eq!(story_problems(&story), Vec::<String>::new(), "{dir}/{name}");
    story
}

/// The decode fault a document must cause.
pub fn decode_fault(text: &str, base: &str) -> DecodeError {
    match story_from_json(
        text,
        &Source {
            url: base,
            fallback_lang: "en",
        },
    ) {
        Err(Fault::Decode(error)) => error,
        other => panic!("expected a decode fault, got {other:?}"),
    }
}
