//! The architecture as a test: data flows one way (fetch → decode → normalize → view), so each
//! layer of `src/` may name only the layers below it. A back-import (`logic` reaching for the
//! render model, `model` calling the browser…) fails here, with the file and line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use std::fs;
use std::path::{Path, PathBuf};

/// Each layer and the layers it may use. `components` and `embed` (the view) may use them all.
const LAYERS: &[(&str, &[&str])] = &[
    ("logic", &[]),
    ("sanitize", &["logic"]),
    ("model", &["logic"]),
    ("fault", &["logic", "model"]),
    ("normalize", &["logic", "model", "sanitize", "fault"]),
    ("config", &["logic"]),
    ("browser", &["logic"]),
    ("api", &["browser", "fault", "model", "logic"]),
];

/// The modules of the crate that `line` names through `crate::` (`crate::a::b`, `crate::{a, b}`).
fn crate_modules(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let names = match rest.strip_prefix('{') {
            Some(group) => group
                .split('}')
                .next()
                .unwrap_or_default()
                .split(',')
                .collect(),
            None => vec![rest],
        };
        for name in names {
            let module: String = name
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !module.is_empty() {
                found.push(module);
            }
        }
    }
    found
}

/// The `.rs` files of a layer: `src/<layer>.rs`, or every file under `src/<layer>/`.
fn files_of(layer: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let single = src.join(format!("{layer}.rs"));
    if single.exists() {
        return vec![single];
    }
    let mut files = Vec::new();
    let mut folders = vec![src.join(layer)];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// Every use of a layer that `layer` may not use, as `file:line: crate::module`.
fn back_imports(layer: &str, allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files_of(layer) {
        let text = fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            // Comments may point anywhere (a doc saying where a value goes next).
            let code = line.split("//").next().unwrap_or_default();
            for module in crate_modules(code) {
                if module != layer && !allowed.contains(&module.as_str()) {
                    found.push(format!(
                        "{}:{}: crate::{module}",
                        file.display(),
                        number + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    for (layer, allowed) in LAYERS {
        assert!(!files_of(layer).is_empty(), "no source for layer {layer}");
        let found = back_imports(layer, allowed);
        assert!(
            found.is_empty(),
            "{layer} may use only {allowed:?}:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_check_sees_every_form_of_import() {
    assert_eq!(crate_modules("use crate::normalize::Story;"), ["normalize"]);
    assert_eq!(
        crate_modules("use crate::{model::Problem, browser};"),
        ["model", "browser"]
    );
    assert_eq!(
        crate_modules("let v = crate::browser::parse_json(t); crate::api::x()"),
        ["browser", "api"]
    );
    assert!(crate_modules("use super::i18n::Strings;").is_empty());
}
