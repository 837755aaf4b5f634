#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.
//! JSON Feed 1.0 and 1.1 (`tests/fixtures/jsonfeed/`, in the shapes Hugo templates, Jekyll,
//! WordPress's JSON Feed plugin and Micro.blog emit) → the render model: the first item or the
//! one the URL's `#id` names, related stories from the next items, faults with JSON paths.

use article_core::fault::Fault;
use article_core::json::{DecodeError, Problem};
use article_core::logic::lang::Dir;
use article_core::normalize::{story_from_json, Source};
use article_core::sanitize::{text_of, Attr, Node, Tag};
use article_core::story::{Block, Format, LinkOut, Person, Picture, Story};
use serde_json::{json, Value};

mod common;

fn fixture(name: &str) -> String {
    common::fixture("jsonfeed", name)
}

fn story_at(name: &str, base: &str) -> Story {
    common::safe_story("jsonfeed", name, "de", base)
}

/// The story of the document `doc` at `url`, for a reader whose fallback language is
/// `fallback_lang`.
fn story_of(doc: &Value, url: &str, fallback_lang: &str) -> Story {
    story_from_json(&doc.to_string(), &Source { url, fallback_lang }).unwrap()
}

fn decode_error(doc: &Value, base: &str) -> DecodeError {
    common::decode_fault(&doc.to_string(), base)
}

fn feed(item: Value) -> Value {
    json!({ "version": "https://jsonfeed.org/version/1.1", "items": [item] })
}

fn item() -> Value {
    json!({ "id": "1", "url": "https://f.example/1", "title": "T", "content_text": "x",
            "date_published": "2024-01-01T00:00:00Z" })
}

fn texts(body: &[Block]) -> Vec<String> {
    body.iter()
        .map(|block| match block {
            Block::Paragraph(nodes) | Block::Rich(nodes) => text_of(nodes),
            Block::Quote { content, .. } => text_of(content),
            Block::Heading { text, .. } => text.clone(),
            Block::List { items, .. } => items
                .iter()
                .map(|i| text_of(i))
                .collect::<Vec<_>>()
                .join("|"),
            Block::Figure(picture) => format!("[{}]", picture.src),
            Block::Embed { url, .. } => format!("<{url}>"),
        })
        .collect()
}

