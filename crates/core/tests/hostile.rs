#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.
//! The hostile corpus (`tests/fixtures/hostile/cases.json`): untrusted markup must come out of the
//! sanitizer as a tree that holds only the contract's elements and attributes and no script URL,
//! whatever the input and wherever it is cut; and every field of a contract article, plain text or
//! URL, must come out of `normalize` as inert text or a safe URL. `tests/e2e/hostile.spec.mjs`
//! renders the same corpus in Chromium and proves that nothing runs.

use std::panic::catch_unwind;

mod common;
use common::{
    block_subset, block_trees, payload_problems, story_urls, subset_name, tree_problems,
    url_problem, INLINE, RICH_EXTRA,
};

use article_core::normalize::{story_from_json, Source};
use article_core::sanitize::{plain_text, sanitize, Attr, Node, Subset, Tag};
use article_core::story::{Block, Story};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// The corpus

const CASES: &str = include_str!("../../../tests/fixtures/hostile/cases.json");
const ARTICLE: &str = include_str!("../../../tests/fixtures/hostile/article.json");

/// Where the browser journey serves the article (its relative URLs resolve against this).
const ARTICLE_URL: &str = "http://127.0.0.1:8181/fixtures/hostile/article.json";

/// Cases longer than this (the deep-nesting ones) appear once in the article, not again in quotes
/// and lists (`build.mjs` uses the same limit).
const LONG: usize = 10_000;

/// Up to this length every prefix of a case is sanitized; longer cases are cut at samples.
const ALL_PREFIXES_UP_TO: usize = 4_096;

struct Case {
    name: String,
    subset: Subset,
    html: String,
}

fn cases() -> Vec<Case> {
    let value: Value = serde_json::from_str(CASES).expect("cases.json is JSON");
    value
        .as_array()
        .expect("cases.json is an array")
        .iter()
        .map(|case| {
            let field = |name: &str| {
                case.get(name)
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("case without a string `{name}`: {case}"))
                    .to_owned()
            };
            let subset = match field("subset").as_str() {
                "inline" => Subset::Inline,
                "rich" => Subset::Rich,
                other => panic!("unknown subset {other:?}"),
            };
            Case {
                name: field("name"),
                subset,
                html: field("html"),
            }
        })
        .collect()
}

/// What is wrong with a tree the corpus produced: the contract's rules and no surviving payload.
fn corpus_problems(nodes: &[Node], subset: Subset) -> Vec<String> {
    let mut problems = tree_problems(nodes, subset);
    problems.extend(payload_problems(nodes));
    problems
}

/// The problems of one case's tree in one subset; a panic is a problem too.
fn case_problems(html: &str, subset: Subset) -> Vec<String> {
    match catch_unwind(|| sanitize(html, subset)) {
        Ok(nodes) => corpus_problems(&nodes, subset),
        Err(_) => vec!["sanitize panicked".to_owned()],
    }
}

fn report(failures: &[String]) -> String {
    format!(
        "{} failure(s):\n  {}",
        failures.len(),
        failures.join("\n  ")
    )
}

// ---------------------------------------------------------------------------------------------
// The sanitizer against the corpus

#[test]
fn the_corpus_is_large_named_and_trapped() {
    let cases = cases();
    println!("hostile corpus: {} cases", cases.len());
    assert!(cases.len() > 120, "only {} cases", cases.len());
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    for case in &cases {
        assert!(
            case.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}: names are kebab-case (they are quoted inside payloads)",
            case.name
        );
        // Whatever could run calls __trap('<name>') (or its inert-context spellings), so the
        // browser journey notices any execution and names the case.
        let named = [format!("'{}'", case.name), format!("\"{}\"", case.name)];
        assert!(
            named.iter().any(|n| case.html.contains(n.as_str())) && case.html.contains("__trap"),
            "{}: the payload calls __trap with the case name",
            case.name
        );
    }
    for subset in [Subset::Inline, Subset::Rich] {
        let count = cases.iter().filter(|c| c.subset == subset).count();
        assert!(count >= 40, "{count} {} cases", subset_name(subset));
    }
    for depth in [
        "deep-inline-10000",
        "deep-rich-unclosed-10000",
        "deep-svg-10000",
    ] {
        let case = cases.iter().find(|c| c.name == depth).expect(depth);
        assert!(case.html.matches('<').count() > 10_000, "{depth} is deep");
    }
}

