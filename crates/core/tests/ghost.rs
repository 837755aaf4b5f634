#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.
//! Ghost Content API answers (`tests/fixtures/ghost/`: a Ghost 5.x post with
//! `?include=tags,authors` and every card, an older page, a hostile post) → the render model:
//! cards as the nearest blocks, public tags only, the publisher's reading time, faults with JSON
//! paths.

use article_core::json::{DecodeError, Problem};
use article_core::logic::reading_time::MinuteRange;
use article_core::normalize::{story_from_json, Source, NOT_AN_ARTICLE};
use article_core::sanitize::{text_of, Node, Tag};
use article_core::story::{Block, Format, LinkOut, Story};
use serde_json::{json, Value};

mod common;

const BASE: &str = "https://tidewater.example/ghost/api/content/posts/slug/the-lighthouse-stays-open/?key=22444f78447824223cefc48062&include=tags,authors";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

fn story(name: &str, lang: &str, base: &str) -> Story {
    common::safe_story("ghost", name, lang, base)
}

fn post() -> Value {
    json!({ "id": "1", "title": "T", "html": "<p>x</p>", "published_at": "2024-04-22T09:30:00.000+00:00" })
}

fn decode_error(doc: &Value) -> DecodeError {
    common::decode_fault(&doc.to_string(), BASE)
}

fn body(html: &str) -> Vec<Block> {
    let mut doc = post();
    doc["html"] = json!(html);
    story_from_json(&json!({ "posts": [doc] }).to_string(), &SOURCE)
        .unwrap()
        .body
}

#[test]
fn ghost_5_post_fields() {
    let story = story("post.json", "en", BASE);
    assert_eq!(story.format, Format::Ghost);
    assert_eq!(story.format.key(), "ghost");
    assert_eq!(story.id, "662610a3c2b4b9000190b1e4");
    assert_eq!(story.title, "The lighthouse stays open");
    assert_eq!(
        story.url.as_deref(),
        Some("https://tidewater.example/the-lighthouse-stays-open/")
    );
    assert_eq!(story.lang, "en", "Ghost sends no language: the fallback");
    assert_eq!(
        story.standfirst.as_deref(),
        Some("Councillors voted to keep the 1871 tower open to visitors."),
        "custom_excerpt wins over the generated excerpt"
    );
    assert_eq!(story.published.iso, "2024-04-22T09:30:00.000+00:00");
    assert_eq!(
        story.updated.as_ref().unwrap().iso,
        "2024-04-23T10:02:41.000+00:00"
    );
    assert_eq!(
        story.reading,
        MinuteRange::exact(4),
        "the publisher's minutes"
    );
    assert_eq!(
        story.section,
        Some(LinkOut {
            label: "Harbour".into(),
            url: Some("https://tidewater.example/tag/harbour/".into())
        })
    );
    // The internal tag (`#feature-wide`) is never shown; names arrive escaped.
    let tags: Vec<_> = story.tags.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(tags, ["Harbour", "Heritage & history"]);
    assert_eq!(story.authors.len(), 2);
    let priya = &story.authors[0];
    assert_eq!(priya.name, "Priya Raman");
    assert_eq!(
        priya.bio.as_deref(),
        Some("Covers the harbour and the coast.")
    );
    assert_eq!(
        priya.url.as_deref(),
        Some("https://tidewater.example/author/priya/")
    );
    assert_eq!(
        priya.avatar.as_ref().unwrap().src,
        "https://tidewater.example/content/images/2023/11/priya.jpg"
    );
    assert_eq!(story.authors[1].avatar, None);
    let image = story.image.as_ref().unwrap();
    assert_eq!(
        image.src,
        "https://tidewater.example/content/images/2024/04/lighthouse-wide.jpg"
    );
    assert_eq!(image.alt, "The lighthouse and the harbour wall");
    assert_eq!(image.caption.as_deref(), Some("Photo by A. Photographer"));
    assert!(story.related.is_empty());
}

