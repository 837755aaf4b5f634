#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.
//! Arc XP stories in ANS (`tests/fixtures/ans/`: 0.10.5, 0.10.7 with every element type, 0.10.9,
//! an older 0.5.8 one, a hostile one) → the render model: every field and element mapping,
//! faults with JSON paths, hostile content.

use article_core::fault::Fault;
use article_core::json::{DecodeError, Problem};
use article_core::logic::lang::Dir;
use article_core::normalize::{story_from_json, story_from_value, Source};
use article_core::sanitize::{text_of, Attr, Node, Tag};
use article_core::story::{Block, Format, LinkOut, Story};
use serde_json::{json, Value};

mod common;

const BASE: &str = "https://www.dailytide.example/pf/api/v3/content/fetch/content-api?query=%7B%22id%22%3A%223QXN%22%7D";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

fn story(name: &str) -> Story {
    common::safe_story("ans", name, "de", BASE)
}

fn minimal() -> Value {
    json!({ "type": "story", "version": "0.10.7", "headlines": { "basic": "T" },
            "display_date": "2024-05-02T08:15:00Z", "content_elements": [] })
}

fn decode_error(doc: &Value) -> DecodeError {
    common::decode_fault(&doc.to_string(), BASE)
}

fn elements(list: Value) -> Vec<Block> {
    let mut doc = minimal();
    doc["content_elements"] = list;
    story_from_json(&doc.to_string(), &SOURCE).unwrap().body
}