#[test]
fn every_case_sanitizes_to_its_allowlist_without_script_urls() {
    let cases = cases();
    let mut failures = Vec::new();
    for case in &cases {
        for problem in case_problems(&case.html, case.subset) {
            failures.push(format!(
                "{} ({}): {problem}",
                case.name,
                subset_name(case.subset)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", report(&failures));
    println!("hostile corpus: {} cases sanitized safely", cases.len());
}

#[test]
fn every_case_is_also_safe_in_the_other_subset() {
    let mut failures = Vec::new();
    for case in &cases() {
        let other = match case.subset {
            Subset::Inline => Subset::Rich,
            Subset::Rich => Subset::Inline,
        };
        for problem in case_problems(&case.html, other) {
            failures.push(format!("{} ({}): {problem}", case.name, subset_name(other)));
        }
    }
    assert!(failures.is_empty(), "{}", report(&failures));
}

#[test]
fn the_inline_subset_never_keeps_block_elements_or_images() {
    for case in cases().iter().filter(|c| c.subset == Subset::Inline) {
        let nodes = sanitize(&case.html, Subset::Inline);
        let mut stack = vec![nodes.as_slice()];
        while let Some(level) = stack.pop() {
            for node in level {
                if let Node::Element { tag, children, .. } = node {
                    assert!(
                        !matches!(tag, Tag::Img | Tag::P | Tag::Table | Tag::Blockquote),
                        "{}: <{}> in inline",
                        case.name,
                        tag.name()
                    );
                    stack.push(children);
                }
            }
        }
    }
}

#[test]
fn plain_text_extraction_is_total_on_the_corpus() {
    for case in &cases() {
        let text = catch_unwind(|| plain_text(&case.html));
        assert!(text.is_ok(), "{}: plain_text panicked", case.name);
    }
}

/// The char-boundary cut points of `html` to try: all of them for short inputs; for long ones,
/// every cut near both ends and evenly spaced ones in between (the sanitizer is linear, but a
/// debug build of it on tens of kilobytes is not instant).
fn cut_points(html: &str) -> Vec<usize> {
    let len = html.len();
    let boundary = |i: &usize| html.is_char_boundary(*i);
    if len <= ALL_PREFIXES_UP_TO {
        return (0..=len).filter(boundary).collect();
    }
    let mut cuts: Vec<usize> = (0..=256)
        .chain((0..=len).step_by(len / 64))
        .chain(len - 48..=len)
        .filter(boundary)
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// The problems of every cut of one case.
fn truncation_problems(case: &Case) -> (usize, Vec<String>) {
    let cuts = cut_points(&case.html);
    let mut failures = Vec::new();
    for &cut in &cuts {
        let prefix = &case.html[..cut];
        for problem in case_problems(prefix, case.subset) {
            failures.push(format!("{} cut at {cut}: {problem}", case.name));
        }
        if catch_unwind(|| plain_text(prefix)).is_err() {
            failures.push(format!("{} cut at {cut}: plain_text panicked", case.name));
        }
    }
    (cuts.len(), failures)
}

#[test]
fn truncated_cases_never_panic_and_stay_safe() {
    let cases = cases();
    let threads = std::thread::available_parallelism().map_or(4, |n| n.get().min(8));
    let results: Vec<(usize, Vec<String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let cases = &cases;
                scope.spawn(move || {
                    cases
                        .iter()
                        .skip(t)
                        .step_by(threads)
                        .map(truncation_problems)
                        .fold((0, Vec::new()), |(n, mut all), (cuts, failures)| {
                            all.extend(failures);
                            (n + cuts, all)
                        })
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("worker"))
            .collect()
    });
    let prefixes: usize = results.iter().map(|(n, _)| n).sum();
    let failures: Vec<String> = results.into_iter().flat_map(|(_, f)| f).collect();
    assert!(failures.is_empty(), "{}", report(&failures));
    println!("hostile corpus: {prefixes} truncated inputs sanitized safely");
}

// ---------------------------------------------------------------------------------------------
// Every URL a story holds

/// Every URL of a story is absolute `http(s)`, `mailto` or a fragment, and carries no payload;
/// every tree is safe for its subset.
fn assert_story_is_safe(story: &Story) {
    let mut failures = Vec::new();
    for (place, url) in story_urls(story) {
        let shape_ok = ["http://", "https://", "mailto:", "#"]
            .iter()
            .any(|start| url.to_ascii_lowercase().starts_with(start));
        if !shape_ok {
            failures.push(format!(
                "{place}: not an absolute http(s)/mailto URL: {url:?}"
            ));
        }
        if let Some(problem) = url_problem(&url) {
            failures.push(format!("{place}: {problem}"));
        }
        if url.contains("__trap(") {
            failures.push(format!("{place}: payload in {url:?}"));
        }
    }
    for (i, block) in story.body.iter().enumerate() {
        for tree in block_trees(block) {
            for problem in corpus_problems(tree, block_subset(block)) {
                failures.push(format!("body[{i}]: {problem}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", report(&failures));
}

// ---------------------------------------------------------------------------------------------
// Plain-text and URL fields of a contract article

/// URLs that must never survive a URL field (JSON strings are not HTML: no references here).
const SCRIPT_URLS: [&str; 24] = [
    "javascript:__trap('u')",
    "JAVASCRIPT:__trap('u')",
    "  JaVaScRiPt:__trap('u')",
    "java\tscript:__trap('u')",
    "java\nscript:__trap('u')",
    "java\rscript:__trap('u')",
    "javascript\t:__trap('u')",
    "\t\n javascript:__trap('u')",
    "\u{0}javascript:__trap('u')",
    "\u{1}\u{1f}javascript:__trap('u')",
    "javascript:__trap('u')\u{7f}",
    "javascript://%0a__trap('u')",
    "vbscript:__trap('u')",
    " VBScript:__trap('u')",
    "data:text/html,<script>__trap('u')</script>",
    "DaTa:image/svg+xml,<svg onload=__trap('u')>",
    "d\na\tt\ra:text/html;base64,PHNjcmlwdD4=",
    "livescript:__trap('u')",
    "blob:https://n.example/__trap('u')",
    "file:///etc/passwd#__trap('u')",
    "view-source:javascript:__trap('u')",
    "feed:javascript:__trap('u')",
    "x-javascript:__trap('u')",
    "jar:javascript:__trap('u')!/",
];

/// Markup that would run if a plain-text field were ever parsed as HTML.
fn markup(name: &str) -> String {
    format!(
        "<script>__trap('{name}')</script><img src=x onerror=\"__trap('{name}')\">\
         <a href=\"javascript:__trap('{name}')\">{name}</a>&lt;b&gt;&amp;"
    )
}

/// A full article (every field of `tests/fixtures/valid/full.json`) whose text fields hold markup
/// and whose URL fields all hold `bad`.
fn hostile_article(bad: &str) -> Value {
    // Inside HTML a NUL is read as U+FFFD, which turns the URL into an inert relative one (the
    // corpus covers that); the markup blocks test the rest of the URL.
    let in_html = bad.replace('\0', "");
    let image = |name: &str| json!({ "src": bad, "alt": markup(name), "width": 10, "height": 10 });
    json!({
        "version": 1,
        "id": markup("id"),
        "url": bad,
        "lang": "en",
        "dir": "ltr",
        "section": { "label": markup("section"), "url": bad },
        "title": markup("title"),
        "standfirst": markup("standfirst"),
        "published": "2026-09-19T08:15:00+01:00",
        "updated": "2026-09-19T12:40:30+01:00",
        "authors": [
            { "name": markup("author"), "bio": markup("bio"), "url": bad, "avatar": image("avatar") },
            { "name": markup("author2"), "url": bad }
        ],
        "image": {
            "src": bad, "alt": markup("alt"), "caption": markup("caption"),
            "credit": markup("image-credit"), "width": 1200, "height": 675
        },
        "body": [
            { "type": "paragraph", "text": markup("paragraph") },
            { "type": "heading", "level": 2, "text": markup("heading") },
            { "type": "quote", "text": markup("quote"), "cite": markup("cite") },
            { "type": "image", "src": bad, "alt": markup("figure") },
            { "type": "image", "src": "img/ok.png", "alt": markup("figure-alt"),
              "caption": markup("figure-caption"), "credit": markup("figure-credit") },
            { "type": "list", "ordered": false, "items": ["<a href=\"x\">ok</a>"] },
            { "type": "embed", "url": bad, "title": markup("embed"), "provider": markup("p") },
            { "type": "embed", "url": "https://video.example/v", "title": markup("embed-title"),
              "provider": markup("embed-provider") },
            { "type": "paragraph", "html": format!("<a href=\"{}\">x</a>", in_html.replace('"', "&quot;")) },
            { "type": "html", "html": format!("<img src=\"{}\"><a href='{}'>y</a>",
                in_html.replace('"', "&quot;"), in_html.replace('\'', "&#39;")) }
        ],
        "credit": markup("credit"),
        "readingMinutes": 3,
        "tags": [
            { "label": markup("tag"), "url": bad },
            { "label": markup("tag2"), "url": "https://news.example/t" }
        ],
        "related": [
            { "title": markup("related-dropped"), "url": bad, "src": bad },
            { "title": markup("related"), "url": "/r", "src": bad, "section": markup("rs"),
              "image": image("related-image") }
        ],
        "relatedSrc": bad
    })
}

#[test]
fn plain_text_fields_stay_verbatim_and_unsafe_urls_vanish() {
    for bad in SCRIPT_URLS {
        let text = hostile_article(bad).to_string();
        let story = story_from_json(
            &text,
            &Source {
                url: "https://n.example/a.json",
                fallback_lang: "en",
            },
        )
        .unwrap_or_else(|e| panic!("{bad:?}: the article decodes: {e:?}"));
        let ctx = format!("URL fields = {bad:?}");

        // Plain text is kept exactly as sent: it is shown as text, never parsed.
        assert_eq!(story.title, markup("title"), "{ctx}");
        assert_eq!(story.standfirst, Some(markup("standfirst")), "{ctx}");
        assert_eq!(story.credit, Some(markup("credit")), "{ctx}");
        let section = story.section.as_ref().expect("section");
        assert_eq!(section.label, markup("section"), "{ctx}");
        let names: Vec<&str> = story.authors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, [markup("author"), markup("author2")], "{ctx}");
        assert_eq!(story.authors[0].bio, Some(markup("bio")), "{ctx}");
        let labels: Vec<&str> = story.tags.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, [markup("tag"), markup("tag2")], "{ctx}");

        // Unsafe URLs are gone, and so is whatever cannot exist without one.
        assert_eq!(story.url, None, "{ctx}: url");
        assert_eq!(story.related_src, None, "{ctx}: relatedSrc");
        assert_eq!(section.url, None, "{ctx}: section.url");
        assert!(story.image.is_none(), "{ctx}: lead image");
        assert!(story.authors.iter().all(|a| a.url.is_none()), "{ctx}");
        assert!(story.authors.iter().all(|a| a.avatar.is_none()), "{ctx}");
        assert_eq!(story.tags[0].url, None, "{ctx}: tags[0].url");
        assert_eq!(
            story.tags[1].url.as_deref(),
            Some("https://news.example/t"),
            "{ctx}"
        );
        assert_eq!(
            story.related.len(),
            1,
            "{ctx}: the unsafe related story is dropped"
        );
        let teaser = &story.related[0];
        assert_eq!(teaser.title, markup("related"), "{ctx}");
        assert_eq!(teaser.url, "https://n.example/r", "{ctx}");
        assert_eq!(teaser.section, Some(markup("rs")), "{ctx}");
        assert!(teaser.src.is_none() && teaser.image.is_none(), "{ctx}");

        // Blocks: the image and embed with unsafe URLs are skipped; text stays text.
        let kinds: Vec<&str> = story
            .body
            .iter()
            .map(|b| match b {
                Block::Paragraph(_) => "paragraph",
                Block::Heading { .. } => "heading",
                Block::Quote { .. } => "quote",
                Block::Figure(_) => "figure",
                Block::List { .. } => "list",
                Block::Embed { .. } => "embed",
                Block::Rich(_) => "html",
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "paragraph",
                "heading",
                "quote",
                "figure",
                "list",
                "embed",
                "paragraph",
                "html"
            ],
            "{ctx}"
        );
        assert_eq!(
            story.body[0],
            Block::Paragraph(vec![Node::Text(markup("paragraph"))])
        );
        assert_eq!(
            story.body[1],
            Block::Heading {
                level: 2,
                text: markup("heading"),
                id: None,
            }
        );
        assert_eq!(
            story.body[2],
            Block::Quote {
                content: vec![Node::Text(markup("quote"))],
                cite: Some(markup("cite"))
            }
        );
        let Block::Figure(figure) = &story.body[3] else {
            panic!("{ctx}: figure")
        };
        assert_eq!(figure.src, "https://n.example/img/ok.png");
        assert_eq!(figure.alt, markup("figure-alt"));
        assert_eq!(figure.caption, Some(markup("figure-caption")));
        assert_eq!(figure.credit, Some(markup("figure-credit")));
        let Block::Embed {
            url,
            title,
            provider,
        } = &story.body[5]
        else {
            panic!("{ctx}: embed")
        };
        assert_eq!(url, "https://video.example/v");
        assert_eq!(title, &Some(markup("embed-title")));
        assert_eq!(provider, &Some(markup("embed-provider")));
        assert_eq!(
            story.body[6],
            Block::Paragraph(vec![Node::Text("x".into())]),
            "{ctx}"
        );
        assert_eq!(
            story.body[7],
            Block::Rich(vec![Node::Text("y".into())]),
            "{ctx}"
        );

        assert_story_is_safe(&story);
    }
}

// ---------------------------------------------------------------------------------------------
// The committed article that the browser journey renders

fn article_value() -> Value {
    serde_json::from_str(ARTICLE).expect("article.json is JSON")
}

fn strings<'a>(blocks: &'a [Value], kind: &str, field: &str) -> Vec<&'a str> {
    blocks
        .iter()
        .filter(|b| b["type"] == kind)
        .filter_map(|b| b[field].as_str())
        .collect()
}

#[test]
fn the_hostile_article_is_in_sync_with_the_corpus() {
    let cases = cases();
    let html_of = |keep: &dyn Fn(&Case) -> bool| -> Vec<&str> {
        cases
            .iter()
            .filter(|c| keep(c))
            .map(|c| c.html.as_str())
            .collect()
    };
    let article = article_value();
    let body = article["body"].as_array().expect("body");
    let paragraphs = strings(body, "paragraph", "html");
    let rich = strings(body, "html", "html");
    let quotes = strings(body, "quote", "html");
    let items: Vec<&str> = body
        .iter()
        .filter(|b| b["type"] == "list")
        .flat_map(|b| b["items"].as_array().expect("items"))
        .map(|item| item.as_str().expect("item"))
        .collect();
    let stale = "run `node tests/fixtures/hostile/build.mjs`";
    assert_eq!(
        paragraphs,
        html_of(&|c| c.subset == Subset::Inline),
        "paragraphs: {stale}"
    );
    assert_eq!(
        rich,
        html_of(&|c| c.subset == Subset::Rich),
        "html blocks: {stale}"
    );
    assert_eq!(
        quotes,
        html_of(&|c| c.subset == Subset::Inline && c.html.len() <= LONG),
        "quotes: {stale}"
    );
    assert_eq!(
        items,
        html_of(&|c| c.html.len() <= LONG),
        "list items: {stale}"
    );
    assert_eq!(
        paragraphs.len() + rich.len(),
        cases.len(),
        "every case is in the body"
    );
    println!(
        "hostile article: {} cases, {} payloads in the body",
        cases.len(),
        paragraphs.len() + rich.len() + quotes.len() + items.len()
    );
}

#[test]
fn the_hostile_article_decodes_and_normalizes_safely() {
    let article = article_value();
    let story = story_from_json(
        ARTICLE,
        &Source {
            url: ARTICLE_URL,
            fallback_lang: "en",
        },
    )
    .expect("article.json decodes");
    let text = |path: &str| -> String {
        let value = path
            .split('.')
            .fold(&article, |v, key| match key.parse::<usize>() {
                Ok(i) => &v[i],
                Err(_) => &v[key],
            });
        value
            .as_str()
            .unwrap_or_else(|| panic!("{path} is a string"))
            .to_owned()
    };

    // Plain text stays verbatim.
    assert_eq!(story.title, text("title"));
    assert_eq!(story.standfirst, Some(text("standfirst")));
    assert_eq!(story.credit, Some(text("credit")));
    let section = story.section.as_ref().expect("section");
    assert_eq!(section.label, text("section.label"));
    assert_eq!(story.authors[0].name, text("authors.0.name"));
    assert_eq!(story.authors[0].bio, Some(text("authors.0.bio")));
    assert_eq!(story.authors[1].name, text("authors.1.name"));
    assert_eq!(story.tags[0].label, text("tags.0.label"));
    // A hostile `lang` is not a language tag: the fallback is used.
    assert_eq!(story.lang, "en");

    // Hostile URL fields are gone.
    assert_eq!(story.url, None);
    assert_eq!(story.related_src, None);
    assert_eq!(section.url, None);
    assert!(story.image.is_none());
    assert!(story.authors.iter().all(|a| a.url.is_none()));
    assert!(story.authors[0].avatar.is_none());
    let avatar = story.authors[1].avatar.as_ref().expect("the safe avatar");
    assert_eq!(avatar.src, "http://127.0.0.1:8181/demo/img/avatar-en.svg");
    assert_eq!(avatar.alt, text("authors.1.avatar.alt"));
    assert!(story.tags.iter().all(|t| t.url.is_none()));
    assert_eq!(story.related.len(), 1);
    assert_eq!(story.related[0].title, text("related.1.title"));
    assert!(story.related[0].src.is_none() && story.related[0].image.is_none());

    // Body: one block per case, plus the hand-made ones; the image and embed with unsafe URLs are
    // skipped.
    let source_blocks = article["body"].as_array().expect("body").len();
    assert_eq!(story.body.len(), source_blocks - 2);
    let embeds = story
        .body
        .iter()
        .filter(|b| matches!(b, Block::Embed { .. }))
        .count();
    assert_eq!(embeds, 1);

    assert_story_is_safe(&story);
}

#[test]
fn the_tag_enum_holds_exactly_the_contracts_rich_subset() {
    // So "every tag is a `Tag`" already means "every element is on the rich allowlist".
    let mut names: Vec<&str> = Tag::ALL.iter().map(|t| t.name()).collect();
    let mut contract: Vec<&str> = INLINE.iter().chain(&RICH_EXTRA).copied().collect();
    names.sort_unstable();
    contract.sort_unstable();
    assert_eq!(names, contract);
}

#[test]
fn the_url_check_itself_catches_script_urls() {
    // The checker must not be vacuous: it flags what the sanitizer must remove.
    for bad in SCRIPT_URLS {
        assert!(url_problem(bad).is_some(), "{bad:?}");
    }
    for good in [
        "https://n.example/a",
        "HTTP://n.example/",
        "mailto:a@n.example",
        "/a",
        "a/b:c",
        "#x",
        "?javascript:1",
    ] {
        assert_eq!(url_problem(good), None, "{good:?}");
    }
    let bad_tree = vec![Node::Element {
        tag: Tag::P,
        attrs: vec![Attr::Title("__trap('x')".into())],
        children: vec![],
    }];
    assert_eq!(corpus_problems(&bad_tree, Subset::Inline).len(), 3);
}

// ---------------------------------------------------------------------------------------------
// The other formats: the corpus in their markup fields, script URLs in their URL fields

/// One document of each CMS format with `html` in every markup field and `url` in every URL
/// field.
fn documents_of_every_format(html: &str, url: &str) -> Vec<(&'static str, Value)> {
    let text = |content: &str| json!({ "type": "text", "content": content });
    let ans = json!({
        "type": "story",
        "headlines": { "basic": html },
        "subheadlines": { "basic": html },
        "display_date": "2024-05-02T08:15:00Z",
        "canonical_url": url,
        "editor_note": html,
        "credits": { "by": [{ "type": "author", "name": "A", "url": url, "image": { "url": url } }] },
        "taxonomy": { "primary_section": { "name": "S", "path": url } },
        "promo_items": { "basic": { "type": "image", "url": url, "caption": html } },
        "content_elements": [
            text(html),
            { "type": "header", "level": 2, "content": html },
            { "type": "quote", "content_elements": [text(html)], "citation": text(html) },
            { "type": "list", "items": [text(html)] },
            { "type": "list", "items": [text(html), { "type": "list", "items": [text(html)] }] },
            { "type": "raw_html", "content": html },
            { "type": "table", "header": [text(html)], "rows": [[text(html)]] },
            { "type": "image", "url": url, "caption": html },
            { "type": "interstitial_link", "url": url, "content": html },
            { "type": "link_list", "items": [{ "url": url, "content": html }] },
            { "type": "oembed_response", "raw_oembed": { "url": url, "html": html } },
            { "type": "video", "canonical_url": url },
            { "type": "correction", "text": html },
        ],
        "related_content": { "basic": [{ "type": "story", "headlines": { "basic": html }, "canonical_url": url }] },
    });
    // Each case ends its markup (cards left open), as it ends a contract field: a case cut inside
    // a tag (an unterminated quote) swallows whatever follows it, as in a browser.
    let ghost = |markup: String| {
        json!({ "posts": [{
            "title": html,
            "html": markup,
            "custom_excerpt": html,
            "published_at": "2024-04-22T09:30:00.000+00:00",
            "url": url,
            "feature_image": url,
            "feature_image_caption": html,
            "authors": [{ "name": "A", "url": url, "profile_image": url, "bio": html }],
            "tags": [{ "name": "t", "url": url }],
        }]})
    };
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "items": [
            { "id": "1", "url": url, "title": html, "content_html": html, "summary": html,
              "image": url, "date_published": "2024-01-01T00:00:00Z",
              "authors": [{ "name": "A", "url": url, "avatar": url }] },
            { "id": "2", "url": url, "title": "t", "image": url },
            { "id": "3", "url": "/safe", "content_html": html, "image": url },
        ]
    });
    vec![
        ("ans", ans),
        ("ghost", ghost(html.to_owned())),
        (
            "ghost image card",
            ghost(format!("<figure class=\"kg-card kg-image-card\">{html}")),
        ),
        (
            "ghost callout card",
            ghost(format!(
                "<div class=\"kg-card kg-callout-card\"><div class=\"kg-callout-text\">{html}"
            )),
        ),
        (
            "ghost toggle card",
            ghost(format!(
                "<div class=\"kg-card kg-toggle-card\"><div class=\"kg-toggle-content\">{html}"
            )),
        ),
        (
            "ghost header card",
            ghost(format!(
                "<div class=\"kg-card kg-header-card\"><h2 class=\"kg-header-card-header\">{html}"
            )),
        ),
        ("jsonfeed", feed),
    ]
}

#[test]
fn every_case_and_script_url_is_safe_in_every_format() {
    let mut checked = 0;
    for (i, case) in cases().iter().enumerate() {
        let url = SCRIPT_URLS[i % SCRIPT_URLS.len()];
        for (format, doc) in documents_of_every_format(&case.html, url) {
            let story = story_from_json(
                &doc.to_string(),
                &Source {
                    url: ARTICLE_URL,
                    fallback_lang: "en",
                },
            )
            .unwrap_or_else(|e| panic!("{format}, {}: {e:?}", case.name));
            assert_story_is_safe(&story);
            assert!(
                !format!("{:?}", story.url).contains("__trap"),
                "{format}, {}",
                case.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 300, "{checked}");
}