#[test]
fn hugo_feed_11() {
    let base = "https://carnets.example/index.json";
    let story = story_at("hugo.json", base);
    assert_eq!(story.format, Format::JsonFeed);
    assert_eq!(story.format.key(), "jsonfeed");
    assert_eq!(
        story.id,
        "https://carnets.example/posts/2024/05/marche-couvert/"
    );
    assert_eq!(
        story.title,
        "Le marché couvert rouvre ses portes après deux ans de travaux"
    );
    assert!(!story.title_from_text);
    assert_eq!(story.lang, "fr-FR");
    assert_eq!(story.dir, Dir::Ltr);
    assert_eq!(
        story.standfirst.as_deref(),
        Some("Les commerçants retrouvent la halle rénovée dès samedi matin.")
    );
    assert_eq!(story.published.iso, "2024-05-18T07:00:00+02:00");
    assert_eq!(
        story.updated.as_ref().unwrap().iso,
        "2024-05-18T11:30:00+02:00"
    );
    // The feed's authors stand in for an item without any.
    assert_eq!(
        story.authors,
        vec![Person {
            name: "Rédaction des Carnets".into(),
            bio: None,
            url: Some("https://carnets.example/about/".into()),
            avatar: None,
        }]
    );
    assert_eq!(
        story.image.as_ref().unwrap().src,
        "https://carnets.example/posts/2024/05/marche-couvert/images/halle.jpg"
    );
    assert_eq!(
        story.tags,
        vec![
            LinkOut {
                label: "commerce".into(),
                url: None
            },
            LinkOut {
                label: "centre-ville".into(),
                url: None
            },
        ]
    );
    // Relative URLs in the content resolve against the feed's URL.
    assert_eq!(
        texts(&story.body),
        [
            "Après deux ans de chantier, la halle du centre-ville accueille de nouveau ses quarante-deux étals.",
            "Ce qui change",
            "Les allées sont plus larges et un plan interactif guide les visiteurs.",
            "La halle, un samedi matin.",
            "Ouverture du mardi au dimanche|Parking vélo de 60 places",
            "On attendait ce moment depuis longtemps.",
        ]
    );
    // A figure without a CMS's class stays rich markup, its image's URL resolved.
    assert!(format!("{:?}", story.body[3])
        .contains("Src(\"https://carnets.example/images/halle.jpg\")"));
    let Block::Paragraph(nodes) = &story.body[2] else {
        panic!()
    };
    assert!(nodes
        .iter()
        .any(|n| matches!(n, Node::Element { tag: Tag::A, attrs, .. }
        if attrs == &[Attr::Href("https://carnets.example/plan/halle/".into())])));
    // The next items open in place, through the feed's URL and their id.
    assert_eq!(story.related.len(), 2);
    let first = &story.related[0];
    assert_eq!(
        first.title,
        "La piscine municipale ouvrira en nocturne cet été"
    );
    assert_eq!(first.url, "https://carnets.example/posts/2024/05/piscine/");
    assert_eq!(
        first.src.as_deref(),
        Some("https://carnets.example/index.json#https%3A%2F%2Fcarnets.example%2Fposts%2F2024%2F05%2Fpiscine%2F")
    );
    assert_eq!(
        first.image.as_ref().unwrap().src,
        "https://carnets.example/posts/2024/05/piscine/bassin.jpg"
    );
    assert_eq!(
        first.published.as_ref().unwrap().iso,
        "2024-05-12T09:00:00+02:00"
    );
    assert_eq!(story.related_src, None);
}

#[test]
fn a_related_src_opens_that_item() {
    let base = "https://carnets.example/index.json";
    let story = story_at("hugo.json", base);
    let src = story.related[0].src.clone().unwrap();
    let opened = story_at("hugo.json", &src);
    assert_eq!(
        opened.title,
        "La piscine municipale ouvrira en nocturne cet été"
    );
    assert_eq!(opened.id, "https://carnets.example/posts/2024/05/piscine/");
    // Its related stories are the items after it; the article it came from is not among them.
    assert_eq!(opened.related.len(), 1);
    assert_eq!(
        opened.related[0].title,
        "La bibliothèque prête désormais des outils"
    );
    assert_eq!(
        opened.related[0].src.as_deref(),
        Some("https://carnets.example/index.json#https%3A%2F%2Fcarnets.example%2Fposts%2F2024%2F04%2Fbibliotheque%2F")
    );
}

#[test]
fn an_unknown_id_is_a_fault_naming_it() {
    let base = "https://carnets.example/index.json#no%20such%20item";
    let error = decode_error(&serde_json::from_str(&fixture("hugo.json")).unwrap(), base);
    assert_eq!(
        error,
        DecodeError {
            path: "items".into(),
            problem: Problem::NoItem("no such item".into())
        }
    );
    assert_eq!(error.to_string(), "items: no item with id \"no such item\"");
    let fault = Fault::Decode(error);
    assert_eq!(fault.report().kind, "format");
    assert_eq!(fault.report().path.as_deref(), Some("items"));
}

#[test]
fn jekyll_feed_10_with_author() {
    let story = story_at("jekyll.json", "https://notes.example/feed.json");
    assert_eq!(
        story.title,
        "Volunteers count the river's otters for the first time in a decade"
    );
    assert_eq!(story.lang, "de", "no language: the fallback");
    assert_eq!(
        story.authors,
        vec![Person {
            name: "Maya Okafor".into(),
            bio: None,
            url: Some("https://notes.example/authors/maya/".into()),
            avatar: Some(Picture {
                src: "https://notes.example/assets/maya.jpg".into(),
                alt: String::new(),
                caption: None,
                credit: None,
                width: None,
                height: None,
            }),
        }]
    );
    // Same date published and modified: no update shown.
    assert_eq!(story.updated, None);
    assert_eq!(
        story.standfirst.as_deref(),
        Some("The survey suggests the population is recovering.")
    );
    assert!(matches!(story.body[1], Block::Heading { level: 3, .. }));
    assert!(matches!(&story.body[3], Block::List { ordered: true, items } if items.len() == 2));
    assert!(
        matches!(&story.body[4], Block::Rich(nodes) if matches!(nodes[0], Node::Element { tag: Tag::Pre, .. }))
    );
    assert_eq!(story.related.len(), 1);
}