fn summary(block: &Block) -> String {
    match block {
        Block::Paragraph(nodes) => format!("p:{}", text_of(nodes)),
        Block::Heading { level, text, .. } => format!("h{level}:{text}"),
        Block::Quote { content, cite } => format!(
            "quote:{}|{}",
            text_of(content),
            cite.as_deref().unwrap_or("")
        ),
        Block::Figure(p) => format!(
            "figure:{}|{}|{}|{}",
            p.src,
            p.alt,
            p.caption.as_deref().unwrap_or(""),
            p.credit.as_deref().unwrap_or("")
        ),
        Block::List { ordered, items } => format!(
            "list:{ordered}:{}",
            items
                .iter()
                .map(|i| text_of(i))
                .collect::<Vec<_>>()
                .join("|")
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
        Block::Rich(nodes) => format!(
            "rich:{}:{}",
            nodes.first().map_or("", |n| match n {
                Node::Element { tag, .. } => tag.name(),
                Node::Text(_) => "text",
            }),
            text_of(nodes)
        ),
    }
}

#[test]
fn story_0_10_7_fields() {
    let story = story("story-0.10.7-en.json");
    assert_eq!(story.format, Format::Ans);
    assert_eq!(story.format.key(), "ans");
    assert_eq!(story.id, "3QXNO2DFRVG4FG2Z5J3HWQ6TQY");
    assert_eq!(
        story.title,
        "The Old Mill Bridge reopens after eight months of repairs"
    );
    assert_eq!(story.lang, "en");
    assert_eq!(
        story.url.as_deref(),
        Some("https://www.dailytide.example/metro/2024/05/02/bridge-reopens-after-repairs/"),
        "canonical_url is a path on the site the document came from"
    );
    assert_eq!(
        story.standfirst.as_deref(),
        Some("Cyclists get a separate lane; cars are limited to 30 km/h.")
    );
    assert_eq!(
        story.published.iso, "2024-05-02T08:15:00.000Z",
        "display_date first"
    );
    assert_eq!(
        story.updated.as_ref().unwrap().iso,
        "2024-05-02T14:02:00.000Z"
    );
    assert_eq!(
        story.section,
        Some(LinkOut {
            label: "Metro".into(),
            url: Some("https://www.dailytide.example/metro/".into())
        })
    );
    assert_eq!(
        story
            .tags
            .iter()
            .map(|t| t.label.as_str())
            .collect::<Vec<_>>(),
        ["bridges", "cycling"]
    );
    // Authors: the unresolved reference is left out; the bio is the description, else the org.
    assert_eq!(story.authors.len(), 2);
    let nora = &story.authors[0];
    assert_eq!(nora.name, "Nora Lindqvist");
    assert_eq!(
        nora.bio.as_deref(),
        Some("Nora covers transport and city hall.")
    );
    assert_eq!(
        nora.url.as_deref(),
        Some("https://www.dailytide.example/people/nora-lindqvist/")
    );
    let avatar = nora.avatar.as_ref().unwrap();
    assert_eq!(avatar.src, "https://cdn.dailytide.example/authors/nora.jpg");
    assert_eq!(avatar.alt, "", "an avatar is decorative");
    assert_eq!(story.authors[1].bio.as_deref(), Some("Reuters"));
    let image = story.image.as_ref().unwrap();
    assert_eq!(
        image.src,
        "https://cdn.dailytide.example/photos/bridge-wide.jpg"
    );
    assert_eq!(image.alt, "Cars and bikes cross the Old Mill Bridge");
    assert_eq!(
        image.caption.as_deref(),
        Some("The bridge at dawn on reopening day.")
    );
    assert_eq!(image.credit.as_deref(), Some("Ines Duarte"));
    assert_eq!((image.width, image.height), (Some(2400), Some(1600)));
    // Related: resolved stories with a URL, not the story itself.
    assert_eq!(story.related.len(), 1);
    let ferry = &story.related[0];
    assert_eq!(ferry.title, "Ferry timetable changes on Monday");
    assert_eq!(
        ferry.url,
        "https://www.dailytide.example/metro/2024/04/ferry-timetable/"
    );
    assert_eq!(ferry.src, None);
    assert_eq!(ferry.section.as_deref(), Some("Metro"));
    assert_eq!(
        ferry.published.as_ref().unwrap().iso,
        "2024-04-28T09:00:00Z"
    );
    assert_eq!(
        ferry.image.as_ref().unwrap().src,
        "https://cdn.dailytide.example/photos/ferry.jpg"
    );
}

#[test]
fn every_element_type() {
    let story = story("story-0.10.7-en.json");
    let got: Vec<String> = story.body.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            "p:This story was updated with the mayor's comments.",
            "p:The Old Mill Bridge reopened to traffic on Thursday morning, eight months after it closed for repairs.",
            "h2:A lane for cyclists",
            "p:The deck now carries a two-metre cycle lane.",
            "quote:We finally have a bridge for everyone.\nIt was worth the wait.|Ada Moreau, cyclists' association",
            "quote:Thirty kilometres an hour, no more.|",
            "figure:https://cdn.dailytide.example/photos/deck.jpg|Fresh asphalt on the bridge deck|The new deck.|Ines Duarte, Daily Tide",
            "list:false:Speed limit: 30 km/h|Night closures end Friday",
            "rich:ol:Phase oneDeckRailingsPhase two",
            "rich:hr:",
            "rich:h3:Fact boxBuilt in 1894.",
            "rich:table:YearVehicles per day202214,2002024est. 12,000",
            "p:Read more: the ferry timetable changes",
            "h3:More on the bridge",
            "list:false:Why the bridge closed",
            "p:Correction: An earlier version of this story gave the wrong closing date.",
            "p:Clarification: The lane is shared with scooters.",
            "embed:https://www.youtube.com/watch?v=dt123|Timelapse of the repairs|YouTube",
            "embed:https://twitter.com/dailytide/status/1785||Twitter",
            "embed:https://www.dailytide.example/video/metro/first-crossing/|The first crossing|",
            "figure:https://cdn.dailytide.example/photos/g1.jpg|Scaffolding under the bridge|Scaffolding in January.|",
            "figure:https://cdn.dailytide.example/photos/g2.jpg|||",
            "rich:pre:speed_limit = 30",
        ]
    );
    // The editor's note is emphasized; a text element's link resolves on the site; the
    // correction's label is strong.
    assert!(
        matches!(&story.body[0], Block::Paragraph(n) if matches!(n[0], Node::Element { tag: Tag::Em, .. }))
    );
    let Block::Paragraph(nodes) = &story.body[1] else {
        panic!()
    };
    assert!(matches!(&nodes[1], Node::Element { tag: Tag::A, attrs, .. }
        if attrs == &[Attr::Href("https://www.dailytide.example/metro/2023/09/bridge-closes/".into())]));
    assert!(
        matches!(&story.body[15], Block::Paragraph(n) if matches!(n[0], Node::Element { tag: Tag::Strong, .. }))
    );
    // The nested list keeps its structure: the inner list inside the first item.
    let Block::Rich(nodes) = &story.body[8] else {
        panic!()
    };
    let Node::Element {
        children: items, ..
    } = &nodes[0]
    else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    assert!(
        matches!(&items[0], Node::Element { tag: Tag::Li, children, .. } if matches!(children[1], Node::Element { tag: Tag::Ul, .. }))
    );
    // Raw HTML is sanitized: its script is gone.
    assert!(!format!("{:?}", story.body[10]).contains("trackFactbox"));
}

