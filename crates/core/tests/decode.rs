//! Contract decoding against every fixture: valid documents decode, invalid ones fail at the
//! expected JSON path, broken bodies are reported as not JSON.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use std::fs;
use std::path::{Path, PathBuf};

use article_core::contract::{decode_article, decode_related_list, Block, CONTRACT_VERSION};
use article_core::fault::Fault;
use article_core::json::{parse_json, Problem};
use article_core::normalize::{self, story_from_json, Source};

const BASE: &str = "https://n.example/api/1.json";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_valid_fixture_and_demo_decodes() {
    let files: Vec<PathBuf> = fixtures("tests/fixtures/valid")
        .into_iter()
        .chain(fixtures("demo"))
        .collect();
    assert!(
        files.len() >= 10,
        "expected the fixtures and demos, found {files:?}"
    );
    for file in files {
        let story = story_from_json(&read(&file), &SOURCE);
        assert!(story.is_ok(), "{}: {story:?}", file.display());
    }
}

#[test]
fn every_invalid_fixture_names_its_path() {
    let dir =
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("tests/fixtures/invalid");
    let expected: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&read(&dir.join("expected.json"))).expect("expected.json");
    let files: Vec<PathBuf> = fixtures("tests/fixtures/invalid")
        .into_iter()
        .filter(|p| !p.ends_with("expected.json"))
        .collect();
    assert_eq!(
        files.len(),
        expected.len(),
        "every invalid fixture has an expected path"
    );
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let want = expected[name].as_str().expect("a path");
        let value = parse_json(&read(&file)).expect("invalid fixtures are still JSON");
        match decode_article(&value) {
            Ok(_) => panic!("{name}: decoded, but must fail at {want:?}"),
            Err(error) => assert_eq!(error.path, want, "{name}: {error}"),
        }
    }
}

#[test]
fn broken_bodies_are_not_json() {
    for name in ["truncated.json", "not-json.html"] {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("tests/fixtures/broken")
            .join(name);
        match story_from_json(&read(&path), &SOURCE) {
            Err(Fault::Decode(e)) => {
                assert!(matches!(e.problem, Problem::NotJson(_)), "{name}: {e}");
                assert_eq!(e.path, "");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn messages_name_path_and_expectation() {
    let value = parse_json(r#"{"id":"a","title":"t","published":"2024-04-03T19:12:00+02:00","body":[{"type":"paragraph","text":"x"},{"type":"heading","level":7,"text":"h"}]}"#).unwrap();
    let error = decode_article(&value).unwrap_err();
    assert_eq!(
        error.to_string(),
        "body[1].level: expected an integer from 2 to 4"
    );
    let value = parse_json(
        r#"{"version":3,"id":"a","title":"t","published":"2024-04-03T19:12:00Z","body":[]}"#,
    )
    .unwrap();
    let error = decode_article(&value).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::UnsupportedVersion {
            sent: 3,
            known: CONTRACT_VERSION
        }
    );
    assert_eq!(error.path, "version");
}

#[test]
fn unknown_blocks_are_skipped_and_unknown_fields_ignored() {
    let json = r#"{"id":"a","title":"t","published":"2024-04-03T19:12:00Z","future":{"x":1},
        "body":[{"type":"poll","question":"?"},{"type":"paragraph","text":"kept","extra":true}]}"#;
    let article = decode_article(&parse_json(json).unwrap()).unwrap();
    assert_eq!(article.body.len(), 1);
    assert!(matches!(&article.body[0], Block::Paragraph(_)));
}

#[test]
fn null_is_absent_and_html_wins_over_text() {
    let json = r#"{"id":"a","title":"t","published":"2024-04-03T19:12:00Z","standfirst":null,
        "body":[{"type":"paragraph","text":"plain","html":"<em>rich</em>"}]}"#;
    let article = decode_article(&parse_json(json).unwrap()).unwrap();
    assert_eq!(article.standfirst, None);
    assert!(
        matches!(&article.body[0], Block::Paragraph(article_core::contract::Text::Html(h)) if h == "<em>rich</em>")
    );
}

#[test]
fn deep_json_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_json(&deep).is_err());
}

