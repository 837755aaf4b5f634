#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.
//! WordPress REST posts (`tests/fixtures/wordpress/`) → the same render model as contract
//! articles: shape detection, every field and block mapping, faults, hostile content, related
//! stories from Jetpack and from the category query.

use std::fs;
use std::path::Path;

use article_core::contract::decode_article;
use article_core::fault::Fault;
use article_core::json::{parse_json, DecodeError, Problem};
use article_core::logic::i18n::strings;
use article_core::logic::lang::{Dir, UiLang};
use article_core::logic::reading_time::MinuteRange;
use article_core::logic::time::parse_naive_utc;
use article_core::normalize::{
    reading_matter, related_from_json, story_from_json, Source, NOT_AN_ARTICLE, NO_POST,
};
use article_core::sanitize::{text_of, Attr, Node, Tag};
use article_core::story::{Block, LinkOut, Person, Picture, Story, Teaser};
use serde_json::{json, Value};

mod common;

/// Where the post's JSON comes from (its own REST URL, as `data-src` would give it).
const BASE: &str = "https://blog.example/wp-json/wp/v2/posts/4512?_embed";
/// The document at [`BASE`], read by a reader whose fallback language is French.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "fr",
};

fn fixture(name: &str) -> String {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures/wordpress")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn story(name: &str) -> Story {
    story_from_json(&fixture(name), &SOURCE).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn decode_error(text: &str) -> DecodeError {
    match story_from_json(text, &SOURCE) {
        Err(Fault::Decode(error)) => error,
        other => panic!("expected a decode fault, got {other:?}"),
    }
}

/// A minimal post around some `content.rendered`.
fn post(content: &str) -> Value {
    json!({
        "id": 1,
        "date_gmt": "2024-06-18T07:30:00",
        "link": "https://blog.example/2024/06/18/p/",
        "title": { "rendered": "T" },
        "content": { "rendered": content, "protected": false }
    })
}

fn blocks(content: &str) -> Vec<Block> {
    story_from_json(&post(content).to_string(), &SOURCE)
        .unwrap()
        .body
}

fn text(s: &str) -> Node {
    Node::Text(s.to_owned())
}

fn el(tag: Tag, children: Vec<Node>) -> Node {
    Node::Element {
        tag,
        attrs: Vec::new(),
        children,
    }
}

fn link(href: &str, children: Vec<Node>) -> Node {
    Node::Element {
        tag: Tag::A,
        attrs: vec![Attr::Href(href.to_owned())],
        children,
    }
}

/// The tags of a tree's elements, in document order.
fn tags(nodes: &[Node]) -> Vec<Tag> {
    let mut out = Vec::new();
    for node in nodes {
        if let Node::Element { tag, children, .. } = node {
            out.push(*tag);
            out.extend(tags(children));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Detection

#[test]
fn a_post_an_array_of_one_and_a_contract_article_all_decode() {
    let single = story("post.json");
    // The one-element array is the same post, as WordPress sends it (escaped slashes, \u00e9).
    let array = story("posts-array.json");
    assert_eq!(single, array);
    let contract = story_from_json(
        r#"{"id":"c","title":"Contrat","published":"2024-06-18T09:30:00+02:00","body":[]}"#,
        &SOURCE,
    )
    .unwrap();
    assert_eq!(contract.title, "Contrat");
}

#[test]
fn every_contract_fixture_still_decodes_and_errors_keep_their_paths() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures");
    for entry in fs::read_dir(root.join("valid")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            story_from_json(
                &text,
                &Source {
                    url: BASE,
                    fallback_lang: "en"
                }
            )
            .is_ok(),
            "{}",
            path.display()
        );
    }
    // An object that is not a post but has the contract's fields is decoded as an article, so
    // the reader still names the first offending field.
    let mut checked = 0;
    for entry in fs::read_dir(root.join("invalid")).unwrap() {
        let path = entry.unwrap().path();
        if path.ends_with("expected.json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let want = decode_article(&parse_json(&text).unwrap()).unwrap_err();
        let got = decode_error(&text);
        assert_eq!(got.path, want.path, "{}", path.display());
        if !path.ends_with("root-array.json") {
            assert_eq!(got, want, "{}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 30);
}

#[test]
fn anything_else_is_neither() {
    let neither = DecodeError {
        path: String::new(),
        problem: Problem::Expected(NOT_AN_ARTICLE),
    };
    assert_eq!(decode_error(&fixture("not-wordpress.json")), neither);
    for text in [
        "{}",
        "[1]",
        "[{\"id\":1}]",
        "\"post\"",
        "42",
        "null",
        "{\"title\":{\"rendered\":\"only a title\"}}",
        r#"{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}"#,
    ] {
        assert_eq!(decode_error(text), neither, "{text}");
    }
    assert_eq!(
        decode_error("[]"),
        DecodeError {
            path: String::new(),
            problem: Problem::Expected(NO_POST),
        }
    );
    let fault = story_from_json("[]", &SOURCE).unwrap_err();
    let strings = article_core::logic::i18n::strings(UiLang::En);
    assert!(fault.notice(strings).detail.contains("the list is empty"));
}

// ---------------------------------------------------------------------------------------------
// The post's fields

#[test]
fn post_fields_map_to_the_story() {
    let s = story("post.json");
    assert_eq!(s.id, "4512");
    assert_eq!(
        s.title, "L\u{2019}été & la «\u{a0}ville\u{a0}»",
        "entities decoded, non-breaking spaces kept"
    );
    assert_eq!(
        s.standfirst.as_deref(),
        Some("Canicule\u{a0}: îlots de fraîcheur, piscines ouvertes tard et parcs la nuit, la ville s\u{2019}adapte.")
    );
    assert_eq!(
        s.url.as_deref(),
        Some("https://blog.example/2024/06/18/lete-et-la-ville/")
    );
    assert_eq!((s.lang.as_str(), s.dir), ("fr", Dir::Ltr));
    assert_eq!(s.credit, None);
    assert_eq!(
        s.section,
        Some(LinkOut {
            label: "Ville & Société".into(),
            url: Some("https://blog.example/category/ville-societe/".into()),
        })
    );
    assert_eq!(
        s.tags,
        [
            LinkOut {
                label: "Canicule".into(),
                url: Some("https://blog.example/tag/canicule/".into()),
            },
            LinkOut {
                label: "Urbanisme".into(),
                url: Some("https://blog.example/tag/urbanisme/".into()),
            },
        ]
    );
    assert_eq!(
        s.authors,
        [Person {
            name: "Camille Durand".into(),
            bio: Some(
                "Journaliste au service Ville & Société depuis 2016. Couvre l\u{2019}urbanisme et le climat."
                    .into()
            ),
            url: Some("https://blog.example/author/camille-durand/".into()),
            avatar: Some(Picture {
                src: "https://avatars.blog.example/avatar/5f1c2a?s=96&d=mm&r=g".into(),
                alt: String::new(),
                caption: None,
                credit: None,
                width: Some(96),
                height: Some(96),
            }),
        }]
    );
    assert_eq!(
        s.image,
        Some(Picture {
            src: "https://blog.example/wp-content/uploads/2024/06/fontaines.jpg".into(),
            alt: "Des enfants jouent dans les jets d'eau d'une fontaine".into(),
            caption: Some("Les fontaines de la place du Marché, mardi après-midi.".into()),
            credit: Some("Léa Martin".into()),
            width: Some(1600),
            height: Some(900),
        })
    );
}

#[test]
fn the_continue_reading_link_is_not_part_of_the_standfirst() {
    let mut p = post("<p>x</p>");
    p["excerpt"] = json!({ "rendered": "<p>Le début de l&#8217;article&hellip; <a href=\"https://blog.example/p/\" class=\"more-link\">Lire la suite<span class=\"screen-reader-text\"> «&nbsp;T&nbsp;»</span></a></p>\n" });
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert_eq!(
        s.standfirst.as_deref(),
        Some("Le début de l\u{2019}article\u{2026}")
    );
    p["excerpt"] = json!({ "rendered": "" });
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert_eq!(s.standfirst, None);
}

#[test]
fn dates_are_utc() {
    let s = story("post.json");
    // date_gmt 2024-06-18T07:30:00 (the local `date` is 09:30 at +02:00).
    assert_eq!(s.published.iso, "2024-06-18T07:30:00Z");
    assert_eq!(s.published.epoch_ms, 1_718_695_800_000.0);
    let updated = s.updated.unwrap();
    assert_eq!(updated.iso, "2024-06-18T12:05:12Z");
    assert_eq!(updated.epoch_ms, 1_718_712_312_000.0);
    // Never modified after publication: no "updated" line.
    assert_eq!(story("no-embedded.json").updated, None);
}

#[test]
fn dates_fall_back_and_bad_ones_name_their_field() {
    let mut p = post("<p>x</p>");
    p["date_gmt"] = Value::Null;
    p["date"] = json!("2024-06-18T09:30:00");
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert_eq!(s.published.iso, "2024-06-18T09:30:00Z");

    p["date"] = Value::Null;
    assert_eq!(
        decode_error(&p.to_string()),
        DecodeError {
            path: "date_gmt".into(),
            problem: Problem::Missing
        }
    );
    p["date_gmt"] = json!("18/06/2024");
    assert_eq!(decode_error(&p.to_string()).path, "date_gmt");
    p["date_gmt"] = json!(1_718_695_800);
    assert_eq!(decode_error(&p.to_string()).path, "date_gmt");
    p["date_gmt"] = json!("2024-06-18T07:30:00");
    p["modified_gmt"] = json!("2024-13-01T00:00:00");
    assert_eq!(decode_error(&p.to_string()).path, "modified_gmt");
    // In a list, the path leads into it.
    assert_eq!(
        decode_error(&json!([p]).to_string()).path,
        "[0].modified_gmt"
    );
}

#[test]
fn reading_time_is_computed_as_for_contract_articles() {
    let s = story("post.json");
    // The fixture's body keeps 794 characters of text (its paragraphs, headings, list items and
    // quote; not the caption) and one image. French reads at 998 ± 126 characters a minute and
    // the image adds 12 s: 794 / 1124 + 0.2 = 0.9 min fast, 794 / 872 + 0.2 = 1.1 min slow.
    let (chars, images, _) = reading_matter(&s.body);
    assert_eq!((chars, images), (794, 1));
    assert_eq!(s.body_chars, 794);
    assert_eq!(s.reading, MinuteRange { fast: 1, slow: 1 });
    // 80 sentences of 40 characters: 3200 / 1124 = 2.8 min fast, 3200 / 872 = 3.7 min slow.
    let long = format!(
        "<p>{}</p>",
        "Une phrase de quarante caractères, ici. ".repeat(80)
    );
    let s = story_from_json(&post(&long).to_string(), &SOURCE).unwrap();
    assert_eq!(s.body_chars, 3200);
    assert_eq!(s.reading, MinuteRange { fast: 3, slow: 4 });
}

#[test]
fn a_post_without_embedded_keeps_what_it_has() {
    let s = story("no-embedded.json");
    assert_eq!(s.title, "Budget participatif\u{a0}: les résultats");
    assert!(s.authors.is_empty());
    assert_eq!(s.image, None);
    assert_eq!(s.section, None);
    assert!(s.tags.is_empty());
    assert_eq!(s.body.len(), 3);
    assert_eq!(
        s.body[1],
        Block::Heading {
            level: 4,
            text: "Les lauréats".into(),
            id: None,
        }
    );
    assert!(matches!(&s.body[2], Block::List { ordered: true, items } if items.len() == 2));
    // Related stories come from the post's first category id.
    assert_eq!(
        s.related_src.as_deref(),
        Some(
            "https://blog.example/wp-json/wp/v2/posts?categories=9&exclude=4387&per_page=6&_embed"
        )
    );
}

#[test]
fn forbidden_or_missing_embedded_parts_are_left_out() {
    let mut p = post("<p>x</p>");
    p["_embedded"] = json!({
        "author": [{ "code": "rest_user_cannot_view", "message": "Sorry.", "data": { "status": 401 } }],
        "wp:featuredmedia": [{ "code": "rest_forbidden", "message": "Sorry.", "data": { "status": 403 } }],
        "wp:term": [[{ "code": "rest_forbidden", "data": { "status": 403 } }], "not an array"]
    });
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert!(s.authors.is_empty());
    assert_eq!(s.image, None);
    assert_eq!(s.section, None);
    assert!(s.tags.is_empty());
    // Missing fields entirely: still a story.
    let s = story_from_json(&json!({ "title": { "rendered": "" }, "content": { "rendered": "" }, "date": "2024-06-18T07:30:00" })
            .to_string(), &Source { url: BASE, fallback_lang: "en" })
    .unwrap();
    assert_eq!((s.id.as_str(), s.url.as_deref()), ("", None));
    assert!(s.body.is_empty());
    // A video attachment is not a lead image; the "Uncategorized" default is not a section.
    p["_embedded"] = json!({
        "wp:featuredmedia": [{ "media_type": "file", "source_url": "https://blog.example/v.mp4" }],
        "wp:term": [[{ "id": 1, "name": "Uncategorized", "slug": "uncategorized", "taxonomy": "category" }]]
    });
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert_eq!(s.image, None);
    assert_eq!(s.section, None);
    assert_eq!(s.related_src, None);
}

#[test]
fn a_protected_post_is_a_clear_fault() {
    let fault = story_from_json(&fixture("protected.json"), &SOURCE).unwrap_err();
    assert_eq!(
        fault,
        Fault::Decode(DecodeError {
            path: "content.protected".into(),
            problem: Problem::PasswordProtected,
        })
    );
    // The reader is told why, in its language.
    let notice = fault.notice(strings(UiLang::Fr));
    assert_eq!(notice.sentence, strings(UiLang::Fr).error_protected);
    let list = format!("[{}]", fixture("protected.json"));
    let fault = story_from_json(&list, &SOURCE).unwrap_err();
    assert!(matches!(
        fault,
        Fault::Decode(DecodeError {
            problem: Problem::PasswordProtected,
            ..
        })
    ));
    assert!(format!("{fault:?}").contains("[0].content.protected"));
}

// ---------------------------------------------------------------------------------------------
// Gutenberg blocks

#[test]
fn every_block_of_the_post_maps() {
    let body = story("post.json").body;
    assert_eq!(body.len(), 13, "{body:#?}");
    assert_eq!(
        body[0],
        Block::Paragraph(vec![
            text("Depuis lundi, le thermomètre dépasse les 35\u{a0}°C dans le centre. La mairie a déclenché "),
            link(
                "https://blog.example/2024/06/10/plan-canicule/",
                vec![text("son plan canicule")]
            ),
            text(" et prolonge les horaires des piscines."),
        ])
    );
    assert_eq!(
        body[1],
        Block::Paragraph(vec![
            text("Les habitants s\u{2019}organisent\u{a0}: "),
            el(Tag::Strong, vec![text("brumisateurs")]),
            text(", volets clos et "),
            el(Tag::Em, vec![text("siestes")]),
            text(" à l\u{2019}ombre des platanes."),
        ])
    );
    assert_eq!(
        body[2],
        Block::Heading {
            level: 2,
            text: "Des îlots de fraîcheur".into(),
            id: Some("des-ilots-de-fraicheur".into()),
        }
    );
    assert!(matches!(&body[3], Block::Paragraph(_)));
    assert_eq!(
        body[4],
        Block::Figure(Picture {
            src: "https://blog.example/wp-content/uploads/2024/06/parc-1024x576.jpg".into(),
            alt: "Un banc à l'ombre des platanes du parc".into(),
            caption: Some("Le parc des Tilleuls, ouvert jusqu\u{2019}à minuit.".into()),
            credit: None,
            width: Some(1024),
            height: Some(576),
        })
    );
    assert_eq!(
        body[5],
        Block::Heading {
            level: 3,
            text: "Ce que prévoit la mairie".into(),
            id: None,
        }
    );
    assert_eq!(
        body[6],
        Block::List {
            ordered: false,
            items: vec![
                vec![text("Piscines ouvertes jusqu\u{2019}à 22\u{a0}h")],
                vec![
                    text("Parcs ouverts "),
                    el(Tag::Strong, vec![text("toute la nuit")])
                ],
                vec![
                    text("Une "),
                    link(
                        "https://blog.example/canicule/",
                        vec![text("page d\u{2019}information")]
                    ),
                    text(" mise à jour chaque matin"),
                ],
            ],
        }
    );
    assert_eq!(
        body[7],
        Block::Quote {
            content: vec![
                text("On ne peut pas climatiser une ville."),
                el(Tag::Br, vec![]),
                text("Mais on peut l\u{2019}"),
                el(Tag::Em, vec![text("ombrager")]),
                text("."),
            ],
            cite: Some("Inès Morel, adjointe à l\u{2019}urbanisme".into()),
        }
    );
    assert_eq!(
        body[8],
        Block::Embed {
            url: "https://video.example/watch?v=Fr41cHeUr".into(),
            title: None,
            provider: Some("YouTube".into()),
        }
    );
    assert_eq!(body[9], Block::Rich(vec![el(Tag::Hr, vec![])]));
    let Block::Rich(table) = &body[10] else {
        panic!("table: {:?}", body[10])
    };
    assert_eq!(
        tags(table),
        [
            Tag::Figure,
            Tag::Table,
            Tag::Thead,
            Tag::Tr,
            Tag::Th,
            Tag::Th,
            Tag::Tbody,
            Tag::Tr,
            Tag::Td,
            Tag::Td,
            Tag::Tr,
            Tag::Td,
            Tag::Td,
            Tag::Figcaption
        ]
    );
    assert!(text_of(table).contains("Piscine Jean-Bouin"));
    assert_eq!(
        body[11],
        Block::Rich(vec![el(
            Tag::Pre,
            vec![el(
                Tag::Code,
                vec![text(
                    "GET /wp-json/fraicheur/v1/lieux?quartier=centre&ouvert=1"
                )]
            )]
        )])
    );
    let Block::Rich(group) = &body[12] else {
        panic!("group: {:?}", body[12])
    };
    assert_eq!(tags(group), [Tag::P, Tag::P]);
    assert!(text_of(group).contains("registre municipal"));
}

#[test]
fn heading_levels_are_clamped() {
    let body = blocks(
        "<h1>Un</h1><h2 class=\"wp-block-heading\">Deux</h2><h3>Trois</h3>\
         <h4>Quatre</h4><h5>Cinq</h5><h6>Six <em>!</em></h6><h2> </h2>",
    );
    let levels: Vec<(u8, &str)> = body
        .iter()
        .map(|b| match b {
            Block::Heading { level, text, .. } => (*level, text.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        levels,
        [
            (2, "Un"),
            (2, "Deux"),
            (3, "Trois"),
            (4, "Quatre"),
            (4, "Cinq"),
            (4, "Six !")
        ]
    );
}

#[test]
fn whitespace_comments_and_empty_blocks_are_skipped() {
    let body = blocks(
        "\n\n<!-- wp:paragraph -->\n<p>Un</p>\n<!-- /wp:paragraph -->\n\n\n\n<p></p>\n<p>&nbsp;</p>\
         <div style=\"height:32px\" aria-hidden=\"true\" class=\"wp-block-spacer\"></div>\n\
         <style>.wp-container-1{gap:2em}</style>\n<script>var x = 1;</script>\n<p>Deux</p>\n",
    );
    assert_eq!(
        body,
        [
            Block::Paragraph(vec![text("Un")]),
            Block::Paragraph(vec![text("Deux")])
        ]
    );
}

#[test]
fn author_ids_and_in_page_links_are_kept() {
    // A hand-made table of contents, a heading's anchor and footnotes both ways (issue 24); a
    // heading's permalink mark is dropped (item 6).
    let body = blocks(
        "<ul><li><a href=\"#les-chiffres\">Les chiffres</a></li></ul>\
         <h2 class=\"wp-block-heading\" id=\"les-chiffres\">Les chiffres <a href=\"#les-chiffres\" class=\"anchor\">¶</a></h2>\
         <p>Texte<sup id=\"ref-1\"><a href=\"#fn-1\">1</a></sup>.</p>\
         <ol class=\"notes\"><li id=\"fn-1\">Note. <a href=\"#ref-1\">↩</a></li></ol>",
    );
    let id = |v: &str| Attr::Id(v.into());
    let href = |v: &str| Attr::Href(v.into());
    let node = |tag, attrs, children| Node::Element {
        tag,
        attrs,
        children,
    };
    assert_eq!(
        body,
        [
            Block::List {
                ordered: false,
                items: vec![vec![node(
                    Tag::A,
                    vec![href("#les-chiffres")],
                    vec![text("Les chiffres")]
                )]],
            },
            Block::Heading {
                level: 2,
                text: "Les chiffres".into(),
                id: Some("les-chiffres".into()),
            },
            Block::Paragraph(vec![
                text("Texte"),
                node(
                    Tag::Sup,
                    vec![id("ref-1")],
                    vec![node(Tag::A, vec![href("#fn-1")], vec![text("1")])]
                ),
                text("."),
            ]),
            Block::Rich(vec![node(
                Tag::Ol,
                vec![],
                vec![node(
                    Tag::Li,
                    vec![id("fn-1")],
                    vec![
                        text("Note. "),
                        node(Tag::A, vec![href("#ref-1")], vec![text("↩")])
                    ]
                )]
            )]),
        ]
    );
}

#[test]
fn classic_editor_markup_still_reads() {
    // Loose text and phrasing elements at the top level make one paragraph; an unclosed `p`
    // ends where the next block starts.
    let body = blocks("Du texte <strong>libre</strong> ici.\n<p>Un<p>Deux<h2>Titre</h2>Fin");
    assert_eq!(
        body,
        [
            Block::Paragraph(vec![
                text("Du texte "),
                el(Tag::Strong, vec![text("libre")]),
                text(" ici.\n")
            ]),
            Block::Paragraph(vec![text("Un")]),
            Block::Paragraph(vec![text("Deux")]),
            Block::Heading {
                level: 2,
                text: "Titre".into(),
                id: None,
            },
            Block::Paragraph(vec![text("Fin")]),
        ]
    );
    // A classic `[caption]` image, and an aligned image block wrapped in a div.
    let body = blocks(
        "<figure id=\"attachment_9\" aria-describedby=\"caption-attachment-9\" class=\"wp-caption aligncenter\">\
         <img src=\"/wp-content/uploads/a.jpg\" alt=\"A\" width=\"300\" height=\"200\"/>\
         <figcaption id=\"caption-attachment-9\" class=\"wp-caption-text\">Légende A</figcaption></figure>\
         <div class=\"wp-block-image\"><figure class=\"aligncenter size-large\">\
         <a href=\"https://blog.example/b.jpg\"><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://blog.example/b.jpg\" alt=\"\"/></a></figure></div>",
    );
    assert_eq!(
        body,
        [
            Block::Figure(Picture {
                src: "https://blog.example/wp-content/uploads/a.jpg".into(),
                alt: "A".into(),
                caption: Some("Légende A".into()),
                credit: None,
                width: Some(300),
                height: Some(200),
            }),
            Block::Figure(Picture {
                src: "https://blog.example/b.jpg".into(),
                alt: String::new(),
                caption: None,
                credit: None,
                width: None,
                height: None,
            }),
        ]
    );
}

#[test]
fn lists_quotes_and_pullquotes() {
    let body = blocks(
        "<ol class=\"wp-block-list\"><li>Un</li><li></li><li>Deux <a href=\"/d\">lien</a></li></ol>\
         <ul class=\"wp-block-list\"><li>Parent<ul class=\"wp-block-list\"><li>Enfant</li></ul></li></ul>\
         <figure class=\"wp-block-pullquote\"><blockquote><p>Une phrase forte.</p><cite>Une source</cite></blockquote></figure>\
         <blockquote class=\"wp-block-quote\"><p>Sans source.</p></blockquote>",
    );
    assert_eq!(
        body[0],
        Block::List {
            ordered: true,
            items: vec![
                vec![text("Un")],
                vec![
                    text("Deux "),
                    link("https://blog.example/d", vec![text("lien")])
                ]
            ],
        }
    );
    let Block::Rich(nested) = &body[1] else {
        panic!("nested list: {:?}", body[1])
    };
    assert_eq!(tags(nested), [Tag::Ul, Tag::Li, Tag::Ul, Tag::Li]);
    assert_eq!(
        body[2],
        Block::Quote {
            content: vec![text("Une phrase forte.")],
            cite: Some("Une source".into())
        }
    );
    assert_eq!(
        body[3],
        Block::Quote {
            content: vec![text("Sans source.")],
            cite: None
        }
    );
}

#[test]
fn embeds_become_link_cards() {
    let body = blocks(
        // oEmbed already rendered: the iframe's source and title.
        "<figure class=\"wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo\"><div class=\"wp-block-embed__wrapper\">\n\
         <iframe title=\"Visite &amp; nuit\" src=\"https://player.video.example/video/1?dnt=1&amp;app=2\"></iframe>\n</div></figure>\
         <figure class=\"wp-block-embed is-type-rich wp-block-embed-some-network\"><div class=\"wp-block-embed__wrapper\">\n\
         <blockquote class=\"network-post\"><p>Un message</p>&mdash; Quelqu&#8217;un <a href=\"https://social.example/@a\">@a</a> \
         <a href=\"https://social.example/@a/1\">18 juin 2024</a></blockquote><script async src=\"https://social.example/widgets.js\"></script>\n\
         </div><figcaption class=\"wp-element-caption\">Le message</figcaption></figure>\
         <figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nnot a url at all\n</div></figure>\
         <figure class=\"wp-block-video\"><video controls src=\"/wp-content/uploads/clip.mp4\"></video><figcaption class=\"wp-element-caption\">Le clip</figcaption></figure>",
    );
    assert_eq!(
        body,
        [
            Block::Embed {
                url: "https://player.video.example/video/1?dnt=1&app=2".into(),
                title: Some("Visite & nuit".into()),
                provider: Some("Vimeo".into()),
            },
            Block::Embed {
                url: "https://social.example/@a/1".into(),
                title: Some("Le message".into()),
                provider: Some("Some Network".into()),
            },
            Block::Embed {
                url: "https://blog.example/wp-content/uploads/clip.mp4".into(),
                title: Some("Le clip".into()),
                provider: None,
            },
        ]
    );
}

#[test]
fn relative_urls_resolve_against_the_post_url() {
    let body = blocks("<p><a href=\"/a/\">a</a> <a href=\"#n\">n</a></p><figure class=\"wp-block-image\"><img src=\"img/x.png\" alt=\"\"/></figure>");
    assert_eq!(
        body[0],
        Block::Paragraph(vec![
            link("https://blog.example/a/", vec![text("a")]),
            text(" "),
            link("#n", vec![text("n")]),
        ])
    );
    let Block::Figure(picture) = &body[1] else {
        panic!()
    };
    assert_eq!(
        picture.src,
        "https://blog.example/wp-json/wp/v2/posts/img/x.png"
    );
}

/// Attribute values are decoded by the attribute rules, as the sanitizer decodes them: a named
/// reference without its `;` followed by `=` or an alphanumeric stays as written, so query strings
/// such as `&copy=2&not=3` keep their meaning (text rules would turn them into `©=2¬=3`).
#[test]
fn attribute_urls_decode_as_the_sanitizer_decodes_them() {
    let url = "https://img.example/i.php?a=1&copy=2&not=3&amp;b=4";
    let expected = "https://img.example/i.php?a=1&copy=2&not=3&b=4";
    let body = blocks(&format!(
        "<figure class=\"wp-block-image\"><img src=\"{url}\" alt=\"\"/></figure>\
         <figure class=\"wp-block-video\"><video src=\"{url}\"></video></figure>\
         <figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\
         <iframe title=\"T\" src=\"{url}\"></iframe></div></figure>\
         <div><img src=\"{url}\" alt=\"x\"></div>"
    ));
    let Block::Figure(picture) = &body[0] else {
        panic!("{body:?}")
    };
    assert_eq!(picture.src, expected);
    for embed in &body[1..3] {
        let Block::Embed { url, .. } = embed else {
            panic!("{body:?}")
        };
        assert_eq!(url, expected);
    }
    // The same URL in markup that the sanitizer reads (a rich block) comes out the same.
    let Block::Rich(nodes) = &body[3] else {
        panic!("{body:?}")
    };
    let src = format!("{nodes:?}");
    assert!(src.contains(&format!("Src(\"{expected}\")")), "{src}");
    // And a lazy-loaded image's `data-src` too.
    let lazy = blocks(&format!(
        "<figure class=\"wp-block-image\"><img data-src=\"{url}\" alt=\"\"></figure>"
    ));
    assert!(
        matches!(&lazy[0], Block::Figure(p) if p.src == expected),
        "{lazy:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile content

fn assert_inert(story: &Story, ctx: &str) {
    let debug = format!("{story:?}").to_ascii_lowercase();
    for needle in [
        "javascript",
        "vbscript",
        "data:",
        "alert",
        "onerror",
        "onclick",
        "onmouseover",
        "onload",
        "<script",
        "<img",
        "<style",
        "srcdoc",
    ] {
        assert!(!debug.contains(needle), "{ctx}: {needle:?} in {debug}");
    }
    // Every URL the story holds, body trees included (one walker for all tests: tests/common).
    let found = common::story_urls(story).into_iter().map(|(_, url)| url);
    for url in found {
        assert!(
            url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#'),
            "{ctx}: {url}"
        );
    }
}

#[test]
fn hostile_content_comes_out_inert() {
    let s = story("hostile.json");
    assert_inert(&s, "hostile.json");
    assert_eq!(s.title, "Titre piégé");
    assert_eq!(s.standfirst.as_deref(), Some("Résumé cliquez"));
    assert_eq!(s.url, None);
    assert_eq!(s.image, None);
    assert_eq!(s.authors[0].url, None);
    assert_eq!(s.authors[0].avatar, None);
    assert_eq!(s.authors[0].bio.as_deref(), Some("Bio sûre"));
    assert_eq!(
        s.section,
        Some(LinkOut {
            label: "Politique".into(),
            url: None
        })
    );
    assert_eq!(s.tags[0].url, None);
    assert_eq!(s.tags[0].label, "Étiquette");
    assert_eq!(
        s.body[0],
        Block::Paragraph(vec![text("Texte piégé et encore ")])
    );
    assert_eq!(
        s.body[1],
        Block::Heading {
            level: 2,
            text: "Titre".into(),
            id: None,
        }
    );
    // The image with a script source is gone; the safe one stays without its handler.
    assert!(matches!(&s.body[2], Block::Figure(p) if p.src.ends_with("/ok.jpg")));
    // The embed with a script URL is gone; the one with a forged provider class has none.
    assert_eq!(
        s.body[3],
        Block::Embed {
            url: "https://video.example/embed/1".into(),
            title: Some("Vidéo".into()),
            provider: None
        }
    );
    assert_eq!(
        s.body[4],
        Block::Quote {
            content: vec![text("Citation")],
            cite: Some("Source".into())
        }
    );
    assert_eq!(
        s.body[5],
        Block::List {
            ordered: false,
            items: vec![vec![text("Liste")], vec![text("donnée")]]
        }
    );
    let Block::Rich(group) = &s.body[6] else {
        panic!("{:?}", s.body[6])
    };
    // The SVG and the form vanish; the MathML formula keeps its text (`x`).
    assert_eq!(text_of(group).trim(), "Groupex");
    assert_eq!(s.body[7], Block::Paragraph(vec![text("Fin")]));
    assert_eq!(s.body.len(), 8, "{:#?}", s.body);
    let titles: Vec<&str> = s.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Lien sûr"]);
    assert_eq!(s.related[0].section.as_deref(), Some("Ville"));
    assert_eq!(s.related[0].image, None);
}

#[test]
fn the_hostile_corpus_is_inert_and_never_panics_as_post_content() {
    let cases: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/hostile/cases.json")).unwrap();
    let cases = cases.as_array().unwrap();
    assert!(cases.len() > 50);
    for case in cases {
        let html = case["html"].as_str().unwrap();
        let name = case["name"].as_str().unwrap();
        // The case as the whole content, inside a block, and cut at a few places.
        let wrapped = [
            html.to_owned(),
            format!("<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">{html}</div></figure>"),
            format!("<blockquote class=\"wp-block-quote\"><p>{html}</p><cite>{html}</cite></blockquote>"),
            format!("<ul class=\"wp-block-list\"><li>{html}</li></ul><figure class=\"wp-block-image\">{html}</figure>"),
        ];
        for content in wrapped {
            let cuts = [content.len(), content.len() / 2, content.len() / 3];
            for cut in cuts {
                let Some(content) = content.get(..cut) else {
                    continue;
                };
                let mut p = post(content);
                p["title"] = json!({ "rendered": content });
                p["excerpt"] = json!({ "rendered": content });
                let s = story_from_json(
                    &p.to_string(),
                    &Source {
                        url: BASE,
                        fallback_lang: "en",
                    },
                )
                .unwrap_or_else(|e| panic!("{name}: {e:?}"));
                let ctx = format!("{name} cut at {cut}");
                let found = common::story_urls(&s).into_iter().map(|(_, url)| url);
                // Every URL is absolute http(s) under the base, mailto, or a fragment.
                for url in found {
                    let lower = url.to_ascii_lowercase();
                    assert!(
                        ["https://", "http://", "mailto:", "#"]
                            .iter()
                            .any(|scheme| lower.starts_with(scheme)),
                        "{ctx}: {url}"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Related stories

#[test]
fn related_src_is_the_category_query() {
    let s = story("post.json");
    assert!(s.related.is_empty());
    assert_eq!(
        s.related_src.as_deref(),
        Some(
            "https://blog.example/wp-json/wp/v2/posts?categories=12&exclude=4512&per_page=6&_embed"
        )
    );
    // From `_links.self` when the post came from elsewhere (a copy, a proxy).
    let s = story_from_json(
        &fixture("post.json"),
        &Source {
            url: "http://127.0.0.1:8181/fixtures/wordpress/post.json",
            fallback_lang: "fr",
        },
    )
    .unwrap();
    assert_eq!(
        s.related_src.as_deref(),
        Some(
            "https://blog.example/wp-json/wp/v2/posts?categories=12&exclude=4512&per_page=6&_embed"
        )
    );
    // Sites without pretty permalinks.
    let s = story_from_json(
        &fixture("post.json"),
        &Source {
            url: "https://blog.example/?rest_route=/wp/v2/posts/4512&_embed",
            fallback_lang: "fr",
        },
    )
    .unwrap();
    assert_eq!(
        s.related_src.as_deref(),
        Some("https://blog.example/?rest_route=/wp/v2/posts&categories=12&exclude=4512&per_page=6&_embed")
    );
}

#[test]
fn related_from_jetpack() {
    let s = story("jetpack.json");
    assert_eq!(s.related_src, None, "the Jetpack list is enough");
    assert_eq!(
        s.related,
        [
            Teaser {
                title: "Une expo photo sur les quais".into(),
                url: "https://blog.example/2024/05/12/expo-photo-quais/".into(),
                src: None,
                section: Some("Culture".into()),
                published: None,
                reading_minutes: None,
                image: Some(Picture {
                    src: "https://blog.example/wp-content/uploads/2024/05/expo-350x200.jpg".into(),
                    alt: "Des passants devant les tirages".into(),
                    caption: None,
                    credit: None,
                    width: Some(350),
                    height: Some(200),
                }),
            },
            // The post itself (same link) is left out; "Article similaire" is no section.
            Teaser {
                title: "Le conservatoire rouvre ses portes".into(),
                url: "https://blog.example/2024/04/02/conservatoire/".into(),
                src: None,
                section: None,
                published: None,
                reading_minutes: None,
                image: None,
            },
        ]
    );
    // The rendered oEmbed iframe of that post.
    assert_eq!(
        s.body[1],
        Block::Embed {
            url: "https://player.video.example/video/81624?dnt=1&app_id=122963".into(),
            title: Some("Visite nocturne du musée des Beaux-Arts".into()),
            provider: Some("Vimeo".into()),
        }
    );
    assert_eq!(s.updated.unwrap().iso, "2024-05-19T06:12:00Z");
}

#[test]
fn related_from_the_category_list() {
    let list = Source {
        url:
            "https://blog.example/wp-json/wp/v2/posts?categories=12&exclude=4512&per_page=6&_embed",
        fallback_lang: "fr",
    };
    let current = [BASE, "https://blog.example/2024/06/18/lete-et-la-ville/"];
    let teasers = related_from_json(&fixture("category-list.json"), &list, &current).unwrap();
    assert_eq!(teasers.len(), 3);
    assert_eq!(
        teasers[0],
        Teaser {
            title: "Piscines\u{a0}: les horaires d\u{2019}été".into(),
            url: "https://blog.example/2024/06/14/piscines-horaires-ete/".into(),
            src: Some("https://blog.example/wp-json/wp/v2/posts/4490?_embed".into()),
            section: Some("Ville & Société".into()),
            published: parse_naive_utc("2024-06-14T06:00:00"),
            reading_minutes: None,
            image: Some(Picture {
                src: "https://blog.example/wp-content/uploads/2024/06/piscines-horaires-ete.jpg"
                    .into(),
                alt: String::new(),
                caption: None,
                credit: None,
                width: Some(1200),
                height: Some(675),
            }),
        }
    );
    // A forbidden featured image is left out.
    assert_eq!(teasers[1].image, None);
    assert_eq!(
        teasers[1].src.as_deref(),
        Some("https://blog.example/wp-json/wp/v2/posts/4475?_embed")
    );
    // A protected post opens on the site (where its password form is), not in place.
    assert_eq!(teasers[2].src, None);
    assert_eq!(
        teasers[2].url,
        "https://blog.example/2024/06/05/reunion-quartier-nord/"
    );

    // The current post is left out, by REST URL or by link.
    let mut posts: Value = serde_json::from_str(&fixture("category-list.json")).unwrap();
    let current_post: Value = serde_json::from_str(&fixture("post.json")).unwrap();
    posts.as_array_mut().unwrap().insert(0, current_post);
    let teasers = related_from_json(&posts.to_string(), &list, &current).unwrap();
    assert_eq!(teasers.len(), 3);
    assert!(teasers.iter().all(|t| !t.url.contains("lete-et-la-ville")));

    // Not a list: a fault (the reader leaves the related list out quietly).
    assert!(related_from_json("{}", &list, &[]).is_err());
    assert!(related_from_json("[", &list, &[]).is_err());
    // A list with no post in it is neither kind of list.
    assert!(related_from_json("[1, {\"id\": 2}]", &list, &[]).is_err());
}

// ---------------------------------------------------------------------------------------------
// Size

#[test]
fn large_and_pathological_content_stays_linear() {
    let started = std::time::Instant::now();
    let paragraphs = "<p>Un paragraphe <em>assez</em> court.</p>\n\n\n\n".repeat(20_000);
    assert_eq!(blocks(&paragraphs).len(), 20_000);
    for content in [
        "<div>".repeat(50_000),
        "<p>".repeat(50_000),
        "<ul class=\"wp-block-list\"><li>".repeat(20_000),
        "<blockquote class=\"wp-block-quote\"><p>".repeat(20_000),
        "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">".repeat(20_000),
        "<script>".repeat(50_000),
        "<!--".repeat(50_000),
        "<a href=\"x".repeat(50_000),
        "</p>".repeat(50_000),
        "<".repeat(100_000),
    ] {
        let _ = blocks(&content);
    }
    // Generous for a debug build; a quadratic scan of these inputs would take minutes.
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

/// The standfirst of `content` with the excerpt `excerpt` (both as WordPress renders them).
fn standfirst_of(content: &str, excerpt: &str) -> Option<String> {
    let mut p = post(content);
    p["excerpt"] = json!({ "rendered": excerpt });
    story_from_json(&p.to_string(), &SOURCE).unwrap().standfirst
}

#[test]
fn the_automatic_excerpt_is_not_a_standfirst() {
    // 60 words over two paragraphs: WordPress's excerpt is the first 55, flattened, plus " […]".
    let words: Vec<String> = (1..=60).map(|n| format!("mot{n}")).collect();
    let content = format!(
        "<p>L&#8217;été {}</p>\n<p>{}</p>\n",
        words[..30].join(" "),
        words[30..].join(" ")
    );
    let automatic = format!("<p>L&#8217;été {} [&hellip;]</p>\n", words[..54].join(" "));
    assert_eq!(standfirst_of(&content, &automatic), None);
    // Past its opening, text the reader leaves out (a button's) does not make it a written one.
    let content = format!(
        "<p>{} <button>Voter</button> {}</p>\n",
        words[..30].join(" "),
        words[30..].join(" ")
    );
    let automatic = format!(
        "<p>{} Voter {} [&hellip;]</p>\n",
        words[..30].join(" "),
        words[30..54].join(" ")
    );
    assert_eq!(standfirst_of(&content, &automatic), None);
    // With a `<!--more-->`: the text before it (no ellipsis), even after a leading image.
    let content = "<figure class=\"wp-block-image\"><img src=\"/a.jpg\" alt=\"\"><figcaption>Photo</figcaption></figure>\n<p>Le début, « cité ».</p>\n<p><span id=\"more-1\"></span></p>\n<p>La suite.</p>\n";
    assert_eq!(
        standfirst_of(
            content,
            "<p>Le début, &laquo;&nbsp;cité&nbsp;&raquo;.</p>\n"
        ),
        None
    );
    // WordPress 6.1 leaves the list items out: a table of contents before the text.
    let content = "<ul><li><a href=\"#a\">Les chiffres</a></li><li><a href=\"#b\">Les écoles</a></li></ul>\n<p>Le conseil a voté.</p>\n<h2 id=\"a\">Les chiffres</h2>\n";
    assert_eq!(
        standfirst_of(content, "<p>Le conseil a voté. Les chiffres</p>\n"),
        None
    );
    // A short post, or a Japanese one (no spaces to count): the whole text.
    let content = "<h2>見出し</h2>\n<p>大雨のため、市内の三つの学校が休校になりました。</p>\n<ul><li>東小学校</li><li>西中学校</li></ul>\n";
    assert_eq!(
        standfirst_of(
            content,
            "<p>見出し 大雨のため、市内の三つの学校が休校になりました。 東小学校 西中学校</p>\n"
        ),
        None
    );
    // The excerpt with a "Continue reading" link a theme appends.
    assert_eq!(
        standfirst_of(
            "<p>Court texte.</p>",
            "<p>Court texte. <a href=\"https://blog.example/p/\" class=\"more-link\">Lire la suite</a></p>\n"
        ),
        None
    );
}

#[test]
fn a_written_excerpt_is_the_standfirst() {
    let content =
        "<p>Le conseil municipal a voté mardi le budget 2026.</p>\n<p>Les écoles en premier.</p>\n";
    assert_eq!(
        standfirst_of(
            content,
            "<p>Écoles et quais : ce que change le budget.</p>\n"
        )
        .as_deref(),
        Some("Écoles et quais : ce que change le budget.")
    );
    // Its words found later in the text, not at its opening.
    let content = format!(
        "<p>{}</p>\n<p>Les écoles en premier.</p>\n",
        "Le conseil municipal a voté mardi le budget 2026. ".repeat(12)
    );
    assert_eq!(
        standfirst_of(&content, "<p>Les écoles en premier.</p>\n").as_deref(),
        Some("Les écoles en premier.")
    );
}

#[test]
fn links_lose_their_tracking_parameters() {
    let body = blocks(concat!(
        "<p><a href=\"https://twitter.com/floodwatch/status/1?ref_src=twsrc%5Etfw\">tweet</a> ",
        "<a href=\"https://news.example/a?utm_source=x&amp;utm_medium=y&amp;id=3&amp;fbclid=Z#top\">a</a> ",
        "<a href=\"/b?gclid=1\">b</a></p>",
        "<figure class=\"wp-block-embed is-provider-twitter wp-block-embed-twitter\"><div class=\"wp-block-embed__wrapper\">",
        "<blockquote class=\"twitter-tweet\"><p>Text</p>&mdash; Flood Watch (@floodwatch) ",
        "<a href=\"https://twitter.com/floodwatch/status/2?ref_src=twsrc%5Etfw\">May 12, 2026</a></blockquote>",
        "</div></figure>"
    ));
    let debug = format!("{body:?}");
    for tracking in ["ref_src", "utm_", "fbclid", "gclid"] {
        assert!(!debug.contains(tracking), "{tracking} in {debug}");
    }
    for kept in [
        "\"https://twitter.com/floodwatch/status/1\"",
        "\"https://news.example/a?id=3#top\"",
        "\"https://blog.example/b\"",
        "\"https://twitter.com/floodwatch/status/2\"",
    ] {
        assert!(debug.contains(kept), "{kept} not in {debug}");
    }
}

#[test]
fn a_youtube_card_links_to_the_watch_page() {
    let body = blocks(concat!(
        "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\">",
        "<div class=\"wp-block-embed__wrapper\"><iframe title=\"La digue\" width=\"500\" height=\"281\" ",
        "src=\"https://www.youtube.com/embed/Kq3vT8xWmZs?feature=oembed\" frameborder=\"0\"></iframe>",
        "</div></figure>"
    ));
    assert_eq!(
        body,
        vec![Block::Embed {
            url: "https://www.youtube.com/watch?v=Kq3vT8xWmZs".into(),
            title: Some("La digue".into()),
            provider: Some("YouTube".into()),
        }]
    );
}

#[test]
fn every_category_is_shown_the_others_leading_the_tags() {
    let mut p = post("<p>x</p>");
    let term = |id: u32, name: &str, taxonomy: &str| {
        json!({ "id": id, "name": name, "slug": name.to_lowercase(), "taxonomy": taxonomy,
                "link": format!("https://blog.example/{taxonomy}/{}/", name.to_lowercase()) })
    };
    p["_embedded"] = json!({ "wp:term": [
        [term(1, "Uncategorized", "category"), term(3, "Ville", "category"), term(4, "Économie", "category")],
        [term(7, "Budget", "post_tag")]
    ] });
    let s = story_from_json(&p.to_string(), &SOURCE).unwrap();
    assert_eq!(s.section.map(|l| l.label).as_deref(), Some("Ville"));
    let labels: Vec<&str> = s.tags.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Économie", "Budget"]);
    assert_eq!(
        s.tags[0].url.as_deref(),
        Some("https://blog.example/category/économie/")
    );
}