#[test]
fn ghost_cards_become_the_nearest_blocks() {
    let story = story("post.json", "en", BASE);
    let kinds: Vec<String> = story
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph(nodes) => format!("p:{}", text_of(nodes)),
            Block::Heading { level, text, .. } => format!("h{level}:{text}"),
            Block::Figure(p) => format!(
                "figure:{}|{}|{}",
                p.src.rsplit('/').next().unwrap(),
                p.alt,
                p.caption.as_deref().unwrap_or("")
            ),
            Block::Embed {
                url,
                title,
                provider,
            } => format!(
                "embed:{url}|{}|{}",
                title.as_deref().unwrap_or(""),
                provider.as_deref().unwrap_or("")
            ),
            Block::Rich(nodes) => format!("rich:{}", text_of(nodes)),
            Block::Quote { content, .. } => format!("quote:{}", text_of(content)),
            Block::List { items, .. } => format!("list:{}", items.len()),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "p:The harbour council voted on Tuesday night to keep the old lighthouse open to visitors.",
            "figure:lighthouse.jpg|The lighthouse at dusk|The lighthouse, built in 1871.",
            "h2:What was decided",
            "p:💡 Opening hours: 10 a.m. to 5 p.m.",
            "figure:stairs.jpg|The spiral staircase|",
            "figure:lamp.jpg||Inside the tower.",
            "embed:https://www.youtube.com/watch?v=tdw2024|Climbing the lighthouse|YouTube",
            "embed:https://council.example/minutes/2024-04-16|Harbour council minutes, 16 April 2024|Harbour Council",
            "h3:Can I climb to the top?",
            "rich:Yes, with a guide, on weekends.",
            "h2:A new season",
            "p:From May to September",
            "p:Book a visit",
            "embed:https://tidewater.example/content/media/2024/04/beam.mp4|The beam at night.|",
            "embed:https://tidewater.example/content/files/2024/04/visitor-guide.pdf|Visitor guide|",
            "p:Subscribe",
            "rich:Map of the harbour",
            "rich:",
            "quote:It is part of who we are.",
            "list:2",
        ]
    );
    // The header card's button keeps its (resolved) link.
    let Block::Paragraph(nodes) = &story.body[12] else {
        panic!()
    };
    assert!(matches!(&nodes[0], Node::Element { tag: Tag::A, attrs, .. }
        if format!("{attrs:?}").contains("https://tidewater.example/tickets/")));
    // No card leaks its markup: no svg path, no form field, no script.
    let all = format!("{:?}", story.body);
    for leak in [
        "kg-",
        "svg",
        "M23.25",
        "Your email",
        "embed.js",
        "white-space",
    ] {
        assert!(!all.contains(leak), "{leak} in {all}");
    }
}

#[test]
fn older_ghost_page_in_french() {
    let base = "https://amis-du-port.example/ghost/api/content/pages/slug/mentions-legales/";
    let story = story("page-fr.json", "fr", base);
    assert_eq!(story.lang, "fr");
    assert_eq!(story.title, "Mentions légales");
    assert_eq!(
        story.standfirst.as_deref(),
        Some("Ce site est édité par l’association Les Amis du Port.")
    );
    assert_eq!(story.section, None, "an internal primary tag is no section");
    assert!(story.tags.is_empty());
    // An update older than the publication is no update; no reading time: computed.
    assert_eq!(story.updated, None);
    assert_eq!(story.reading, MinuteRange::exact(1));
    // `primary_author` stands in for an empty `authors`.
    assert_eq!(story.authors[0].name, "Les Amis du Port");
    assert_eq!(
        story.authors[0].avatar.as_ref().unwrap().src,
        "https://amis-du-port.example/content/images/logo.png"
    );
    assert!(matches!(&story.body[1], Block::Heading { level: 3, text, .. } if text == "Contact"));
    assert!(
        matches!(&story.body[3], Block::Figure(p) if p.src == "https://amis-du-port.example/content/images/2021/03/port.jpg")
    );
    // The older header card (`kg-header-card-header`, `-subheader`).
    assert!(matches!(&story.body[4], Block::Heading { level: 2, text, .. } if text == "Adhérer"));
    assert!(
        matches!(&story.body[5], Block::Paragraph(n) if text_of(n) == "Cotisation annuelle : 15 €")
    );
}

#[test]
fn hostile_post_comes_out_safe() {
    let story = story(
        "hostile.json",
        "en",
        "https://evil.example/ghost/api/content/posts/",
    );
    assert_eq!(story.title, "Hostile post");
    assert_eq!(story.url, None);
    assert_eq!(story.image, None);
    assert_eq!(story.authors[0].url, None);
    assert_eq!(story.authors[0].avatar, None);
    assert_eq!(story.authors[0].bio.as_deref(), Some("bio"));
    assert_eq!(
        story.tags,
        vec![LinkOut {
            label: "t".into(),
            url: None
        }]
    );
    assert!(!format!("{story:?}").contains("__trap"));
    // The image card with an unsafe source is left out; the embed and bookmark with unsafe links
    // too.
    assert!(!story.body.iter().any(|b| matches!(b, Block::Embed { .. })));
}