#[test]
fn related_list_decodes_and_normalizes() {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures/related/list.json");
    let list = decode_related_list(&parse_json(&read(&path)).unwrap()).unwrap();
    assert!(!list.is_empty());
    let json = r#"[{"title":"ok","url":"https://a.example/1"},{"title":"bad","url":"javascript:alert(1)"}]"#;
    let list = decode_related_list(&parse_json(json).unwrap()).unwrap();
    assert_eq!(list.len(), 2);
    let article = format!(
        r#"{{"id":"a","title":"t","published":"2024-04-03T19:12:00Z","body":[],"related":{json}}}"#
    );
    let story = story_from_json(&article, &SOURCE).unwrap();
    assert_eq!(story.related.len(), 1, "the javascript: story is dropped");
    assert_eq!(story.related[0].url, "https://a.example/1");
    assert_eq!(normalize::MAX_RELATED, 8);
}

#[test]
fn faults_are_reported_to_page_scripts_with_a_stable_kind_status_and_path() {
    use article_core::fault::Report;
    let report = |fault: Fault| {
        let Report {
            kind, status, path, ..
        } = fault.report();
        (kind, status, path)
    };
    assert_eq!(report(Fault::Status(404)), ("http", Some(404), None));
    assert_eq!(
        report(Fault::Timeout { seconds: 15 }),
        ("timeout", None, None)
    );
    assert_eq!(
        report(Fault::Network("offline".into())),
        ("network", None, None)
    );
    let invalid = |text: &str| match story_from_json(text, &SOURCE) {
        Err(fault) => fault.report(),
        Ok(_) => panic!("{text} decoded"),
    };
    assert_eq!(invalid("<html>").kind, "not-json");
    assert_eq!(invalid("<html>").path, None);
    let wrong = invalid(
        r#"{"version":1,"id":"a","title":"t","published":"2026-01-01T00:00:00Z","body":[{"type":"paragraph","text":"x"},{"type":7}]}"#,
    );
    assert_eq!(
        (wrong.kind, wrong.path.as_deref()),
        ("format", Some("body[1].type"))
    );
    assert!(wrong.message.contains("body[1].type"), "{}", wrong.message);
    let newer = invalid(
        r#"{"version":99,"id":"a","title":"t","published":"2026-01-01T00:00:00Z","body":[]}"#,
    );
    assert_eq!(newer.kind, "version");
}

#[test]
fn every_format_is_recognized_from_its_shape() {
    use article_core::story::Format;
    let dirs = [
        ("tests/fixtures/valid", Format::Contract),
        ("demo", Format::Contract),
        ("tests/fixtures/ans", Format::Ans),
        ("tests/fixtures/ghost", Format::Ghost),
        ("tests/fixtures/jsonfeed", Format::JsonFeed),
    ];
    for (dir, format) in dirs {
        for file in fixtures(dir) {
            let story = story_from_json(&read(&file), &SOURCE)
                .unwrap_or_else(|e| panic!("{}: {e:?}", file.display()));
            assert_eq!(story.format, format, "{}", file.display());
        }
    }
    for name in [
        "post.json",
        "jetpack.json",
        "no-embedded.json",
        "posts-array.json",
    ] {
        let file = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("tests/fixtures/wordpress")
            .join(name);
        let story = story_from_json(&read(&file), &SOURCE).unwrap();
        assert_eq!(story.format, Format::WordPress, "{name}");
    }
    let keys: Vec<&str> = [
        Format::Contract,
        Format::WordPress,
        Format::Ans,
        Format::Ghost,
        Format::JsonFeed,
    ]
    .iter()
    .map(|f| f.key())
    .collect();
    assert_eq!(keys, ["contract", "wordpress", "ans", "ghost", "jsonfeed"]);
}

#[test]
fn the_fault_for_any_other_document_names_every_format() {
    let text = normalize::NOT_AN_ARTICLE;
    // The words a browser journey (`tests/e2e/wordpress.spec.mjs`) reads.
    assert!(text.starts_with("an article (contract v1) or a WordPress post"));
    for format in ["ANS", "Ghost", "JSON Feed"] {
        assert!(text.contains(format), "{format}");
    }
    let Err(Fault::Decode(error)) = story_from_json("{\"kind\":\"note\"}", &SOURCE) else {
        panic!("a fault")
    };
    assert_eq!(error.problem, Problem::Expected(text));
}
