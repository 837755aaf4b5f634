//! libFuzzer target: any bytes as a response body → `story_from_json` (parse, decode, normalize,
//! sanitize), the related-stories reader (both list shapes), and `sanitize` itself in both subsets. A panic is a
//! crash; so is an unsafe URL or a disallowed element in the result (same invariants as
//! `tests/fuzz.rs`).
#![no_main]

use article_core::normalize::{related_from_json, story_from_json, Source};
use article_core::story::{Story, Teaser};
use article_core::sanitize::{sanitize, Node, Subset};
use libfuzzer_sys::fuzz_target;

const BASE: &str = "https://news.example/api/articles/123.json";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(story) = story_from_json(&text, &SOURCE) {
        check_story(&story);
    }
    // Our contract's list, else a WordPress category query's posts.
    related_from_json(&text, &SOURCE, &[BASE]).iter().flatten().for_each(check_teaser);
    for subset in [Subset::Inline, Subset::Rich] {
        check_tree(&sanitize(&text, subset), subset);
    }
});

#[path = "../../crates/core/tests/common/mod.rs"]
mod common;

/// The contract's allowlist, safe URLs, sizes in range, depth within `MAX_DEPTH`.
fn check_tree(nodes: &[Node], subset: Subset) {
    let problems = common::tree_problems(nodes, subset);
    assert!(problems.is_empty(), "{problems:?}");
}

fn check_teaser(teaser: &Teaser) {
    let problems = common::teaser_problems(teaser);
    assert!(problems.is_empty(), "{problems:?}");
}

/// Every URL safe, every tree within its subset, heading levels 2–4.
fn check_story(story: &Story) {
    let problems = common::story_problems(story);
    assert!(problems.is_empty(), "{problems:?}");
}
