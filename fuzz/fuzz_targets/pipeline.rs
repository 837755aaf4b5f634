//! libFuzzer target: any bytes as a response body → `story_from_json` (parse, decode, normalize,
//! sanitize), the related-stories decoders, and `sanitize` itself in both subsets. A panic is a
//! crash; so is an unsafe URL or a disallowed element in the result (same invariants as
//! `tests/fuzz.rs`).
#![no_main]

use article_reader::normalize::{
    related_from_json, story_from_json, Block, Story, Teaser,
};
use article_reader::sanitize::{sanitize, Node, Subset};
use libfuzzer_sys::fuzz_target;

const BASE: &str = "https://news.example/api/articles/123.json";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(story) = story_from_json(&text, "en", BASE) {
        check_story(&story);
    }
    // Our contract's list, else a WordPress category query's posts.
    related_from_json(&text, BASE, &[BASE]).iter().flatten().for_each(check_teaser);
    for subset in [Subset::Inline, Subset::Rich] {
        check_tree(&sanitize(&text, subset), subset);
    }
});

#[path = "../../tests/common/mod.rs"]
mod common;

/// Relative, or `http:`/`https:`/`mailto:`, as a browser reads it; no control character.
fn check_url(url: &str) {
    if let Some(problem) = common::url_problem(url) {
        panic!("{problem}");
    }
}

/// The contract's allowlist, safe URLs, sizes in range, depth within `MAX_DEPTH`.
fn check_tree(nodes: &[Node], subset: Subset) {
    let problems = common::tree_problems(nodes, subset);
    assert!(problems.is_empty(), "{problems:?}");
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
