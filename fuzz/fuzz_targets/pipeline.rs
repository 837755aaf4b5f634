//! libFuzzer target: any bytes as a response body → `story_from_json` (parse, decode, normalize,
//! sanitize), the related-stories decoders, and `sanitize` itself in both subsets. A panic is a
//! crash; so is an unsafe URL or a disallowed element in the result (same invariants as
//! `tests/fuzz.rs`).
#![no_main]

use article_reader::normalize::{
    related_from_json, story_from_json, wordpress_related, Block, Story, Teaser,
};
use article_reader::sanitize::{sanitize, Attr, Node, Subset, Tag, MAX_DEPTH};
use libfuzzer_sys::fuzz_target;

const BASE: &str = "https://news.example/api/articles/123.json";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(story) = story_from_json(&text, "en", BASE) {
        check_story(&story);
    }
    for list in [
        related_from_json(&text, BASE, &[BASE]),
        wordpress_related(&text, BASE, &[BASE]),
    ] {
        list.iter().flatten().for_each(check_teaser);
    }
    for subset in [Subset::Inline, Subset::Rich] {
        check_tree(&sanitize(&text, subset), subset);
    }
});

/// Relative, or `http:`/`https:`/`mailto:`, as a browser reads it; no control character.
fn check_url(url: &str) {
    assert!(
        !url.chars().any(|c| c <= '\u{1f}' || c == '\u{7f}'),
        "control character in {url:?}"
    );
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if let Some(end) = cleaned.find([':', '/', '?', '#']) {
        let (scheme, rest) = cleaned.split_at(end);
        let is_scheme = rest.starts_with(':')
            && scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        assert!(
            !is_scheme
                || ["http", "https", "mailto"]
                    .iter()
                    .any(|s| scheme.eq_ignore_ascii_case(s)),
            "unsafe URL kept: {url:?}"
        );
    }
}

fn check_tree(nodes: &[Node], subset: Subset) {
    let mut stack = vec![(nodes, 0usize)];
    while let Some((list, depth)) = stack.pop() {
        assert!(depth <= MAX_DEPTH, "nesting deeper than {MAX_DEPTH}");
        for node in list {
            let Node::Element {
                tag,
                attrs,
                children,
            } = node
            else {
                continue;
            };
            assert!(tag.allowed_in(subset), "<{}> in {subset:?}", tag.name());
            assert!(
                !tag.is_void() || children.is_empty(),
                "void <{}> with children",
                tag.name()
            );
            for attr in attrs {
                assert!(
                    matches!(
                        (tag, attr),
                        (Tag::A, Attr::Href(_))
                            | (Tag::Abbr, Attr::Title(_))
                            | (Tag::Span, Attr::Lang(_))
                            | (
                                Tag::Img,
                                Attr::Src(_) | Attr::Alt(_) | Attr::Width(_) | Attr::Height(_)
                            )
                    ),
                    "<{}> kept {attr:?}",
                    tag.name()
                );
                match attr {
                    Attr::Href(url) | Attr::Src(url) => check_url(url),
                    Attr::Width(n) | Attr::Height(n) => assert!((1..=10_000).contains(n)),
                    _ => {}
                }
            }
            stack.push((children, depth + 1));
        }
    }
}

fn check_teaser(teaser: &Teaser) {
    check_url(&teaser.url);
    teaser.src.as_deref().into_iter().for_each(check_url);
    if let Some(image) = &teaser.image {
        check_url(&image.src);
    }
}

fn check_story(story: &Story) {
    story.url.as_deref().into_iter().for_each(check_url);
    story.related_src.as_deref().into_iter().for_each(check_url);
    let links = story.section.iter().chain(&story.tags);
    links.filter_map(|l| l.url.as_deref()).for_each(check_url);
    for author in &story.authors {
        author.url.as_deref().into_iter().for_each(check_url);
        if let Some(avatar) = &author.avatar {
            check_url(&avatar.src);
        }
    }
    if let Some(image) = &story.image {
        check_url(&image.src);
    }
    story.related.iter().for_each(check_teaser);
    for block in &story.body {
        match block {
            Block::Paragraph(nodes) | Block::Quote { content: nodes, .. } => {
                check_tree(nodes, Subset::Inline)
            }
            Block::List { items, .. } => items.iter().for_each(|i| check_tree(i, Subset::Inline)),
            Block::Rich(nodes) => check_tree(nodes, Subset::Rich),
            Block::Figure(picture) => check_url(&picture.src),
            Block::Embed { url, .. } => check_url(url),
            Block::Heading { level, .. } => assert!((2..=4).contains(level)),
        }
    }
}
