//! Contract → render model: URLs, languages, directions and reading time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use article_core::logic::lang::Dir;
use article_core::logic::reading_time::MinuteRange;
use article_core::normalize::{story_from_json, Source};
use article_core::sanitize::Node;
use article_core::story::Block;

fn story(fields: &str) -> article_core::story::Story {
    let json =
        format!(r#"{{"id":"x","title":"T","published":"2024-04-03T19:12:00+02:00",{fields}}}"#);
    story_from_json(
        &json,
        &Source {
            url: "https://n.example/api/1.json",
            fallback_lang: "en",
        },
    )
    .unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn direction_follows_lang_unless_given() {
    assert_eq!(story(r#""lang":"ar","body":[]"#).dir, Dir::Rtl);
    assert_eq!(story(r#""lang":"fr","body":[]"#).dir, Dir::Ltr);
    assert_eq!(story(r#""lang":"ar","dir":"ltr","body":[]"#).dir, Dir::Ltr);
    let s = story(r#""body":[]"#);
    assert_eq!((s.lang.as_str(), s.dir), ("en", Dir::Ltr));
    // A malformed lang falls back instead of reaching the DOM.
    assert_eq!(story(r#""lang":"<script>","body":[]"#).lang, "en");
}

#[test]
fn unsafe_urls_are_dropped_everywhere() {
    let s = story(
        r#""url":"javascript:alert(1)","relatedSrc":"data:text/html,x",
        "section":{"label":"S","url":"vbscript:x"},
        "authors":[{"name":"A","url":" JAVASCRIPT:alert(1)","avatar":{"src":"javascript:x","alt":""}}],
        "image":{"src":"javascript:x","alt":"a"},
        "tags":[{"label":"t","url":"java\tscript:x"}],
        "body":[{"type":"image","src":"javascript:x","alt":"a"},{"type":"embed","url":"javascript:x"},
                {"type":"paragraph","html":"<a href=\"javascript:x\">t</a>"}]"#,
    );
    assert_eq!(s.url, None);
    assert_eq!(s.related_src, None);
    assert_eq!(s.section.unwrap().url, None);
    assert_eq!(s.authors[0].url, None);
    assert_eq!(s.authors[0].avatar, None);
    assert_eq!(s.image, None);
    assert_eq!(s.tags[0].url, None);
    assert_eq!(
        s.body.len(),
        1,
        "image and embed without a safe URL are left out"
    );
    assert_eq!(s.body[0], Block::Paragraph(vec![Node::Text("t".into())]));
}

#[test]
fn plain_text_stays_text() {
    let s = story(r#""body":[{"type":"paragraph","text":"<img src=x onerror=alert(1)>"}]"#);
    assert_eq!(
        s.body[0],
        Block::Paragraph(vec![Node::Text("<img src=x onerror=alert(1)>".into())])
    );
}

#[test]
fn reading_time_counts_body_text_and_images_only() {
    // 998 ± 126 cpm in French: 4990 chars → 4.44 min fast, 5.71 slow → "4–6 min".
    let para = "a".repeat(4990);
    let s = story(&format!(
        r#""lang":"fr","credit":"{long}","authors":[{{"name":"n","bio":"{long}"}}],
        "body":[{{"type":"paragraph","text":"{para}"}}]"#,
        long = "b".repeat(9000)
    ));
    assert_eq!(s.body_chars, 4990);
    assert_eq!(s.reading, MinuteRange { fast: 4, slow: 6 });
    // Captions are not counted; the image adds 12 s.
    let s = story(&format!(
        r#""lang":"en","body":[{{"type":"paragraph","text":"{p}"}},
        {{"type":"image","src":"a.png","alt":"","caption":"{c}"}}]"#,
        p = "a".repeat(987),
        c = "c".repeat(5000)
    ));
    assert_eq!(s.body_chars, 987);
    // 987 chars: 0.88 min fast + 0.2 = 1.08 → 1; slow 987/869 = 1.136 + 0.2 = 1.34 → 1.
    assert_eq!(s.reading, MinuteRange { fast: 1, slow: 1 });
}

#[test]
fn publisher_minutes_win() {
    let s = story(r#""readingMinutes":7,"body":[{"type":"paragraph","text":"short"}]"#);
    assert_eq!(s.reading, MinuteRange::exact(7));
}

#[test]
fn related_stories_are_capped_in_order() {
    let items: Vec<String> = (0..12)
        .map(|i| format!(r#"{{"title":"r{i}","url":"https://n.example/{i}"}}"#))
        .collect();
    let s = story(&format!(r#""body":[],"related":[{}]"#, items.join(",")));
    let titles: Vec<&str> = s.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"]);
}

#[test]
fn relative_urls_resolve_against_the_article_url() {
    let s = story(
        r##""image":{"src":"img/lead.svg","alt":""},"relatedSrc":"../related.json",
        "related":[{"title":"r","url":"/fr/r","src":"r.json"}],
        "body":[{"type":"paragraph","html":"<a href=\"other.json\">o</a> <a href=\"#n\">n</a>"}]"##,
    );
    assert_eq!(s.image.unwrap().src, "https://n.example/api/img/lead.svg");
    assert_eq!(
        s.related_src.as_deref(),
        Some("https://n.example/related.json")
    );
    assert_eq!(s.related[0].url, "https://n.example/fr/r");
    assert_eq!(
        s.related[0].src.as_deref(),
        Some("https://n.example/api/r.json")
    );
    let Block::Paragraph(nodes) = &s.body[0] else {
        panic!()
    };
    let hrefs: Vec<String> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Element { attrs, .. } => attrs.iter().find_map(|a| match a {
                article_core::sanitize::Attr::Href(h) => Some(h.clone()),
                _ => None,
            }),
            _ => None,
        })
        .collect();
    assert_eq!(hrefs, ["https://n.example/api/other.json", "#n"]);
}

#[test]
fn related_stories_are_unique_and_never_the_article_itself() {
    let s = story(
        r#""url":"https://n.example/fr/this","body":[],"related":[
        {"title":"self by url","url":"https://n.example/fr/this"},
        {"title":"self by src","url":"https://n.example/fr/x","src":"1.json"},
        {"title":"a","url":"https://n.example/a"},
        {"title":"a again","url":"https://n.example/a"},
        {"title":"b","url":"/b"}]"#,
    );
    let titles: Vec<&str> = s.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["a", "b"]);
}

#[test]
fn related_list_from_related_src() {
    use article_core::normalize::related_from_json;
    let json = r#"[{"title":"one","url":"one.html","src":"one.json","image":{"src":"i.png","alt":""}},
                  {"title":"me","url":"https://n.example/me"},
                  {"title":"bad","url":"javascript:x"}]"#;
    let list = related_from_json(
        json,
        &Source {
            url: "https://n.example/lists/r.json",
            fallback_lang: "en",
        },
        &["https://n.example/me"],
    )
    .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].url, "https://n.example/lists/one.html");
    assert_eq!(
        list[0].src.as_deref(),
        Some("https://n.example/lists/one.json")
    );
    assert_eq!(
        list[0].image.as_ref().unwrap().src,
        "https://n.example/lists/i.png"
    );
    let other = Source {
        url: "https://n.example/r.json",
        fallback_lang: "en",
    };
    assert!(related_from_json("{}", &other, &[]).is_err());
    assert!(related_from_json("[{\"title\":1}]", &other, &[]).is_err());
}

#[test]
fn full_fixture_keeps_its_related_src() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../..",
        "/tests/fixtures/valid/full.json"
    ))
    .unwrap();
    let s = story_from_json(
        &text,
        &Source {
            url: "http://127.0.0.1:8181/fixtures/valid/full.json",
            fallback_lang: "en",
        },
    )
    .unwrap();
    assert_eq!(
        s.related_src.as_deref(),
        Some("http://127.0.0.1:8181/fixtures/related/list.json")
    );
}

#[test]
fn structured_data_for_the_current_article() {
    use article_core::normalize::news_article;
    let s = story(
        r#""url":"https://n.example/a","lang":"fr","standfirst":"</script><script>alert(1)</script>",
        "section":{"label":"Société"},"authors":[{"name":"Claire","url":"https://n.example/c"}],
        "image":{"src":"https://n.example/i.png","alt":""},
        "body":[{"type":"paragraph","text":"un deux trois quatre"}]"#,
    );
    let text = news_article(&s);
    assert!(
        !text.contains('<'),
        "no markup can close the script element: {text}"
    );
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["headline"], "T");
    assert_eq!(data["datePublished"], "2024-04-03T19:12:00+02:00");
    assert_eq!(data["dateModified"], "2024-04-03T19:12:00+02:00");
    assert_eq!(data["author"][0]["name"], "Claire");
    assert_eq!(data["image"][0], "https://n.example/i.png");
    assert_eq!(data["articleSection"], "Société");
    assert_eq!(data["wordCount"], 4);
    assert_eq!(data["timeRequired"], "PT1M");
    assert_eq!(data["description"], "</script><script>alert(1)</script>");
}

#[test]
fn word_count_handles_text_without_spaces() {
    let s = story(
        r#""lang":"ja","body":[{"type":"paragraph","text":"東京の夜の路面電車が走り始めた"}]"#,
    );
    assert_eq!(s.word_count(), 7);
}

#[test]
fn protected_posts_get_their_own_notice() {
    use article_core::logic::i18n::strings;
    use article_core::logic::lang::UiLang;
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../..",
        "/tests/fixtures/wordpress/protected.json"
    ))
    .unwrap();
    let fault = story_from_json(
        &text,
        &Source {
            url: "https://blog.example/wp-json/wp/v2/posts/1",
            fallback_lang: "fr",
        },
    )
    .unwrap_err();
    let notice = fault.notice(strings(UiLang::Fr));
    assert!(notice.sentence.contains("mot de passe"), "{notice:?}");
}

#[test]
fn word_count_runs_words_on_across_inline_markup_but_not_across_blocks() {
    let s = story(
        r#""lang":"fr","body":[{"type":"paragraph","html":"Voir <a href=\"/plan\">le plan</a>. Et <em>ici</em>, là"},{"type":"paragraph","text":"fin"},{"type":"heading","level":2,"text":"Deux mots"}]"#,
    );
    assert_eq!(s.word_count(), 6 + 1 + 2);
}

#[test]
fn word_count_does_not_run_list_items_together() {
    let s = story(
        r#""lang":"en","body":[{"type":"list","ordered":false,"items":["one <strong>two</strong>;","three"]}]"#,
    );
    assert_eq!(s.word_count(), 3);
}