#[test]
fn story_0_10_5_in_french() {
    let story = story("story-0.10.5-fr.json");
    assert_eq!(story.lang, "fr");
    assert_eq!(
        story.standfirst.as_deref(),
        Some("Plus de 80 000 visiteurs en trois soirs."),
        "description.basic"
    );
    assert_eq!(
        story.published.iso, "2023-11-18T21:10:00Z",
        "first_publish_date"
    );
    assert_eq!(story.updated, None, "an update before publication is none");
    assert_eq!(
        story.section,
        Some(LinkOut {
            label: "Culture".into(),
            url: Some("https://www.dailytide.example/culture".into())
        }),
        "the first of sections, linked to its _id path"
    );
    assert_eq!(story.authors[0].bio.as_deref(), Some("La Gazette du Lac"));
    assert_eq!(story.image, None, "a video promo is no lead image");
    let got: Vec<String> = story.body.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            "p:Trois soirs durant, les quais se sont illuminés.",
            "h3:Une affluence inédite",
            "quote:« Du jamais vu », selon la mairie.|",
            "p:Correction : Une version précédente indiquait 60 000 visiteurs.",
            "h4:Programme",
            "list:true:Vendredi : ouverture|Samedi : parade",
        ]
    );
}

#[test]
fn story_0_10_9_in_arabic() {
    let story = story("story-0.10.9-ar.json");
    assert_eq!(story.lang, "ar");
    assert_eq!(story.dir, Dir::Rtl);
    assert_eq!(
        story.url.as_deref(),
        Some("https://www.alsahil.example/economy/2024/06/10/port-expansion/")
    );
    assert_eq!(
        story.standfirst.as_deref(),
        Some("مشروع بكلفة ١٢٠ مليون دينار")
    );
    assert_eq!(
        story.authors[0].avatar.as_ref().unwrap().src,
        "https://www.dailytide.example/authors/sara.jpg"
    );
    assert!(matches!(&story.body[1], Block::Paragraph(n) if text_of(n).starts_with("توضيح:")));
    // Sizes out of range or not whole are left out.
    assert!(matches!(&story.body[2], Block::Figure(p) if p.width.is_none() && p.height.is_none()));
    assert_eq!(
        story.related[0].url, "https://www.dailytide.example/economy/2024/05/trade/",
        "website_url"
    );
}

#[test]
fn older_story_0_5_8_in_japanese() {
    let story = story("story-0.5.8-ja.json");
    assert_eq!(story.lang, "ja");
    assert_eq!(
        story.published.iso, "2018-03-01T10:00:00+09:00",
        "publish_date"
    );
    assert_eq!(
        story.url.as_deref(),
        Some("https://www.dailytide.example/local/2018/03/01/library-corner/")
    );
    assert_eq!(story.section.as_ref().unwrap().label, "地域");
    assert_eq!(
        summary(&story.body[1]),
        "quote:本を通じて人が集まる場所にしたい|店主の佐藤さん",
        "a quote's older `content`"
    );
}

