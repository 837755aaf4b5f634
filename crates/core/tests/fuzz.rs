//! Property-based fuzzing of the pure pipeline (proptest): arbitrary strings, JSON-ish strings
//! built from JSON tokens and the field names of every format (contract, WordPress, ANS, Ghost,
//! JSON Feed), valid documents of each format with random mutations, and HTML-ish markup (allowlisted tags and others, attributes, entities,
//! hostile URLs) go through `story_from_json`, `related_from_json` (both list shapes) and
//! `sanitize`. Properties: nothing panics; every URL left in the render model (`Attr::Href`,
//! `Attr::Src` and every URL field) is relative or `http:`/`https:`/`mailto:` — never
//! `javascript:`, `data:` or `vbscript:`; every kept element is allowed in its subset, with only
//! its allowlisted attributes; nesting stays within `MAX_DEPTH`.
//!
//! Each property runs a modest number of cases by default (`cargo test` stays fast); set
//! `PROPTEST_CASES` for a long run, e.g. `PROPTEST_CASES=200000 cargo test --release --test fuzz`.
//! Each property prints how many inputs it ran and how many came out as an article (or, for the
//! sanitizer, as a tree with elements): `cargo test --test fuzz -- --nocapture` shows them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

mod common;

use std::cell::Cell;
use std::fmt::Debug;

use article_core::normalize::{related_from_json, story_from_json, Source};
use article_core::sanitize::{sanitize, Attr, Node, Subset, Tag};
use article_core::story::{Story, Teaser};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value};

const BASE: &str = "https://news.example/api/articles/123.json";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

thread_local! {
    /// Inputs of the running property that came out as an article (or a non-empty tree).
    static ACCEPTED: Cell<u64> = const { Cell::new(0) };
}

// ---------------------------------------------------------------------------------------------
// Running

/// Runs `property` on inputs from `strategy`: `default_cases` of them, or `PROPTEST_CASES`.
/// A panic inside the property is caught, shrunk and reported as a failure. At least the share
/// `least_accepted` of the inputs must come out as an article (or a non-empty tree): a generator
/// that drifted into producing only rejected inputs would otherwise test nothing but the error
/// path, and pass.
fn fuzz<S>(
    name: &str,
    default_cases: u32,
    least_accepted: f64,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S: Strategy,
    S::Value: Debug,
{
    let mut config = Config::default(); // Reads PROPTEST_CASES and the other PROPTEST_* variables.
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = default_cases;
    }
    // A failure prints its shrunk input: it belongs in a named test next to the code it breaks,
    // not in a regressions file.
    config.failure_persistence = None;
    let runs = Cell::new(0u64);
    ACCEPTED.set(0);
    let mut runner = TestRunner::new(config);
    let outcome = runner.run(&strategy, |input| {
        runs.set(runs.get() + 1);
        property(input)
    });
    eprintln!(
        "fuzz {name}: {} executions (shrinking included), {} accepted",
        runs.get(),
        ACCEPTED.get()
    );
    if let Err(failure) = outcome {
        panic!("fuzz {name}: {failure}");
    }
    let share = ACCEPTED.get() as f64 / runs.get().max(1) as f64;
    assert!(
        share >= least_accepted,
        "fuzz {name}: only {:.0} % of the inputs were accepted (at least {:.0} % expected): \
         the generator no longer produces what this property is about",
        share * 100.0,
        least_accepted * 100.0
    );
}

// ---------------------------------------------------------------------------------------------
// Invariants

/// A URL is safe when, read as a browser would, it has no scheme (relative, `//host`, `#frag`)
/// or an `http`, `https` or `mailto` one, and carries no control character.
fn check_url(url: &str, what: &str) -> Result<(), String> {
    match common::url_problem(url) {
        Some(problem) => Err(format!("{what}: {problem}")),
        None => Ok(()),
    }
}

