//! The attribute rule, from the reader's side. Both the start-up script (which asks for each
//! reader's article before the reader's module runs) and the reader (which takes that request over
//! only when it asks for the same URL) follow the table of `src/publisher/attributes.json`. Here
//! the reader reads every case of `tests/fixtures/attributes.json`; `tests/publisher/attributes.mjs`
//! runs the start-up script on the same cases: when the two read differently, one of them fails.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use article_core::config::{default_of, names, Config, SOURCES};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let fixture: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/attributes.json")).unwrap();
    fixture["cases"].as_array().unwrap().clone()
}

#[test]
fn the_reader_reads_what_the_start_up_script_reads() {
    for (index, case) in cases().iter().enumerate() {
        let element = case["element"].as_str().unwrap();
        let attributes = case["attributes"].as_object().unwrap();
        let search = case["search"].as_str().unwrap_or_default();
        let (config, _) = Config::of_element(
            element,
            |name| {
                attributes
                    .get(name)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            },
            || search.to_owned(),
        );
        assert_eq!(
            config.src,
            case["src"].as_str().unwrap(),
            "case {index}: {case}"
        );
        assert_eq!(
            config.lang.as_deref(),
            case["lang"].as_str(),
            "case {index}: {case}"
        );
    }
}

#[test]
fn the_table_names_each_setting_s_attributes_in_order() {
    assert!(SOURCES
        .iter()
        .all(|row| !row.iter().any(|cell| cell.is_empty())));
    assert_eq!(
        names("src", "article-reader").collect::<Vec<_>>(),
        ["src", "data-src"]
    );
    assert_eq!(names("src", "div").collect::<Vec<_>>(), ["data-src"]);
    assert_eq!(names("src", "standalone").collect::<Vec<_>>(), ["src"]);
    assert_eq!(names("timeout", "standalone").count(), 0);
    assert_eq!(default_of("src"), Some("demo/fr.json"));
    assert_eq!(default_of("lang"), None);
}

#[test]
fn a_missing_source_is_named_in_the_warning() {
    let (config, warnings) = Config::of_element("article-reader", |_| None, String::new);
    assert_eq!(config.src, "demo/fr.json");
    assert_eq!(warnings, ["src is missing; showing the demo article"]);
    let (_, warnings) = Config::of_element("div", |_| None, String::new);
    assert_eq!(warnings, ["data-src is missing; showing the demo article"]);
}