#[test]
fn cards_with_missing_parts() {
    assert!(body("<figure class=\"kg-card kg-image-card\"></figure>").is_empty());
    assert!(body("<figure class=\"kg-card kg-gallery-card\"><div class=\"kg-gallery-container\"></div></figure>").is_empty());
    assert!(body("<figure class=\"kg-card kg-bookmark-card\"><div class=\"kg-bookmark-title\">t</div></figure>").is_empty());
    assert!(body(
        "<div class=\"kg-card kg-callout-card\"><div class=\"kg-callout-emoji\">!</div></div>"
    )
    .is_empty());
    assert!(body("<div class=\"kg-card kg-toggle-card\"></div>").is_empty());
    assert!(body("<div class=\"kg-card kg-header-card\"></div>").is_empty());
    // A card this reader does not know is sanitized markup.
    let product = body("<div class=\"kg-card kg-product-card\"><div class=\"kg-product-card-container\"><h4 class=\"kg-product-card-title\">Mug</h4><div class=\"kg-product-card-description\"><p>Blue</p></div></div></div>");
    assert!(matches!(&product[..], [Block::Rich(nodes)] if text_of(nodes) == "MugBlue"));
}

#[test]
fn faults_name_the_json_path() {
    let cases: Vec<(Value, &str, Problem)> = vec![
        (
            json!({ "posts": [] }),
            "posts",
            Problem::Expected("a Ghost post (the list is empty)"),
        ),
        (
            json!({ "pages": [] }),
            "pages",
            Problem::Expected("a Ghost post (the list is empty)"),
        ),
        (
            json!({ "posts": [7] }),
            "posts[0]",
            Problem::Expected("an object"),
        ),
        (
            json!({ "posts": {} }),
            "",
            Problem::Expected(NOT_AN_ARTICLE),
        ),
    ];
    for (doc, path, problem) in cases {
        assert_eq!(
            decode_error(&doc),
            DecodeError {
                path: path.into(),
                problem
            },
            "{doc}"
        );
    }
    let wrong: Vec<(&str, Value, &str, Problem)> = vec![
        ("title", Value::Null, "posts[0].title", Problem::Missing),
        (
            "title",
            json!(1),
            "posts[0].title",
            Problem::Expected("a string"),
        ),
        (
            "html",
            json!({}),
            "posts[0].html",
            Problem::Expected("a string"),
        ),
        (
            "published_at",
            Value::Null,
            "posts[0].published_at",
            Problem::Missing,
        ),
        (
            "published_at",
            json!("22/04/2024"),
            "posts[0].published_at",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "updated_at",
            json!(5),
            "posts[0].updated_at",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "reading_time",
            json!("4"),
            "posts[0].reading_time",
            Problem::Expected("a whole number"),
        ),
        (
            "reading_time",
            json!(-1),
            "posts[0].reading_time",
            Problem::Expected("a whole number"),
        ),
        (
            "custom_excerpt",
            json!(1),
            "posts[0].custom_excerpt",
            Problem::Expected("a string"),
        ),
        (
            "excerpt",
            json!([]),
            "posts[0].excerpt",
            Problem::Expected("a string"),
        ),
        (
            "feature_image",
            json!(1),
            "posts[0].feature_image",
            Problem::Expected("a string"),
        ),
        (
            "feature_image_alt",
            json!(1),
            "posts[0].feature_image_alt",
            Problem::Expected("a string"),
        ),
        (
            "url",
            json!(false),
            "posts[0].url",
            Problem::Expected("a string"),
        ),
        (
            "id",
            json!([]),
            "posts[0].id",
            Problem::Expected("a string"),
        ),
        (
            "authors",
            json!({}),
            "posts[0].authors",
            Problem::Expected("an array"),
        ),
        (
            "authors",
            json!(["Ann"]),
            "posts[0].authors[0]",
            Problem::Expected("an object"),
        ),
        (
            "authors",
            json!([{ "name": "A", "bio": 3 }]),
            "posts[0].authors[0].bio",
            Problem::Expected("a string"),
        ),
        (
            "authors",
            json!([{ "name": "A", "profile_image": {} }]),
            "posts[0].authors[0].profile_image",
            Problem::Expected("a string"),
        ),
        (
            "primary_author",
            json!("A"),
            "posts[0].primary_author",
            Problem::Expected("an object"),
        ),
        (
            "tags",
            json!([{ "name": 1 }]),
            "posts[0].tags[0].name",
            Problem::Expected("a string"),
        ),
        (
            "tags",
            json!([{ "name": "t", "visibility": 1 }]),
            "posts[0].tags[0].visibility",
            Problem::Expected("a string"),
        ),
        (
            "primary_tag",
            json!([]),
            "posts[0].primary_tag",
            Problem::Expected("an object"),
        ),
    ];
    for (key, value, path, problem) in wrong {
        let mut doc = post();
        doc[key] = value;
        assert_eq!(
            decode_error(&json!({ "posts": [doc] })),
            DecodeError {
                path: path.into(),
                problem
            },
            "{key}"
        );
    }
}