#[test]
fn hostile_story_comes_out_safe() {
    let story = story("hostile.json");
    assert_eq!(story.title, "Hostile story");
    assert_eq!(story.lang, "de", "a malformed language is the fallback");
    assert_eq!(story.url, None);
    assert_eq!(story.image, None);
    assert_eq!(
        story.section,
        Some(LinkOut {
            label: "S".into(),
            url: None
        })
    );
    assert_eq!(story.authors[0].url, None);
    assert_eq!(story.authors[0].avatar, None);
    assert!(!format!("{story:?}").contains("__trap"));
    assert_eq!(story.related.len(), 1);
    assert_eq!(story.related[0].image, None);
    // Lists nested deeper than the limit are cut, not followed.
    let Some(Block::Rich(nodes)) = story.body.last() else {
        panic!()
    };
    assert!(text_of(nodes).starts_with("level 39"));
    assert!(!text_of(nodes).contains("bottom"));
}

#[test]
fn nesting_far_beyond_the_parser_limit_is_no_crash() {
    // The browser's JSON.parse has no depth limit: build the value directly.
    let mut deep = json!({ "type": "list", "items": [{ "type": "text", "content": "x" }] });
    for _ in 0..3000 {
        // By hand: `json!` would serialize (recursively) the value it is given.
        let mut list = serde_json::Map::new();
        list.insert("type".into(), json!("list"));
        list.insert("items".into(), Value::Array(vec![deep]));
        deep = Value::Object(list);
    }
    let mut doc = minimal();
    doc["content_elements"] = Value::Array(vec![deep]);
    let story = story_from_value(&doc, &SOURCE).unwrap();
    assert_eq!(common::story_problems(&story), Vec::<String>::new());
    // serde_json drops values recursively: this one is leaked rather than dropped.
    std::mem::forget(doc);
}

#[test]
fn element_edge_cases() {
    let got: Vec<String> = elements(json!([
        { "type": "header", "content": "No level" },
        { "type": "header", "level": 1, "content": "One" },
        { "type": "header", "level": 6, "content": "Six" },
        { "type": "header", "level": 2, "content": "  " },
        { "type": "text" },
        { "type": "quote", "content_elements": [] },
        { "type": "list", "items": [] },
        { "type": "image", "url": "javascript:x" },
        { "type": "interstitial_link", "url": "/a" },
        { "type": "link_list", "title": "Nothing", "items": [] },
        { "type": "correction", "text": " " },
        { "type": "oembed_response", "raw_oembed": { "type": "video" } },
        { "type": "oembed_response", "subtype": "instagram", "referent": { "id": "https://www.instagram.com/p/abc/" } },
        { "type": "video" },
        { "type": "code", "content": "" },
        { "type": "table" },
        { "type": "something_new", "content": "skipped" }
    ]))
    .iter()
    .map(summary)
    .collect();
    assert_eq!(
        got,
        [
            "h2:No level",
            "h2:One",
            "h4:Six",
            "p:https://www.dailytide.example/a",
            "embed:https://www.instagram.com/p/abc/||Instagram",
        ]
    );
}

