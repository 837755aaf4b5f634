//! The architecture as a test: data flows one way (fetch → decode → normalize → view), so each
//! layer may name only the layers below it. Between crates the compiler enforces it (the pure
//! pipeline, `crates/core`, depends on no browser or framework crate); inside each crate this test
//! does, on every `crate::` path of the source (`use` trees with nested and multi-line groups
//! included), and fails with the file and line of a back-import. This table is the one statement
//! of the layers: `docs/architecture.md` is checked against it. Inside the folders of [`NESTED`],
//! it also checks that imports point down between files: none from a `mod.rs` above, no circle.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use std::fs;
use std::path::{Path, PathBuf};

/// A layer (a module of the crate) and the layers it may use.
type Layer = (&'static str, &'static [&'static str]);

/// Each crate's source folder, its layers and the layers each may use (within the crate). Every
/// module of a crate must be listed: the view layers (`components`, `embed`) may use all.
const LAYERS: &[(&str, &[Layer])] = &[
    (
        "crates/core/src",
        &[
            ("logic", &[]),
            ("json", &["logic"]),
            ("sanitize", &["logic"]),
            ("contract", &["logic", "json"]),
            ("story", &["logic", "sanitize"]),
            ("fault", &["logic", "json"]),
            ("config", &["logic"]),
            (
                "normalize",
                &["logic", "json", "contract", "sanitize", "story", "fault"],
            ),
        ],
    ),
    (
        "crates/paint/src",
        &[
            ("ui", &[]),
            ("dom", &[]),
            ("json", &["dom"]),
            ("intl", &[]),
            ("host", &["dom"]),
            ("body", &["dom", "ui"]),
            ("view", &["body", "dom", "intl", "ui"]),
        ],
    ),
    (
        "src",
        &[
            ("browser", &[]),
            ("api", &["browser"]),
            ("publisher", &["browser", "api"]),
            ("hooks", &["browser", "api", "publisher"]),
            ("components", &["browser", "api", "publisher", "hooks"]),
            (
                "embed",
                &["browser", "api", "publisher", "hooks", "components"],
            ),
        ],
    ),
];

/// `text` without comments and the contents of string and character literals (a doc comment or a
/// message may name any module).
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push('"');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The first-level modules that the code names through `crate::`, each with its line:
/// `crate::a::b`, `crate::{a::x, b}`, and groups spread over several lines.
fn crate_modules(text: &str) -> Vec<(usize, String)> {
    let code = code_of(text);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at + "crate::".len();
        from = start;
        // `some_crate::` is another crate's path, not ours.
        let before = code[..start - "crate::".len()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[start..];
        let names: Vec<(usize, &str)> = match rest.strip_prefix('{') {
            Some(group) => top_level_items(group)
                .into_iter()
                .map(|(at, item)| (start + 1 + at, item))
                .collect(),
            None => vec![(start, rest)],
        };
        for (at, name) in names {
            let item = name.trim_start();
            let at = at + name.len() - item.len();
            let line = code[..at].matches('\n').count() + 1;
            let module: String = item
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !module.is_empty() && module != "self" {
                found.push((line, module));
            }
        }
    }
    found
}

/// The items of a `{…}` group (after its opening brace), split at its own commas only, each with
/// its offset in `group`.
fn top_level_items(group: &str) -> Vec<(usize, &str)> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push((start, &group[start..i]));
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push((start, &group[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    items
}

/// The `.rs` files of a layer: `<src>/<layer>.rs`, and every file under `<src>/<layer>/`.
fn files_of(src: &Path, layer: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let single = src.join(format!("{layer}.rs"));
    if single.exists() {
        files.push(single);
    }
    let mut folders = vec![src.join(layer)];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
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

/// Every use of a module that `layer` may not use, as `file:line: crate::module`.
fn back_imports(file: &str, text: &str, layer: &str, allowed: &[&str]) -> Vec<String> {
    crate_modules(text)
        .into_iter()
        .filter(|(_, module)| module != layer && !allowed.contains(&module.as_str()))
        .map(|(line, module)| format!("{file}:{line}: crate::{module}"))
        .collect()
}

/// Folders whose files name each other by path (`super::`, `crate::…`): inside each, imports point
/// down. No file names an item of a `mod.rs` above it (the folder's own, or an ancestor's: a
/// child importing from its parent), and the files' imports make no circle.
const NESTED: &[&str] = &[
    "crates/core/src/normalize",
    "crates/core/src/json",
    "crates/core/src/logic",
    "src/components",
    "src/hooks",
    "src/browser",
    "src/publisher",
];

/// A source file inside a nested folder: its module path (`["normalize", "wordpress",
/// "fields"]`; a `mod.rs` is its folder's module) and its text.
struct Module {
    path: Vec<String>,
    text: String,
}

/// The modules of the files under `src/<folder>`.
fn modules_under(src: &Path, folder: &str) -> Vec<Module> {
    files_of(src, folder)
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src).unwrap();
            let mut path: Vec<String> = relative
                .iter()
                .map(|part| part.to_string_lossy().into_owned())
                .collect();
            let last = path.pop().unwrap();
            if last != "mod.rs" {
                path.push(last.trim_end_matches(".rs").to_owned());
            }
            let text = fs::read_to_string(&file).unwrap();
            Module { path, text }
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths spelled at the start of `code` (`a::b::{c, d::e}` → `a::b::c` and `a::b::d::e`), as
/// segments.
fn spelled_paths(code: &str) -> Vec<Vec<String>> {
    let mut segments = Vec::new();
    let mut rest = code;
    loop {
        let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        if name.is_empty() {
            return vec![segments];
        }
        rest = &rest[name.len()..];
        segments.push(name);
        let Some(after) = rest.trim_start().strip_prefix("::") else {
            return vec![segments];
        };
        rest = after.trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            return top_level_items(group)
                .into_iter()
                .flat_map(|(_, item)| spelled_paths(item.trim_start()))
                .filter(|tail| tail.first().is_some_and(|s| s != "self"))
                .map(|tail| segments.iter().cloned().chain(tail).collect())
                .collect();
        }
    }
}

/// The modules a `mod.rs` (or any file) declares: `mod x;`, `pub(crate) mod y;`.
fn declared_modules(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let (before, name) = line.trim().split_once("mod ")?;
            let name = name.strip_suffix(';')?.trim();
            let before = before.trim();
            (before.is_empty() || before.starts_with("pub")).then(|| name.to_owned())
        })
        .collect()
}

/// The paths `module`'s code names, each with its line, from the crate's root: through `crate::`,
/// `super::`, `self::` or a module it declares (`mod x;` → `x::…`). `pub(super)` and
/// `pub(in crate::…)` are visibilities, not uses.
fn named_paths(module: &Module) -> Vec<(usize, Vec<String>)> {
    let code = code_of(&module.text);
    let children = declared_modules(&code);
    let mut found = Vec::new();
    for (at, c) in code.char_indices() {
        let before = code[..at].chars().next_back();
        if !is_ident(c) || before.is_some_and(|b| is_ident(b) || b == ':') {
            continue;
        }
        let head = code[..at].trim_end();
        if head.ends_with("pub(") || head.ends_with("pub(in") {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        for path in spelled_paths(&code[at..]) {
            let (mut base, rest) = match path.first().map(String::as_str) {
                Some("crate") => (Vec::new(), &path[1..]),
                Some("self") => (module.path.clone(), &path[1..]),
                Some("super") => (module.path.clone(), &path[..]),
                Some(name) if path.len() > 1 && children.iter().any(|c| c == name) => {
                    (module.path.clone(), &path[..])
                }
                _ => continue,
            };
            let mut rest = rest.iter().peekable();
            while rest.next_if(|s| *s == "super").is_some() {
                base.pop();
            }
            base.extend(rest.cloned());
            found.push((line, base));
        }
    }
    found
}

/// Whether `edges` lead from `node` back to `start` through modules after `start` (so that each
/// circle is found once, from its first module); `trail` holds the way.
fn leads_back(
    start: usize,
    node: usize,
    edges: &[(usize, usize)],
    trail: &mut Vec<usize>,
    seen: &mut [bool],
) -> bool {
    for &(from, to) in edges {
        if from != node {
            continue;
        }
        if to == start {
            return true;
        }
        if to > start && !seen[to] {
            seen[to] = true;
            trail.push(to);
            if leads_back(start, to, edges, trail, seen) {
                return true;
            }
            trail.pop();
        }
    }
    false
}

/// Every import of `modules` (one nested folder) that names an item of a `mod.rs` above its file,
/// as `module:line: path`, and every circle of imports, as `a → b → a`.
fn inward_faults(modules: &[Module]) -> Vec<String> {
    let mut faults = Vec::new();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for (from, module) in modules.iter().enumerate() {
        for (line, named) in named_paths(module) {
            // The module whose item the path names: the longest module that begins it.
            let Some(to) = (0..modules.len())
                .filter(|i| named.starts_with(&modules[*i].path))
                .max_by_key(|i| modules[*i].path.len())
            else {
                continue;
            };
            let target = &modules[to].path;
            if to == from {
                continue;
            }
            if module.path.starts_with(target) {
                faults.push(format!(
                    "{}:{line}: {} (an item of {}, above this file)",
                    module.path.join("::"),
                    named.join("::"),
                    target.join("::")
                ));
            } else if !edges.contains(&(from, to)) {
                edges.push((from, to));
            }
        }
    }
    for start in 0..modules.len() {
        let mut trail = vec![start];
        if leads_back(
            start,
            start,
            &edges,
            &mut trail,
            &mut vec![false; modules.len()],
        ) {
            trail.push(start);
            let names: Vec<String> = trail.iter().map(|i| modules[*i].path.join("::")).collect();
            faults.push(format!("a circle: {}", names.join(" → ")));
        }
    }
    faults
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    for (src, layers) in LAYERS {
        let src = root().join(src);
        for (layer, allowed) in *layers {
            let files = files_of(&src, layer);
            assert!(
                !files.is_empty(),
                "no source for layer {layer} in {}",
                src.display()
            );
            for file in files {
                let text = fs::read_to_string(&file).unwrap();
                let found = back_imports(&file.display().to_string(), &text, layer, allowed);
                assert!(
                    found.is_empty(),
                    "{layer} may use only {allowed:?}:\n{}",
                    found.join("\n")
                );
            }
        }
    }
}

#[test]
fn every_module_of_a_crate_is_in_the_table() {
    for (src, layers) in LAYERS {
        let lib = fs::read_to_string(root().join(src).join("lib.rs")).unwrap();
        for line in code_of(&lib).lines() {
            if let Some(name) = line.trim().strip_prefix("pub mod ") {
                let name = name.trim_end_matches(';');
                assert!(
                    layers.iter().any(|(layer, _)| *layer == name),
                    "{src}/lib.rs declares `{name}`, which the layer table does not place"
                );
            }
        }
    }
}

#[test]
fn a_back_import_is_found_in_every_form() {
    let source = "use crate::logic::lang::Dir;\n\
                  use crate::{\n    sanitize::Node,\n    normalize::{Story, Block},\n};\n\
                  // crate::components in a comment is not an import\n\
                  let s = \"crate::embed in a string is not either\";\n\
                  fn f() { crate::api::fetch(); article_core::normalize::x(); }\n";
    let found = back_imports("f.rs", source, "sanitize", &["logic"]);
    assert_eq!(found, ["f.rs:4: crate::normalize", "f.rs:8: crate::api"]);
    assert!(back_imports("f.rs", "use crate::{self as me, logic};", "x", &["logic"]).is_empty());
}

#[test]
fn the_architecture_document_states_the_same_layers() {
    let doc = fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    for (src, layers) in LAYERS {
        for (layer, allowed) in *layers {
            let uses = if allowed.is_empty() {
                "nothing".to_owned()
            } else {
                allowed
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let row = format!("| `{src}` | `{layer}` | {uses} |");
            assert!(
                doc.contains(&row),
                "docs/architecture.md lacks the row:\n{row}"
            );
        }
    }
}

#[test]
fn every_source_file_is_named_in_the_architecture_document() {
    let doc = fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    for (src, _) in LAYERS {
        for entry in fs::read_dir(root().join(src)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "lib.rs" {
                continue;
            }
            let named = if path.is_dir() {
                format!("{name}/")
            } else {
                name
            };
            assert!(
                doc.contains(&named),
                "docs/architecture.md does not name {src}/{named}"
            );
        }
    }
}

#[test]
fn inside_a_nested_folder_imports_point_down_and_make_no_circle() {
    for folder in NESTED {
        let (src, layer) = folder.rsplit_once('/').unwrap();
        let modules = modules_under(&root().join(src), layer);
        assert!(modules.len() > 1, "no modules under {folder}");
        let faults = inward_faults(&modules);
        assert!(faults.is_empty(), "{folder}:\n{}", faults.join("\n"));
    }
}

#[test]
fn an_import_from_above_and_a_circle_are_found() {
    let module = |path: &str, text: &str| Module {
        path: path.split("::").map(str::to_owned).collect(),
        text: text.to_owned(),
    };
    let modules = [
        module(
            "n",
            "mod a;\nmod b;\nmod c;\npub(crate) fn helper() {}\nuse a::x;\n",
        ),
        module(
            "n::a",
            "mod inner;\npub(in crate::n) fn x() {}\nuse super::b::y;\n",
        ),
        module(
            "n::a::inner",
            "pub(super) fn w() {}\nuse super::super::helper;\nuse crate::n::a::x;\n",
        ),
        module("n::b", "use crate::n::{c::z, a::x};\npub fn y() {}\n"),
        module(
            "n::c",
            "pub fn z() { super::b::y() }\n// use super::helper; in a comment\n",
        ),
    ];
    assert_eq!(
        inward_faults(&modules),
        [
            "n::a::inner:2: n::helper (an item of n, above this file)",
            "n::a::inner:3: n::a::x (an item of n::a, above this file)",
            "a circle: n::a → n::b → n::a",
            "a circle: n::b → n::c → n::b",
        ]
    );
}