#[test]
fn wordpress_plugin_feed_in_arabic() {
    let story = story_at("wordpress-plugin.json", "https://akhbar.example/feed/json");
    assert_eq!(story.lang, "ar");
    assert_eq!(story.dir, Dir::Rtl);
    assert_eq!(story.id, "https://akhbar.example/?p=812");
    assert_eq!(
        story.url.as_deref(),
        Some("https://akhbar.example/2024/05/01/hadiqa/")
    );
    // `authors` (1.1) is read; the 1.0 `author` sent alongside is not added twice.
    assert_eq!(story.authors.len(), 1);
    assert_eq!(story.authors[0].name, "ليلى حداد");
    // `content_html` wins over `content_text`; Gutenberg blocks map as for a WordPress post.
    assert_eq!(story.body.len(), 5);
    assert!(
        matches!(&story.body[2], Block::Figure(p) if p.caption.as_deref() == Some("الممر الرئيسي للحديقة") && p.width == Some(1024))
    );
    assert_eq!(
        story.body[3],
        Block::Embed {
            url: "https://www.youtube.com/watch?v=hadiqa01".into(),
            title: Some("جولة مصورة".into()),
            provider: Some("YouTube".into()),
        }
    );
    assert_eq!(story.tags.len(), 2);
    assert_eq!(
        story.updated.as_ref().unwrap().iso,
        "2024-05-02T10:15:00+03:00"
    );
}

#[test]
fn microblog_posts_without_titles() {
    let story = story_at("microblog.json", "https://sakura.micro.blog/feed.json");
    assert!(story.title_from_text);
    // The first sentence.
    assert_eq!(story.title, "今朝は駅前の商店街で朝市が開かれていて、地元の野菜や手作りのパンがたくさん並んでいました。");
    assert_eq!(story.authors[0].name, "佐藤さくら");
    // A paragraph holding only an image is that image.
    assert!(
        matches!(&story.body[1], Block::Figure(p) if p.alt == "朝市の野菜" && p.width == Some(600))
    );
    // A related item without a title is named by its first words too.
    assert_eq!(story.related[0].title, "図書館で借りた本を読み終えました。");
    assert_eq!(story.related[1].title, "梅雨入り");
    assert_eq!(
        story.related[0].src.as_deref(),
        Some("https://sakura.micro.blog/feed.json#http%3A%2F%2Fsakura.micro.blog%2F2024%2F06%2F01%2F204000.html")
    );
}

#[test]
fn a_short_untitled_text_is_its_own_title() {
    let mut doc = item();
    doc["title"] = Value::Null;
    doc["content_text"] = json!("Bonjour tout le monde.");
    let story = story_of(&feed(doc), "https://f.example/feed.json", "fr");
    assert_eq!(story.title, "Bonjour tout le monde.");
    assert!(story.title_from_text);
    let mut long = item();
    long["title"] = json!("  ");
    long["content_text"] =
        json!("one two three four five six seven eight nine ten eleven twelve thirteen");
    let story = story_of(&feed(long), "https://f.example/feed.json", "en");
    assert_eq!(
        story.title,
        "one two three four five six seven eight nine ten eleven twelve…"
    );
    let mut unspaced = item();
    unspaced["title"] = Value::Null;
    unspaced["content_text"] = json!("あ".repeat(200));
    let story = story_of(&feed(unspaced), "https://f.example/", "ja");
    assert_eq!(story.title, format!("{}…", "あ".repeat(90)));
}