/// Every element allowed in `subset`, with only its own attributes, URLs safe, sizes in range,
/// void elements empty, nesting within `MAX_DEPTH` (the first problem, if any).
fn check_tree(nodes: &[Node], subset: Subset) -> Result<(), String> {
    match common::tree_problems(nodes, subset).into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

fn check_teaser(teaser: &Teaser) -> Result<(), String> {
    match common::teaser_problems(teaser).into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// Every URL of the render model is safe; every markup tree fits its subset.
fn check_story(story: &Story) -> Result<(), String> {
    match common::story_problems(story).into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// The whole pipeline on one body: never a panic; an article that comes out is safe.
fn pipeline(text: &str) -> Result<(), TestCaseError> {
    if let Ok(story) = story_from_json(text, &SOURCE) {
        ACCEPTED.set(ACCEPTED.get() + 1);
        check_story(&story).map_err(TestCaseError::fail)?;
    }
    // Our contract's list, else a WordPress category query's posts.
    for teaser in related_from_json(text, &SOURCE, &[BASE]).iter().flatten() {
        check_teaser(teaser).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

/// The sanitizer on one fragment, in both subsets.
fn sanitizer(html: &str) -> Result<(), TestCaseError> {
    for subset in [Subset::Inline, Subset::Rich] {
        let tree = sanitize(html, subset);
        if subset == Subset::Rich && tree.iter().any(|n| matches!(n, Node::Element { .. })) {
            ACCEPTED.set(ACCEPTED.get() + 1);
        }
        check_tree(&tree, subset).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Grammars

/// Field names of the contract and of WordPress posts, and a few near misses.
#[rustfmt::skip]
const FIELDS: &[&str] = &[
    "version", "id", "url", "lang", "dir", "section", "label", "title", "standfirst", "published",
    "updated", "authors", "name", "bio", "avatar", "src", "alt", "image", "caption", "credit",
    "width", "height", "body", "type", "text", "html", "level", "cite", "ordered", "items",
    "provider", "readingMinutes", "tags", "related", "relatedSrc", "rendered", "content",
    "protected", "excerpt", "date", "date_gmt", "modified", "modified_gmt", "link", "slug",
    "_embedded", "author", "wp:featuredmedia", "wp:term", "taxonomy", "categories",
    "jetpack-related-posts", "source_url", "media_details", "media_type", "alt_text", "avatar_urls",
    "description", "code", "img", "context", "image_meta", "Title", "", "__proto__",
    // ANS
    "_id", "headlines", "basic", "subheadlines", "credits", "by", "display_date",
    "first_publish_date", "publish_date", "last_updated_date", "primary_section", "sections",
    "promo_items", "language", "canonical_url", "website_url", "content_elements", "list_type",
    "citation", "header", "rows", "raw_oembed", "referent", "correction_type", "related_content",
    "editor_note", "subtype", "org", "path",
    // Ghost
    "posts", "pages", "feature_image", "feature_image_alt", "feature_image_caption",
    "custom_excerpt", "primary_tag", "primary_author", "profile_image", "visibility",
    "published_at", "updated_at", "reading_time",
    // JSON Feed
    "content_html", "content_text", "summary", "banner_image", "date_published", "date_modified",
];

/// String values that mean something somewhere in the contract.
#[rustfmt::skip]
const VALUES: &[&str] = &[
    "paragraph", "heading", "quote", "image", "list", "embed", "html", "video", "fr", "en", "ar",
    "ja", "he", "en-GB", "zh-Hant-TW", "x-klingon", "-", "rtl", "ltr", "auto", "category",
    "post_tag", "uncategorized", "2024-04-03T19:12:00+02:00", "2024-04-03T17:12:00Z",
    "2024-04-03T17:12:00", "2024-02-30T25:61:00Z", "9999-12-31T23:59:59-23:59",
    "0000-01-01T00:00:00Z", "2024-04-03", "", " ", "\u{202e}", "\u{feff}", "e\u{301}", "日本語の本文です。",
    "مرحبا بالعالم", "story", "ordered", "unordered", "reference", "internal", "public",
    "#internal", "correction", "clarification", "https://jsonfeed.org/version/1.1",
    "https://jsonfeed.org/version/1", "0.10.7", "youtube",
];

/// Hostile and ordinary URLs, raw and entity-encoded.
#[rustfmt::skip]
const URLS: &[&str] = &[
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    " javascript:alert(1)", "\u{1}javascript:alert(1)", "java\u{0}script:alert(1)",
    "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "jav&#97;script:alert(1)",
    "javascript&colon;alert(1)", "&Tab;javascript:alert(1)", "jav&Tab;ascript:alert(1)",
    "jav&NewLine;ascript:alert(1)", "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "&#x09;javascript:alert(1)", "ja\u{ad}vascript:alert(1)", "\u{ff4a}avascript:alert(1)",
    "%6Aavascript:alert(1)", "javascript%3Aalert(1)", "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz4=", "d&#97;ta:text/html,x", "vbscript:msgbox(1)", "VBScript:x",
    "livescript:x", "file:///etc/passwd", "blob:https://x/y", "about:blank", "tel:+33123", "ftp://x/y",
    "http://example.com/a?b=c#d", "https://news.example/x", "HTTPS://NEWS.EXAMPLE/", "https:javascript:alert(1)",
    "mailto:a@b.example", "//evil.example/x", "/path/rel", "rel/path", "../../up", "?q=1", "#frag",
    "", "   ", "http:", "\\\\evil.example\\x", "/\\evil.example", "https://x/\u{0}", "a:b", "1a:b",
    "+x:y", "https://user:pass@host:99999/", "https://[::1]/",
];

/// Elements: the two allowlists, the dropped ones, and others.
#[rustfmt::skip]
const TAGS: &[&str] = &[
    "a", "em", "strong", "i", "b", "br", "cite", "q", "abbr", "sub", "sup", "code", "mark", "span",
    "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption",
    "img", "table", "thead", "tbody", "tr", "th", "td", "pre", "hr", "script", "style", "iframe",
    "object", "embed", "svg", "math", "form", "input", "button", "select", "option", "textarea",
    "template", "noscript", "noembed", "noframes", "title", "xmp", "plaintext", "video", "audio",
    "source", "link", "meta", "base", "head", "body", "html", "div", "h1", "section", "article",
    "font", "center", "marquee", "image", "isindex", "foreignObject", "annotation-xml", "x-custom",
    "dialog", "portal", "canvas", "frameset", "frame", "applet", "wbr", "caption", "colgroup",
    "col",
];

#[rustfmt::skip]
const ATTRS: &[&str] = &[
    "href", "src", "title", "lang", "alt", "width", "height", "onclick", "onerror", "onload",
    "onmouseover", "style", "class", "id", "srcset", "xlink:href", "formaction", "action",
    "background", "poster", "data", "dir", "HREF", "SrC", "xmlns", "is", "slot", "target", "rel",
];

#[rustfmt::skip]
const ATTR_VALUES: &[&str] = &[
    "100", "0", "-1", "10000", "10001", "1e3", " 42 ", "4294967296", "ar", "rtl", "alert(1)",
    "x\" onerror=\"alert(1)", "expression(alert(1))", "wp-block-image",
    "wp-block-embed is-provider-youtube wp-block-embed-youtube", "wp-block-pullquote",
    "wp-block-embed__wrapper", "more-link", "wp-caption", "wp-block-video",
    "kg-card kg-image-card", "kg-card kg-gallery-card", "kg-card kg-embed-card",
    "kg-card kg-bookmark-card", "kg-bookmark-container", "kg-bookmark-title",
    "kg-card kg-callout-card", "kg-callout-emoji", "kg-callout-text", "kg-card kg-toggle-card",
    "kg-toggle-heading-text", "kg-toggle-content", "kg-card kg-button-card",
    "kg-card kg-header-card", "kg-header-card-heading", "kg-header-card-button",
    "kg-card kg-video-card", "kg-card kg-file-card", "kg-card kg-signup-card", "kg-card",
];

#[rustfmt::skip]
const TEXTS: &[&str] = &[
    "plain text", " ", "\n", "&amp;", "&lt;script&gt;", "&#0;", "&#x110000;", "&#xD800;",
    "&#55296;", "&nbsp;", "&notin;", "&notit;", "&", "&#", "&#x", "&#x;", "&amp", "&AMP;",
    "&#99999999999;", "&#x41", "é", "\u{0}", "\u{1b}", "\u{202e}", "\u{2028}", "日本", "مرحبا",
    "a\u{301}", "]]>", "-->", "\u{fffd}", "\u{10ffff}", "<", ">", "\"", "'", "=", "`",
];

/// Mostly the given strings, sometimes any string at all.
fn word(list: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(list).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
    .boxed()
}

/// A name as written in markup: as is, upper case or mixed.
fn cased(name: String) -> BoxedStrategy<String> {
    prop_oneof![
        4 => Just(name.clone()),
        1 => Just(name.to_uppercase()),
        1 => Just(name.chars().enumerate().map(|(i, c)| if i % 2 == 0 { c.to_ascii_uppercase() } else { c }).collect()),
    ]
    .boxed()
}

fn html_attr() -> impl Strategy<Value = String> {
    let value = prop_oneof![3 => select(URLS), 2 => select(ATTR_VALUES), 1 => select(TEXTS)]
        .prop_map(str::to_owned);
    (
        select(ATTRS).prop_map(str::to_owned).prop_flat_map(cased),
        value,
        0..5u8,
        select(&[" ", "  ", "\t", "\n", "/", " / ", "\u{c}"][..]),
    )
        .prop_map(|(name, value, quoting, sep)| match quoting {
            0 => format!("{sep}{name}=\"{}\"", value.replace('"', "&quot;")),
            1 => format!("{sep}{name}='{}'", value.replace('\'', "&#39;")),
            2 => format!("{sep}{name}={}", value.replace(char::is_whitespace, "")),
            3 => format!("{sep}{name}=\"{value}\""), // may break out of its quotes
            _ => format!("{sep}{name}"),
        })
}

/// One piece of markup: a tag, text, a comment or some debris.
fn html_piece() -> impl Strategy<Value = String> {
    let name = || select(TAGS).prop_map(str::to_owned).prop_flat_map(cased);
    prop_oneof![
        5 => (name(), vec(html_attr(), 0..4), any::<bool>())
            .prop_map(|(name, attrs, close)| format!("<{name}{}{}>", attrs.concat(), if close { "/" } else { "" })),
        4 => name().prop_map(|name| format!("</{name}>")),
        4 => word(TEXTS),
        1 => select(&[
            "<!-- comment -->", "<!--", "-->", "<!-->", "<!--->", "--!>", "<!DOCTYPE html>",
            "<![CDATA[x<script>]]>", "<?xml version=\"1.0\"?>", "<", "</", ">", "<<", "< a>", "</ >",
            "<a", "<img src=x", "<!-- wp:paragraph -->", "<!-- /wp:paragraph -->", "</p", "<p/", "<\u{0}a>",
        ][..])
        .prop_map(str::to_owned),
    ]
}

fn html_ish() -> impl Strategy<Value = String> {
    vec(html_piece(), 0..40).prop_map(|pieces| pieces.concat())
}

/// Deeply nested markup (the builder's depth limit, the scanner's forward progress).
fn deep_html() -> impl Strategy<Value = String> {
    (select(TAGS), 1..300usize, any::<bool>()).prop_map(|(tag, depth, closed)| {
        let mut html = format!("<{tag}>").repeat(depth);
        html.push_str("deep");
        if closed {
            html.push_str(&format!("</{tag}>").repeat(depth));
        }
        html
    })
}

/// A JSON string literal holding `text`.
fn quoted(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}

/// One JSON token, or a near miss.
fn json_token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(&["{", "}", "[", "]", ":", ",", "{", "}", "[", "]", ":", ","][..]).prop_map(str::to_owned),
        6 => select(FIELDS).prop_map(quoted),
        3 => select(VALUES).prop_map(quoted),
        2 => select(URLS).prop_map(quoted),
        2 => html_piece().prop_map(|h| quoted(&h)),
        3 => select(&[
            "0", "1", "2", "4", "5", "-1", "-0", "1.5", "1e400", "-1e400", "1E2", "4294967296",
            "18446744073709551615", "18446744073709551616", "99999999999999999999999999", "true",
            "false", "null", "01", "+1", ".5", "NaN", "Infinity",
        ][..])
        .prop_map(str::to_owned),
        1 => select(&["\"", "\"\\", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "'x'", "/* */", "\u{feff}", "tru", "nul"][..])
            .prop_map(str::to_owned),
        1 => any::<String>().prop_map(|s| quoted(&s)),
    ]
}

fn json_soup() -> impl Strategy<Value = String> {
    vec(
        (json_token(), select(&["", "", "", " ", "\n", "\t"][..])),
        0..80,
    )
    .prop_map(|tokens| {
        tokens
            .into_iter()
            .map(|(t, ws)| format!("{t}{ws}"))
            .collect()
    })
}

/// Any JSON value, its keys mostly field names, its strings mostly meaningful.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        2 => any::<i64>().prop_map(Value::from),
        2 => (0..6u64).prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(Value::from), // NaN and infinities become null
        3 => word(VALUES).prop_map(Value::String),
        2 => select(URLS).prop_map(|u| Value::String(u.to_owned())),
        2 => html_ish().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            vec((word(FIELDS), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One edit of a document: follow `path` (each step picks a key or an element), then act.
#[derive(Clone, Debug)]
enum Edit {
    Replace(Vec<Index>, Value),
    Remove(Vec<Index>),
    Insert(Vec<Index>, String, Value),
    /// Puts a fragment of markup in a string reached by the path.
    Markup(Vec<Index>, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let path = || vec(any::<Index>(), 0..6);
    prop_oneof![
        3 => (path(), json_value()).prop_map(|(p, v)| Edit::Replace(p, v)),
        2 => path().prop_map(Edit::Remove),
        2 => (path(), word(FIELDS), json_value()).prop_map(|(p, k, v)| Edit::Insert(p, k, v)),
        3 => (path(), prop_oneof![html_ish(), deep_html(), select(URLS).prop_map(str::to_owned)]).prop_map(|(p, h)| Edit::Markup(p, h)),
    ]
}

/// The value at the end of `path` (stopping early at a leaf or an empty container).
fn walk<'a>(value: &'a mut Value, path: &[Index]) -> &'a mut Value {
    let Some((step, rest)) = path.split_first() else {
        return value;
    };
    let len = match &*value {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    if len == 0 {
        return value;
    }
    let i = step.index(len);
    let next = match value {
        Value::Object(map) => map.values_mut().nth(i),
        Value::Array(items) => items.get_mut(i),
        _ => None,
    };
    walk(next.unwrap(), rest) // i < len
}

fn apply(doc: &mut Value, edit: Edit) {
    match edit {
        Edit::Replace(path, new) => *walk(doc, &path) = new,
        Edit::Remove(path) => {
            let Some((last, parent)) = path.split_last() else {
                *doc = Value::Null;
                return;
            };
            match walk(doc, parent) {
                Value::Object(map) if !map.is_empty() => {
                    let key = map.keys().nth(last.index(map.len())).cloned().unwrap();
                    map.remove(&key);
                }
                Value::Array(items) if !items.is_empty() => {
                    items.remove(last.index(items.len()));
                }
                _ => {}
            }
        }
        Edit::Insert(path, key, new) => match walk(doc, &path) {
            Value::Object(map) => {
                map.insert(key, new);
            }
            Value::Array(items) => items.push(new),
            other => *other = new,
        },
        Edit::Markup(path, html) => match walk(doc, &path) {
            Value::String(s) => *s = html,
            Value::Object(map) => {
                map.insert("html".into(), Value::String(html));
            }
            other => *other = Value::String(html),
        },
    }
}

/// Valid documents the mutations start from: a full contract article and WordPress posts.
fn seeds() -> Vec<Value> {
    [
        include_str!("../../../tests/fixtures/valid/full.json"),
        include_str!("../../../tests/fixtures/valid/ja.json"),
        include_str!("../../../tests/fixtures/hostile/article.json"),
        include_str!("../../../tests/fixtures/wordpress/post.json"),
        include_str!("../../../tests/fixtures/wordpress/jetpack.json"),
        include_str!("../../../tests/fixtures/wordpress/hostile.json"),
        include_str!("../../../tests/fixtures/related/list.json"),
        include_str!("../../../demo/ar.json"),
    ]
    .iter()
    .map(|text| serde_json::from_str(text).unwrap())
    .collect()
}

/// Valid documents of the other CMS formats (ANS stories, Ghost answers, JSON Feeds).
fn feed_seeds() -> Vec<Value> {
    [
        include_str!("../../../tests/fixtures/ans/story-0.10.7-en.json"),
        include_str!("../../../tests/fixtures/ans/story-0.10.9-ar.json"),
        include_str!("../../../tests/fixtures/ans/story-0.5.8-ja.json"),
        include_str!("../../../tests/fixtures/ghost/post.json"),
        include_str!("../../../tests/fixtures/ghost/page-fr.json"),
        include_str!("../../../tests/fixtures/jsonfeed/hugo.json"),
        include_str!("../../../tests/fixtures/jsonfeed/microblog.json"),
        include_str!("../../../tests/fixtures/jsonfeed/text-items.json"),
    ]
    .iter()
    .map(|text| serde_json::from_str(text).unwrap())
    .collect()
}

fn mutated_document() -> impl Strategy<Value = String> {
    mutated(seeds())
}

fn mutated(seeds: Vec<Value>) -> impl Strategy<Value = String> {
    (select(seeds), vec(edit(), 1..6)).prop_map(|(mut doc, edits)| {
        for edit in edits {
            apply(&mut doc, edit);
        }
        doc.to_string()
    })
}

/// A contract article whose markup fields hold generated HTML.
fn article_with_markup() -> impl Strategy<Value = String> {
    (
        html_ish(),
        html_ish(),
        vec(html_ish(), 0..4),
        html_ish(),
        html_ish(),
    )
        .prop_map(|(p, q, items, rich, deep)| {
            serde_json::json!({
                "version": 1,
                "id": "fuzz",
                "lang": "en",
                "title": "Fuzzed markup",
                "published": "2024-04-03T19:12:00+02:00",
                "body": [
                    { "type": "paragraph", "html": p },
                    { "type": "quote", "html": q, "cite": "Someone" },
                    { "type": "list", "ordered": false, "items": items },
                    { "type": "html", "html": rich },
                    { "type": "html", "html": format!("<div>{deep}</div>") },
                ]
            })
            .to_string()
        })
}

/// A WordPress post whose rendered fields hold generated Gutenberg-ish markup.
fn post_with_markup() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        html_ish(),
        html_ish().prop_map(|h| format!("<p>{h}</p>")),
        (select(ATTR_VALUES), html_ish()).prop_map(|(class, h)| format!("<figure class=\"{class}\">{h}</figure>")),
        (select(URLS), html_ish()).prop_map(|(url, h)| format!(
            "<figure class=\"wp-block-embed is-provider-x wp-block-embed-x\"><div class=\"wp-block-embed__wrapper\">\n{url}\n</div>{h}</figure>"
        )),
        html_ish().prop_map(|h| format!("<!-- wp:paragraph -->\n<p>{h}</p>\n<!-- /wp:paragraph -->")),
    ];
    (vec(block, 0..8), html_ish(), html_ish(), select(URLS)).prop_map(
        |(blocks, title, excerpt, link)| {
            serde_json::json!({
                "id": 1,
                "date_gmt": "2024-06-18T07:30:00",
                "link": link,
                "title": { "rendered": title },
                "excerpt": { "rendered": excerpt },
                "content": { "rendered": blocks.join("\n\n") },
            })
            .to_string()
        },
    )
}

/// An ANS story whose elements hold generated markup, in every element type.
fn story_with_markup() -> impl Strategy<Value = String> {
    (vec(html_ish(), 9), select(URLS), 0..8u64).prop_map(|(h, url, level)| {
        let text = |html: &str| serde_json::json!({ "type": "text", "content": html });
        serde_json::json!({
            "type": "story",
            "headlines": { "basic": h[0] },
            "display_date": "2024-05-02T08:15:00Z",
            "editor_note": h[1],
            "canonical_url": url,
            "content_elements": [
                text(&h[2]),
                { "type": "header", "level": level.clamp(1, 6), "content": h[3] },
                { "type": "quote", "content_elements": [text(&h[4])], "citation": text(&h[5]) },
                { "type": "list", "items": [text(&h[6]), { "type": "list", "items": [text(&h[7])] }] },
                { "type": "list", "list_type": "ordered", "items": [text(&h[7])] },
                { "type": "raw_html", "content": h[8] },
                { "type": "table", "header": [text(&h[2])], "rows": [[text(&h[3]), text(&h[8])]] },
                { "type": "interstitial_link", "url": url, "content": h[4] },
                { "type": "link_list", "title": h[5], "items": [{ "type": "interstitial_link", "url": url, "content": h[6] }] },
                { "type": "image", "url": url, "caption": h[7], "alt_text": h[1] },
                { "type": "oembed_response", "raw_oembed": { "url": url, "title": h[2], "html": h[8] } },
                { "type": "correction", "text": h[3] },
            ]
        })
        .to_string()
    })
}

/// A Ghost post whose `html` holds generated markup and cards.
fn ghost_with_markup() -> impl Strategy<Value = String> {
    let card = prop_oneof![
        html_ish(),
        (select(ATTR_VALUES), html_ish()).prop_map(|(class, h)| format!("<div class=\"kg-card {class}\">{h}</div>")),
        (select(ATTR_VALUES), html_ish()).prop_map(|(class, h)| format!("<figure class=\"kg-card {class}\">{h}</figure>")),
        (select(URLS), html_ish()).prop_map(|(url, h)| format!(
            "<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" href=\"{url}\"><div class=\"kg-bookmark-title\">{h}</div></a></figure>"
        )),
        html_ish().prop_map(|h| format!(
            "<div class=\"kg-card kg-toggle-card\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\">{h}</h4></div><div class=\"kg-toggle-content\">{h}</div></div>"
        )),
    ];
    (vec(card, 0..8), html_ish(), select(URLS)).prop_map(|(cards, caption, url)| {
        serde_json::json!({ "posts": [{
            "id": "1",
            "title": "Fuzzed",
            "html": cards.concat(),
            "published_at": "2024-04-22T09:30:00.000+00:00",
            "url": url,
            "feature_image": url,
            "feature_image_caption": caption,
            "tags": [{ "name": caption, "url": url }],
        }]})
        .to_string()
    })
}

/// A JSON Feed whose items hold generated markup, text and URLs.
fn feed_with_markup() -> impl Strategy<Value = (String, String)> {
    let item = (html_ish(), html_ish(), select(URLS), any::<bool>()).prop_map(
        |(html, text, url, titled)| {
            serde_json::json!({
                "id": text,
                "url": url,
                "title": if titled { Value::String(text.clone()) } else { Value::Null },
                "content_html": html,
                "summary": text,
                "image": url,
                "date_published": "2024-02-10T18:00:00Z",
                "authors": [{ "name": text, "url": url, "avatar": url }],
            })
        },
    );
    let fragment = prop_oneof![
        any::<String>(),
        select(&["%", "%2", "%zz", "%E2%28", "%00", "#"][..]).prop_map(str::to_owned)
    ];
    (vec(item, 1..9), fragment).prop_map(|(items, fragment)| {
        let feed =
            serde_json::json!({ "version": "https://jsonfeed.org/version/1.1", "items": items });
        (feed.to_string(), fragment)
    })
}

// ---------------------------------------------------------------------------------------------
// Properties

#[test]
fn arbitrary_strings_through_the_pipeline() {
    fuzz(
        "arbitrary strings → story_from_json",
        256,
        0.0, // Never an article: this property is about the error paths.
        any::<String>(),
        |text| pipeline(&text),
    );
}

#[test]
fn json_token_soup_through_the_pipeline() {
    fuzz(
        "JSON token soup → story_from_json",
        512,
        0.0, // Never an article: this property is about the error paths.
        json_soup(),
        |text| pipeline(&text),
    );
}

#[test]
fn random_json_values_through_the_pipeline() {
    fuzz(
        "JSON values with contract keys → story_from_json",
        256,
        0.0, // Never an article: this property is about the error paths.
        json_value(),
        |value| {
            pipeline(&value.to_string())?;
            // The same value as the document, and as a one-element list (the WordPress list shape).
            pipeline(&Value::Array(vec![value]).to_string())
        },
    );
}

#[test]
fn mutated_valid_documents_through_the_pipeline() {
    fuzz(
        "mutated valid documents → story_from_json",
        256,
        0.1,
        mutated_document(),
        |text| pipeline(&text),
    );
}

#[test]
fn generated_markup_in_articles_and_posts() {
    fuzz(
        "markup in contract articles → story_from_json",
        128,
        1.0,
        article_with_markup(),
        |text| pipeline(&text),
    );
    fuzz(
        "markup in WordPress posts → story_from_json",
        128,
        1.0,
        post_with_markup(),
        |text| pipeline(&text),
    );
}

#[test]
fn mutated_feed_documents_through_the_pipeline() {
    fuzz(
        "mutated ANS stories, Ghost answers and JSON Feeds → story_from_json",
        256,
        0.1,
        mutated(feed_seeds()),
        |text| pipeline(&text),
    );
}

#[test]
fn generated_markup_in_stories_posts_and_feeds() {
    fuzz(
        "markup in ANS stories → story_from_json",
        128,
        1.0,
        story_with_markup(),
        |text| pipeline(&text),
    );
    fuzz(
        "markup in Ghost posts → story_from_json",
        128,
        1.0,
        ghost_with_markup(),
        |text| pipeline(&text),
    );
    fuzz(
        "markup in JSON Feed items → story_from_json, and each related src",
        128,
        1.0,
        feed_with_markup(),
        |(text, fragment)| {
            pipeline(&text)?;
            // Any fragment: an item, or a fault naming the id; never a panic.
            if let Ok(story) = story_from_json(
                &text,
                &Source {
                    url: &format!("{BASE}#{fragment}"),
                    fallback_lang: "en",
                },
            ) {
                check_story(&story).map_err(TestCaseError::fail)?;
            }
            // Every related story opens in place: its `src` selects its item.
            let story = story_from_json(&text, &SOURCE)
                .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for teaser in &story.related {
                if let Some(src) = &teaser.src {
                    let opened = story_from_json(
                        &text,
                        &Source {
                            url: src,
                            fallback_lang: "en",
                        },
                    )
                    .map_err(|e| TestCaseError::fail(format!("{src}: {e:?}")))?;
                    check_story(&opened).map_err(TestCaseError::fail)?;
                }
            }
            Ok(())
        },
    );
}

#[test]
fn arbitrary_strings_through_the_sanitizer() {
    fuzz(
        "arbitrary strings → sanitize",
        256,
        0.0, // Never an article: this property is about the error paths.
        any::<String>(),
        |html| sanitizer(&html),
    );
}

#[test]
fn html_ish_strings_through_the_sanitizer() {
    fuzz(
        "HTML-ish strings → sanitize",
        1024,
        0.25,
        html_ish(),
        |html| sanitizer(&html),
    );
    fuzz(
        "deeply nested markup → sanitize",
        64,
        0.2,
        deep_html(),
        |html| sanitizer(&html),
    );
}

/// The checker itself catches what it must (a property that cannot fail proves nothing).
#[test]
fn the_invariants_reject_unsafe_trees() {
    for url in [
        "javascript:alert(1)",
        " JAVASCRIPT:x",
        "java\tscript:x",
        "data:text/html,x",
        "vbscript:x",
        "ftp:1",
        "\u{1}x",
    ] {
        assert!(
            check_url(url, "test").is_err(),
            "{url:?} should be rejected"
        );
    }
    for url in [
        "https://x/",
        "HTTP://x/",
        "mailto:a@b",
        "/rel",
        "rel/a:b",
        "#top",
        "?q",
        "//host/x",
        "",
    ] {
        assert!(check_url(url, "test").is_ok(), "{url:?} should pass");
    }
    let img_in_inline = [Node::Element {
        tag: Tag::Img,
        attrs: vec![Attr::Src("https://x/".into())],
        children: vec![],
    }];
    assert!(check_tree(&img_in_inline, Subset::Inline).is_err());
    assert!(check_tree(&img_in_inline, Subset::Rich).is_ok());
    let bad_href = [Node::Element {
        tag: Tag::A,
        attrs: vec![Attr::Href("javascript:x".into())],
        children: vec![],
    }];
    assert!(check_tree(&bad_href, Subset::Inline).is_err());
    let stray_attr = [Node::Element {
        tag: Tag::Em,
        attrs: vec![Attr::Title("x".into())],
        children: vec![],
    }];
    assert!(check_tree(&stray_attr, Subset::Inline).is_err());
}