#[test]
fn faults_name_the_json_path() {
    let top: Vec<(&str, Value, &str, Problem)> = vec![
        ("headlines", json!({}), "headlines.basic", Problem::Missing),
        (
            "headlines",
            json!({ "basic": 1 }),
            "headlines.basic",
            Problem::Expected("a string"),
        ),
        (
            "display_date",
            json!("2 May 2024"),
            "display_date",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "display_date",
            Value::Null,
            "display_date",
            Problem::Missing,
        ),
        (
            "first_publish_date",
            json!(1),
            "first_publish_date",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "last_updated_date",
            json!(true),
            "last_updated_date",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "language",
            json!(["en"]),
            "language",
            Problem::Expected("a string"),
        ),
        ("_id", json!({}), "_id", Problem::Expected("a string")),
        (
            "canonical_url",
            json!(1),
            "canonical_url",
            Problem::Expected("a string"),
        ),
        (
            "subheadlines",
            json!("s"),
            "subheadlines",
            Problem::Expected("an object"),
        ),
        (
            "subheadlines",
            json!({ "basic": 2 }),
            "subheadlines.basic",
            Problem::Expected("a string"),
        ),
        (
            "description",
            json!({ "basic": [] }),
            "description.basic",
            Problem::Expected("a string"),
        ),
        (
            "editor_note",
            json!({}),
            "editor_note",
            Problem::Expected("a string"),
        ),
        (
            "credits",
            json!([]),
            "credits",
            Problem::Expected("an object"),
        ),
        (
            "credits",
            json!({ "by": {} }),
            "credits.by",
            Problem::Expected("an array"),
        ),
        (
            "credits",
            json!({ "by": ["Ann"] }),
            "credits.by[0]",
            Problem::Expected("an object"),
        ),
        (
            "credits",
            json!({ "by": [{ "name": 1 }] }),
            "credits.by[0].name",
            Problem::Expected("a string"),
        ),
        (
            "credits",
            json!({ "by": [{ "name": "A", "image": "x.jpg" }] }),
            "credits.by[0].image",
            Problem::Expected("an object"),
        ),
        (
            "credits",
            json!({ "by": [{ "name": "A", "image": { "url": 1 } }] }),
            "credits.by[0].image.url",
            Problem::Expected("a string"),
        ),
        (
            "taxonomy",
            json!({ "primary_section": "news" }),
            "taxonomy.primary_section",
            Problem::Expected("an object"),
        ),
        (
            "taxonomy",
            json!({ "sections": [1] }),
            "taxonomy.sections[0]",
            Problem::Expected("an object"),
        ),
        (
            "taxonomy",
            json!({ "tags": [{ "text": 3 }] }),
            "taxonomy.tags[0].text",
            Problem::Expected("a string"),
        ),
        (
            "promo_items",
            json!({ "basic": [] }),
            "promo_items.basic",
            Problem::Expected("an object"),
        ),
        (
            "promo_items",
            json!({ "basic": { "url": "a.jpg", "width": "100" } }),
            "promo_items.basic.width",
            Problem::Expected("a number"),
        ),
        (
            "promo_items",
            json!({ "basic": { "url": "a.jpg", "credits": { "by": [{ "name": 1 }] } } }),
            "promo_items.basic.credits.by[0].name",
            Problem::Expected("a string"),
        ),
        (
            "related_content",
            json!([]),
            "related_content",
            Problem::Expected("an object"),
        ),
        (
            "related_content",
            json!({ "basic": {} }),
            "related_content.basic",
            Problem::Expected("an array"),
        ),
        (
            "content_elements",
            json!({}),
            "content_elements",
            Problem::Expected("an array"),
        ),
    ];
    for (key, value, path, problem) in top {
        let mut doc = minimal();
        doc[key] = value;
        let got = story_from_json(&doc.to_string(), &SOURCE)
            .map(|_| ())
            .map_err(|e| format!("{e:?}"));
        assert_eq!(
            got,
            Err(format!(
                "{:?}",
                Fault::Decode(DecodeError {
                    path: path.into(),
                    problem
                })
            )),
            "{key}"
        );
    }
    let inner: Vec<(Value, &str, Problem)> = vec![
        (
            json!("text"),
            "content_elements[1]",
            Problem::Expected("an object"),
        ),
        (
            json!({ "content": "no type" }),
            "content_elements[1].type",
            Problem::Missing,
        ),
        (
            json!({ "type": 5 }),
            "content_elements[1].type",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "text", "content": 5 }),
            "content_elements[1].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "header", "level": 7, "content": "x" }),
            "content_elements[1].level",
            Problem::Expected("an integer from 1 to 6"),
        ),
        (
            json!({ "type": "header", "level": "2", "content": "x" }),
            "content_elements[1].level",
            Problem::Expected("an integer from 1 to 6"),
        ),
        (
            json!({ "type": "quote", "content_elements": [{ "type": "text", "content": [] }] }),
            "content_elements[1].content_elements[0].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "quote", "citation": "x" }),
            "content_elements[1].citation",
            Problem::Expected("an object"),
        ),
        (
            json!({ "type": "list", "items": [{ "type": "text", "content": 1 }] }),
            "content_elements[1].items[0].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "list", "list_type": 1, "items": [] }),
            "content_elements[1].list_type",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "list", "items": [{ "type": "list", "items": ["x"] }] }),
            "content_elements[1].items[0].items[0]",
            Problem::Expected("an object"),
        ),
        (
            json!({ "type": "image", "url": "a.jpg", "height": "tall" }),
            "content_elements[1].height",
            Problem::Expected("a number"),
        ),
        (
            json!({ "type": "image", "url": "a.jpg", "alt_text": 1 }),
            "content_elements[1].alt_text",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "gallery", "content_elements": [{ "url": 1 }] }),
            "content_elements[1].content_elements[0].url",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "raw_html", "content": {} }),
            "content_elements[1].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "table", "rows": [{}] }),
            "content_elements[1].rows[0]",
            Problem::Expected("an array"),
        ),
        (
            json!({ "type": "table", "rows": [[1]] }),
            "content_elements[1].rows[0][0]",
            Problem::Expected("an object"),
        ),
        (
            json!({ "type": "table", "header": [{ "content": 1 }] }),
            "content_elements[1].header[0].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "interstitial_link", "url": 1 }),
            "content_elements[1].url",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "link_list", "items": [{ "url": "/a", "content": 2 }] }),
            "content_elements[1].items[0].content",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "correction", "text": 1 }),
            "content_elements[1].text",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "correction", "text": "t", "correction_type": 1 }),
            "content_elements[1].correction_type",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "oembed_response", "raw_oembed": "x" }),
            "content_elements[1].raw_oembed",
            Problem::Expected("an object"),
        ),
        (
            json!({ "type": "oembed_response", "raw_oembed": { "url": "https://a.example/", "title": 1 } }),
            "content_elements[1].raw_oembed.title",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "video", "canonical_url": "/v", "headlines": { "basic": 1 } }),
            "content_elements[1].headlines.basic",
            Problem::Expected("a string"),
        ),
        (
            json!({ "type": "code", "content": 1 }),
            "content_elements[1].content",
            Problem::Expected("a string"),
        ),
    ];
    for (element, path, problem) in inner {
        let mut doc = minimal();
        doc["content_elements"] = json!([{ "type": "text", "content": "ok" }, element]);
        let got = story_from_json(&doc.to_string(), &SOURCE)
            .map(|_| ())
            .map_err(|e| format!("{e:?}"));
        assert_eq!(
            got,
            Err(format!(
                "{:?}",
                Fault::Decode(DecodeError {
                    path: path.into(),
                    problem
                })
            )),
            "{path}"
        );
    }
}

#[test]
fn detection() {
    // `type: "story"` with headlines or content elements is a story; with neither it is not.
    let doc = json!({ "type": "story", "version": "0.10.7", "_id": "x" });
    assert_eq!(
        decode_error(&doc),
        DecodeError {
            path: "version".into(),
            problem: Problem::Expected("a positive integer")
        },
        "read as a contract article, which names its fields"
    );
    let doc =
        json!({ "type": "story", "content_elements": [], "display_date": "2024-05-02T08:15:00Z" });
    assert_eq!(
        decode_error(&doc),
        DecodeError {
            path: "headlines.basic".into(),
            problem: Problem::Missing
        }
    );
    // A video document (not a story) is not an ANS story.
    let doc = json!({ "type": "video", "headlines": { "basic": "V" } });
    assert_eq!(decode_error(&doc).path, "");
}