#[test]
fn an_untitled_item_without_text_takes_its_summary_else_the_feeds_title() {
    let mut photo = item();
    photo["title"] = Value::Null;
    photo["content_text"] = Value::Null;
    photo["content_html"] = json!("<p><img src=\"a.jpg\" alt=\"\"></p>");
    photo["summary"] = json!("Un coucher de soleil");
    let story = story_of(&feed(photo.clone()), "https://f.example/", "fr");
    assert_eq!(story.title, "Un coucher de soleil");
    assert!(story.title_from_text);
    photo["summary"] = Value::Null;
    let mut doc = feed(photo);
    doc["title"] = json!("Carnet photo");
    let story = story_of(&doc, "https://f.example/", "fr");
    assert_eq!(story.title, "Carnet photo");
}

#[test]
fn text_items_ids_selection_and_related_limit() {
    let base = "https://transit.example/feeds/feed.json";
    let story = story_at("text-items.json", base);
    assert_eq!(
        story.lang, "en-GB",
        "the item's language wins over the feed's"
    );
    assert_eq!(
        story.url.as_deref(),
        Some("https://transit.example/feeds/posts/42.html")
    );
    assert_eq!(
        texts(&story.body),
        [
            "From Monday, night buses run every thirty minutes.",
            "The first leaves the station at 00:30.\nThe last at 04:30.",
            "Tickets are unchanged.",
        ]
    );
    assert_eq!(
        story.image.as_ref().unwrap().src,
        "https://transit.example/feeds/img/bus-banner.jpg"
    );
    let names: Vec<_> = story.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sam Whitfield"],
        "authors without a name are left out"
    );
    // Up to six next items.
    assert_eq!(story.related.len(), 6);
    assert_eq!(
        story.related[0].src.as_deref(),
        Some("https://transit.example/feeds/feed.json#item%2F1%3Fx%3D%C3%A9")
    );
    // Each opens in place, the percent-encoded id naming it.
    let opened = story_at("text-items.json", story.related[0].src.as_deref().unwrap());
    assert_eq!(opened.title, "Update 1");
    assert_eq!(opened.related.len(), 6);
    let last = story_at("text-items.json", &format!("{base}#item%2F8%3Fx%3D%C3%A9"));
    assert_eq!(last.title, "Update 8");
    assert!(last.related.is_empty());
    // The id with a space, from a page's `src`.
    let first = story_at("text-items.json", &format!("{base}#item%2042"));
    assert_eq!(first.title, "Night buses return to the harbour line");
}

#[test]
fn hostile_feed_comes_out_safe() {
    let base = "https://evil-feed.example/feed.json";
    let story = story_at("hostile.json", base);
    assert_eq!(story.title, "Safe title");
    assert_eq!(story.standfirst.as_deref(), Some("Summary"));
    assert_eq!(story.url, None);
    assert_eq!(story.image, None);
    assert_eq!(story.authors[0].url, None);
    assert_eq!(story.authors[0].avatar, None);
    assert_eq!(
        story.authors[0].name, "<b>Eve</b>",
        "a name is text, shown as text"
    );
    for block in &story.body {
        for tree in common::block_trees(block) {
            assert!(common::payload_problems(tree).is_empty(), "{block:?}");
        }
    }
    let all = format!("{:?}", story.body);
    assert!(!all.contains("__trap"), "{all}");
    // Related: the item with an unsafe URL, the one that is not an object and the broken one are
    // left out; the one with a safe URL stays, its unsafe image dropped.
    assert_eq!(story.related.len(), 1);
    assert_eq!(story.related[0].title, "ok");
    assert_eq!(story.related[0].url, "https://evil-feed.example/ok");
    assert_eq!(story.related[0].image, None);
}

#[test]
fn faults_name_the_json_path() {
    let base = "https://f.example/feed.json";
    let cases: Vec<(Value, &str, Problem)> = vec![
        (
            json!({ "version": "https://jsonfeed.org/version/1.1", "items": {} }),
            "items",
            Problem::Expected("an array"),
        ),
        (
            json!({ "version": "https://jsonfeed.org/version/1.1" }),
            "items",
            Problem::Expected("a feed item (the list is empty)"),
        ),
        (
            json!({ "version": "https://jsonfeed.org/version/1", "items": [] }),
            "items",
            Problem::Expected("a feed item (the list is empty)"),
        ),
        (
            json!({ "version": "https://jsonfeed.org/version/1.1", "items": ["x"] }),
            "items[0]",
            Problem::Expected("an object"),
        ),
        (
            json!({ "version": "https://jsonfeed.org/version/1.1", "language": 7, "items": [item()] }),
            "language",
            Problem::Expected("a string"),
        ),
    ];
    for (doc, path, problem) in cases {
        assert_eq!(
            decode_error(&doc, base),
            DecodeError {
                path: path.into(),
                problem
            },
            "{doc}"
        );
    }
    let wrong: Vec<(&str, Value, &str, Problem)> = vec![
        (
            "title",
            json!(5),
            "items[0].title",
            Problem::Expected("a string"),
        ),
        (
            "content_html",
            json!(["<p>"]),
            "items[0].content_html",
            Problem::Expected("a string"),
        ),
        (
            "content_text",
            json!({}),
            "items[0].content_text",
            Problem::Expected("a string"),
        ),
        (
            "summary",
            json!(true),
            "items[0].summary",
            Problem::Expected("a string"),
        ),
        (
            "url",
            json!(1),
            "items[0].url",
            Problem::Expected("a string"),
        ),
        (
            "image",
            json!({}),
            "items[0].image",
            Problem::Expected("a string"),
        ),
        (
            "banner_image",
            json!(2),
            "items[0].banner_image",
            Problem::Expected("a string"),
        ),
        (
            "date_published",
            json!("yesterday"),
            "items[0].date_published",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "date_published",
            Value::Null,
            "items[0].date_published",
            Problem::Missing,
        ),
        (
            "date_modified",
            json!(3),
            "items[0].date_modified",
            Problem::Expected("an RFC 3339 date-time"),
        ),
        (
            "tags",
            json!("a,b"),
            "items[0].tags",
            Problem::Expected("an array"),
        ),
        (
            "tags",
            json!(["a", 2]),
            "items[0].tags[1]",
            Problem::Expected("a string"),
        ),
        (
            "authors",
            json!({}),
            "items[0].authors",
            Problem::Expected("an array"),
        ),
        (
            "authors",
            json!(["Ann"]),
            "items[0].authors[0]",
            Problem::Expected("an object"),
        ),
        (
            "authors",
            json!([{ "name": 1 }]),
            "items[0].authors[0].name",
            Problem::Expected("a string"),
        ),
        (
            "authors",
            json!([{ "name": "A", "avatar": [] }]),
            "items[0].authors[0].avatar",
            Problem::Expected("a string"),
        ),
        (
            "author",
            json!("Ann"),
            "items[0].author",
            Problem::Expected("an object"),
        ),
        (
            "language",
            json!(1),
            "items[0].language",
            Problem::Expected("a string"),
        ),
    ];
    for (key, value, path, problem) in wrong {
        let mut doc = item();
        doc[key] = value;
        assert_eq!(
            decode_error(&feed(doc), base),
            DecodeError {
                path: path.into(),
                problem
            },
            "{key}"
        );
    }
}

#[test]
fn detection_keeps_other_formats() {
    // A contract article is still a contract article, even with an `items` field.
    let contract = json!({ "version": 1, "id": "a", "title": "T", "published": "2024-01-01T00:00:00Z",
                           "body": [], "items": [] });
    let story = story_of(&contract, "https://f.example/a.json", "en");
    assert_eq!(story.format, Format::Contract);
    // A JSON Feed's version string is recognized with either scheme.
    let mut doc = feed(item());
    doc["version"] = json!("http://jsonfeed.org/version/1");
    assert_eq!(
        story_of(&doc, "https://f.example/", "en").format,
        Format::JsonFeed
    );
}
