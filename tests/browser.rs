//! Component tests in a real headless Chromium (wasm-bindgen-test): mount the views, let Leptos
//! render, assert on the DOM.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use article_core::config::Config;
use article_core::logic::lang::UiLang;
use article_core::logic::share_links::ShareTarget;
use article_core::normalize::{story_from_json, Source};
use article_reader::components::{show_article, Reader, Tools};
use article_reader::hooks::use_ui::new_ui;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

use support::{all, container, data_url, one, run_js, sleep, text, until, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

const BASE: &str = "https://news.example/api/article.json";
/// The document at [`BASE`], read by a reader in English.
const SOURCE: Source = Source {
    url: BASE,
    fallback_lang: "en",
};

fn mount_article(json: &str, ui: UiLang) -> HtmlElement {
    mount_article_with(json, ui, Tools::default())
}

/// The article view of `json` with `tools`, in a fresh container.
fn mount_article_with(json: &str, ui: UiLang, tools: Tools) -> HtmlElement {
    let story = Arc::new(story_from_json(json, &SOURCE).unwrap());
    let root = container();
    let parent = root.clone();
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(new_ui(ui));
        // The view lives as long as the test page.
        std::mem::forget(show_article(&parent, None, story, tools, || ()).unwrap());
    })
    .forget();
    root
}

/// An embedded reader of `src` (interface language `lang`, if given) in a fresh container.
fn mount_reader(src: String, lang: Option<&str>) -> HtmlElement {
    support::mount_reader(Config {
        src,
        lang: lang.map(str::to_owned),
        standalone: false,
        ..Config::standalone("")
    })
}

#[wasm_bindgen_test]
async fn full_article_renders_every_part() {
    let root = mount_article(include_str!("fixtures/valid/full.json"), UiLang::En);
    // The body is built over several tasks on a busy machine: wait for its last block.
    wait_for(&root, ".rdr-body:not([data-rdr-building])").await;
    let article = one(&root, "article");
    assert_eq!(all(&root, "h1").len(), 1, "one headline");
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
    assert!(article.get_attribute("lang").is_some());
    let labelled_by = article.get_attribute("aria-labelledby").unwrap();
    assert_eq!(one(&root, "h1").id(), labelled_by);
    // Section link, standfirst, byline, dates.
    assert!(one(&root, ".rdr-section a")
        .get_attribute("href")
        .unwrap()
        .starts_with("http"));
    assert!(!text(&root, ".rdr-standfirst").is_empty());
    let times = all(&root, "time[datetime]");
    assert_eq!(times.len(), 2, "published and updated");
    for time in &times {
        let written = time.text_content().unwrap();
        assert!(
            written.chars().any(|c| c.is_ascii_digit()),
            "Intl wrote a date: {written}"
        );
    }
    // Body blocks as the contract table says.
    for selector in [
        ".rdr-body p",
        ".rdr-body h2",
        ".rdr-body h3",
        ".rdr-body h4",
        ".rdr-body blockquote",
        ".rdr-body figure img[loading=lazy]",
        ".rdr-body figcaption",
        ".rdr-body ul li",
        ".rdr-body ol li",
        ".rdr-embed a[rel~=noopener]",
        ".rdr-body table th",
        ".rdr-body pre",
        ".rdr-body hr",
    ] {
        assert!(!all(&root, selector).is_empty(), "{selector}");
    }
    // The lead image is a figure with caption and credit, sized so nothing shifts.
    let lead = one(&root, ".rdr-lead img");
    assert!(lead.get_attribute("width").is_some() && lead.get_attribute("height").is_some());
    assert!(!text(&root, ".rdr-lead figcaption").is_empty());
    // Credit line, tags, author box.
    assert!(!text(&root, ".rdr-source").is_empty());
    assert!(!all(&root, ".rdr-tags li").is_empty());
    assert!(one(&root, ".rdr-authors")
        .get_attribute("aria-labelledby")
        .is_some());
    // No script or handler made it through.
    assert!(all(&root, "script, iframe, [onerror], [onclick], [style]").is_empty());
}

#[wasm_bindgen_test]
async fn badge_shows_minutes_and_a_sentence() {
    let root = mount_article(
        include_str!("fixtures/valid/publisher-minutes.json"),
        UiLang::En,
    );
    leptos::task::tick().await;
    assert_eq!(text(&root, ".rdr-badge span[aria-hidden=true]"), "7 min");
    assert_eq!(text(&root, ".rdr-badge .rdr-sr"), "Reading time: 7 minutes");

    let root = mount_article(include_str!("../demo/fr.json"), UiLang::Fr);
    leptos::task::tick().await;
    let visible = text(&root, ".rdr-badge span[aria-hidden=true]");
    assert!(visible.ends_with("\u{a0}min"), "{visible}");
    assert!(text(&root, ".rdr-badge .rdr-sr").starts_with("Temps de lecture\u{202F}: "));
}

#[wasm_bindgen_test]
async fn arabic_is_right_to_left_with_arabic_dates() {
    let root = mount_article(include_str!("../demo/ar.json"), UiLang::Ar);
    leptos::task::tick().await;
    let article = one(&root, "article");
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ar"));
    let date = text(&root, "time");
    assert!(
        date.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "Arabic month name: {date}"
    );
    assert!(text(&root, ".rdr-badge .rdr-sr").starts_with("مدة القراءة"));
}

#[wasm_bindgen_test]
async fn interface_text_carries_its_own_lang_inside_another_language() {
    // An English interface around a Japanese article.
    let root = mount_article(include_str!("fixtures/valid/ja.json"), UiLang::En);
    leptos::task::tick().await;
    assert_eq!(
        one(&root, "article").get_attribute("lang").as_deref(),
        Some("ja")
    );
    assert_eq!(
        one(&root, ".rdr-badge").get_attribute("lang").as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn reader_loads_shows_and_reports_bad_json() {
    let root = mount_reader(data_url(include_str!("fixtures/valid/minimal.json")), None);
    wait_for(&root, "h1").await;
    assert!(all(&root, "[role=alert]").is_empty());
    assert_eq!(one(&root, ".rdr").get_attribute("aria-busy"), None);

    let root = mount_reader(
        "data:application/json,%7B%22id%22%3A".to_owned(),
        Some("fr"),
    );
    let alert = wait_for(&root, "[role=alert]").await;
    let words = alert.text_content().unwrap();
    assert!(words.contains("n’a pas pu être affiché"), "{words}");
    assert!(words.contains("not JSON"), "{words}");
    assert_eq!(text(&root, "button"), "Réessayer");
}

#[wasm_bindgen_test]
async fn reader_names_the_offending_path() {
    let root = mount_reader(
        data_url(include_str!("fixtures/invalid/heading-level.json")),
        None,
    );
    let alert = wait_for(&root, "[role=alert]").await;
    assert!(alert.text_content().unwrap().contains("body[1].level"));
}

#[wasm_bindgen_test]
async fn network_failure_is_announced_with_retry() {
    let root = mount_reader("http://127.0.0.1:9/unreachable.json".to_owned(), Some("ja"));
    let alert = wait_for(&root, "[role=alert]").await;
    assert!(alert.text_content().unwrap().contains("接続に失敗しました"));
    assert_eq!(text(&root, "button.rdr-retry"), "再試行");
    assert_eq!(
        one(&root, ".rdr").get_attribute("lang").as_deref(),
        Some("ja")
    );
}

#[wasm_bindgen_test]
fn platform_plural_rules_agree_with_ours() {
    use article_core::logic::i18n::plural;
    use article_reader::browser::plural_rules;
    for lang in [UiLang::En, UiLang::Fr, UiLang::Ar, UiLang::Ja] {
        let platform = plural_rules(lang);
        for n in 0..=250 {
            assert_eq!(platform(n), plural(lang, n), "{lang:?} {n}");
        }
    }
}

/// In the browser, `parse_json` is `JSON.parse` plus a copy: it must read every document exactly
/// as serde_json does natively (the native tests' parser), and refuse what serde_json refuses.
#[wasm_bindgen_test]
fn json_parse_reads_documents_as_serde_json_does() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let (deep_ok, too_deep) = (nested(127), nested(128));
    let texts = [
        include_str!("fixtures/valid/empty-authors.json"),
        include_str!("fixtures/valid/full.json"),
        include_str!("fixtures/valid/ja.json"),
        include_str!("fixtures/valid/minimal.json"),
        include_str!("fixtures/valid/publisher-minutes.json"),
        include_str!("fixtures/valid/related-src.json"),
        include_str!("fixtures/valid/rtl-explicit.json"),
        include_str!("fixtures/valid/unknown-block.json"),
        include_str!("fixtures/valid/version-absent.json"),
        include_str!("fixtures/invalid/id-number.json"),
        include_str!("fixtures/invalid/list-item-number.json"),
        include_str!("fixtures/broken/truncated.json"),
        include_str!("fixtures/related/list.json"),
        include_str!("fixtures/wordpress/post.json"),
        include_str!("fixtures/wordpress/posts-array.json"),
        include_str!("fixtures/wordpress/hostile.json"),
        include_str!("fixtures/wordpress/jetpack.json"),
        include_str!("fixtures/hostile/article.json"),
        include_str!("../demo/fr.json"),
        include_str!("../demo/ar.json"),
        r#"{"n":[0,1,-2,3.5,-0.25,1.5e300,9007199254740992,-9007199254740992],"t":true,"f":false,"z":null}"#,
        r#"{"s":"é \u00e9 \ud83d\ude00 \" \\ \/ \b\f\n\r\t","":{"dup":1,"dup":2},"a":[[],{}]}"#,
        " [1, 2] ",
        "",
        "{",
        "[1,]",
        "{'a': 1}",
        "nul",
        "\"unterminated",
        "[1] 2",
        &deep_ok,
        &too_deep,
    ];
    // One deliberate difference: an integer written with an exponent or a fraction of zero is an
    // integer (as JSON Schema counts them), where serde_json keeps it a float.
    let counts = article_reader::browser::parse_json(&"[1e3, 2.0]".into()).unwrap();
    assert_eq!(counts, serde_json::json!([1000, 2]));
    for text in texts {
        let ours = article_reader::browser::parse_json(&text.into());
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{}", &text[..text.len().min(80)]),
            (Err(_), Err(_)) => {}
            (ours, theirs) => panic!(
                "disagree on {:?}: JSON.parse {:?}, serde_json {:?}",
                &text[..text.len().min(80)],
                ours.map(|_| ()),
                theirs.map(|_| ())
            ),
        }
    }
}

/// One request the [`FetchStub`] received.
struct StubCall {
    url: String,
    signal: web_sys::AbortSignal,
    resolve: js_sys::Function,
}

/// `window.fetch` replaced, for as long as it lives, by a stub that records every request and
/// answers only when told to. When `honours_abort`, an aborted request fails with an
/// `AbortError` as a real one does; otherwise its answer can still come (an answer already on its
/// way when the abort came).
struct FetchStub {
    calls: Rc<RefCell<Vec<StubCall>>>,
    original: JsValue,
    _fetch: Closure<dyn FnMut(String, JsValue) -> js_sys::Promise>,
}

impl FetchStub {
    fn install(honours_abort: bool) -> FetchStub {
        let calls = Rc::new(RefCell::new(Vec::new()));
        let record = Rc::clone(&calls);
        let fetch = Closure::<dyn FnMut(String, JsValue) -> js_sys::Promise>::new(
            move |url: String, init: JsValue| {
                let signal: web_sys::AbortSignal = js_sys::Reflect::get(&init, &"signal".into())
                    .unwrap()
                    .dyn_into()
                    .expect("every request has an abort signal");
                let record = Rc::clone(&record);
                js_sys::Promise::new(&mut |resolve, reject| {
                    if honours_abort {
                        let error = js_sys::Error::new("The operation was aborted.");
                        error.set_name("AbortError");
                        let fail = Closure::once_into_js(move || {
                            let _ = reject.call1(&JsValue::NULL, &error);
                        });
                        signal
                            .add_event_listener_with_callback("abort", fail.unchecked_ref())
                            .unwrap();
                    }
                    record.borrow_mut().push(StubCall {
                        url: url.clone(),
                        signal: signal.clone(),
                        resolve,
                    });
                })
            },
        );
        let window = window();
        let original = js_sys::Reflect::get(&window, &"fetch".into()).unwrap();
        js_sys::Reflect::set(&window, &"fetch".into(), fetch.as_ref()).unwrap();
        FetchStub {
            calls,
            original,
            _fetch: fetch,
        }
    }

    /// Waits (up to ~5 s) until `count` requests were made; returns their URLs.
    async fn requested(&self, count: usize) -> Vec<String> {
        for _ in 0..100 {
            if self.calls.borrow().len() >= count {
                break;
            }
            sleep(50).await;
        }
        let urls: Vec<String> = self.calls.borrow().iter().map(|c| c.url.clone()).collect();
        assert_eq!(urls.len(), count, "requests: {urls:?}");
        urls
    }

    fn aborted(&self, index: usize) -> bool {
        self.calls.borrow()[index].signal.aborted()
    }

    /// Answers request `index` with HTTP 200 and `body`.
    fn respond(&self, index: usize, body: &str) {
        let response = web_sys::Response::new_with_opt_str(Some(body)).unwrap();
        let calls = self.calls.borrow();
        calls[index]
            .resolve
            .call1(&JsValue::NULL, &response)
            .unwrap();
    }
}

impl Drop for FetchStub {
    fn drop(&mut self) {
        let _ = js_sys::Reflect::set(&window(), &"fetch".into(), &self.original);
    }
}

/// A minimal valid article titled `title`.
fn article_titled(title: &str) -> String {
    serde_json::json!({
        "id": title.to_lowercase().replace(' ', "-"),
        "title": title,
        "published": "2026-01-05T10:00:00Z",
        "body": [],
    })
    .to_string()
}

/// Every headline and alert shown inside `root` from now on, in order (a MutationObserver
/// records what is there after each change, so nothing shown even briefly goes unseen).
fn record_shown(root: &Element) -> (Rc<RefCell<Vec<String>>>, web_sys::MutationObserver) {
    let shown = Rc::new(RefCell::new(Vec::new()));
    let (seen, watched) = (Rc::clone(&shown), root.clone());
    let callback = Closure::<dyn FnMut()>::new(move || {
        for element in all(&watched, "h1, [role=alert]") {
            let text = element.text_content().unwrap_or_default();
            let mut seen = seen.borrow_mut();
            if seen.last() != Some(&text) {
                seen.push(text);
            }
        }
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    callback.forget();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_character_data(true);
    observer.observe_with_options(root, &options).unwrap();
    (shown, observer)
}

/// Removing a reader while its article is on its way aborts the request: nobody wants the answer.
#[wasm_bindgen_test]
async fn a_reader_removed_mid_fetch_aborts_its_request() {
    let stub = FetchStub::install(true);
    let config = Config {
        src: "https://stub.example/removed.json".to_owned(),
        standalone: false,
        ..Config::standalone("")
    };
    let root = container();
    let target = root.clone();
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <Reader config=config host_lang=None target=target /> },
    );
    assert_eq!(
        stub.requested(1).await,
        ["https://stub.example/removed.json"]
    );
    assert!(!stub.aborted(0), "not aborted while the reader is there");
    drop(handle);
    assert!(stub.aborted(0), "aborted as soon as the reader is removed");
    assert!(root.query_selector(".rdr").unwrap().is_none());
    root.remove();
}

/// Back/forward twice in quick succession (standalone): the first article's request is aborted
/// when the second replaces it, and even an answer already on its way is never shown.
#[wasm_bindgen_test]
async fn a_superseded_request_is_aborted_and_never_shown() {
    let stub = FetchStub::install(false);
    let history = window().history().unwrap();
    let page = window().location().href().unwrap();
    let config = Config {
        src: "https://stub.example/first.json".to_owned(),
        ..Config::standalone("")
    };
    let root = container();
    let (shown, observer) = record_shown(&root);
    let target = root.clone();
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <Reader config=config host_lang=None target=target /> },
    );
    stub.requested(1).await;
    // Back to an older entry, then forward to a newer one, before the first answer came.
    let go_to = |src: &str| {
        let url = format!("?src={}", js_sys::encode_uri_component(src));
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(&url))
            .unwrap();
        let event = web_sys::PopStateEvent::new("popstate").unwrap();
        window().dispatch_event(&event).unwrap();
    };
    let urls = [
        "https://stub.example/older.json",
        "https://stub.example/newer.json",
    ];
    for (index, url) in (1..).zip(urls) {
        go_to(url);
        assert_eq!(stub.requested(index + 1).await[index], url);
        assert!(
            stub.aborted(index - 1),
            "request {} aborted once replaced",
            index - 1
        );
    }
    assert!(!stub.aborted(2));
    // The superseded answers come anyway, before the current one: they go through the same steps
    // ahead of it, so by the time it is shown, any of them that was going to be shown had been.
    stub.respond(0, &article_titled("First article"));
    stub.respond(1, &article_titled("Older article"));
    stub.respond(2, &article_titled("Newer article"));
    let headline = wait_for(&root, "h1").await;
    assert_eq!(headline.text_content().unwrap(), "Newer article");
    observer.disconnect();
    assert_eq!(*shown.borrow(), ["Newer article"]);
    assert_eq!(text(&root, "h1"), "Newer article");
    drop(handle);
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&page))
        .unwrap();
    root.remove();
}

/// The reader's Trusted Types policy (`article-reader`) vouches for JSON objects only, the
/// JSON-LD it writes, so it can never mint a script that runs; it is never the `default` policy.
#[wasm_bindgen_test]
fn trusted_types_policy_vouches_for_json_objects_only() {
    use article_reader::browser::trusted_script;
    use js_sys::Reflect;
    let global = js_sys::global();
    let trusted_script_class: js_sys::Function = Reflect::get(&global, &"TrustedScript".into())
        .unwrap()
        .unchecked_into();
    let json_ld = r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"</script><script>alert(1)</script>"}"#;
    let trusted = trusted_script(json_ld).unwrap();
    assert_eq!(trusted.as_string(), None, "a TrustedScript, not a string");
    assert!(Reflect::get(&trusted, &"constructor".into())
        .unwrap()
        .loose_eq(&trusted_script_class));
    let text = trusted.unchecked_ref::<js_sys::Object>().to_string();
    assert_eq!(String::from(text), json_ld);
    // The same policy again (a page can create a name only once): still one rule.
    assert!(trusted_script(" {} ").is_ok());
    for script in [
        "alert(1)",
        "[1, 2]",
        "\"text\"",
        "1",
        "null",
        "{\"a\": 1}; alert(1)",
        "({})",
        "",
    ] {
        assert!(
            trusted_script(script).is_err(),
            "{script:?} must be refused"
        );
    }
    let factory = Reflect::get(&global, &"trustedTypes".into()).unwrap();
    assert!(Reflect::get(&factory, &"defaultPolicy".into())
        .unwrap()
        .is_null());
}

/// The tools act when clicked, as a reader uses them: the Display control opens its panel and
/// makes the text larger (and smaller again), a contents link moves focus to its heading and
/// marks itself as the place being read.
#[wasm_bindgen_test]
async fn the_tools_act_when_clicked() {
    let root = mount_reader(
        data_url(include_str!("fixtures/valid/longread-fr.json")),
        None,
    );
    let toggle: HtmlElement = wait_for(&root, ".rdr-display-toggle")
        .await
        .unchecked_into();
    let reader = one(&root, ".rdr");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel = one(
        &root,
        &format!("#{}", toggle.get_attribute("aria-controls").unwrap()),
    );
    assert!(panel.has_attribute("hidden"), "the panel starts closed");

    toggle.click();
    wait_for(&root, ".rdr-display-toggle[aria-expanded=true]").await;
    assert!(!panel.has_attribute("hidden"), "the panel opens");
    let size = reader.get_attribute("data-size").unwrap();
    let larger: HtmlElement = one(&root, ".rdr-display-larger").unchecked_into();
    larger.click();
    let grown = (size.parse::<u8>().unwrap() + 1).to_string();
    wait_for(&root, &format!(".rdr[data-size='{grown}']")).await;
    let smaller: HtmlElement = one(&panel, ".rdr-tool-btn").unchecked_into();
    smaller.click();
    wait_for(&root, &format!(".rdr[data-size='{size}']")).await;
    toggle.click();
    wait_for(&root, ".rdr-display-toggle[aria-expanded=false]").await;
    assert!(panel.has_attribute("hidden"), "the panel closes");

    let link: HtmlElement = wait_for(&root, ".rdr-contents-list a[data-block]")
        .await
        .unchecked_into();
    let target = link.get_attribute("href").unwrap();
    link.click();
    wait_for(&root, ".rdr-contents-list a[aria-current=location]").await;
    let focused = document().active_element().unwrap();
    assert_eq!(format!("#{}", focused.id()), target, "focus on the heading");
    root.remove();
}

/// Share, as a reader uses it: Copy link puts the article's URL on the clipboard and says so in
/// the group's live region; when the clipboard refuses, the link is shown in a field, selected,
/// with the instructions said instead.
#[wasm_bindgen_test]
async fn share_copies_the_link_or_shows_it_selected() {
    // A clipboard that records what it is given, or refuses when told to.
    run_js(
        "window.__copied = []; window.__refuse = false;
         Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
           writeText: (t) => window.__refuse ? Promise.reject(new DOMException('no', 'NotAllowedError'))
                                             : (window.__copied.push(t), Promise.resolve()) } });",
    );
    let json = include_str!("fixtures/valid/full.json");
    let url = story_from_json(json, &SOURCE).unwrap().url.unwrap();
    let tools = Tools {
        share: vec![ShareTarget::Copy, ShareTarget::Email],
        ..Tools::default()
    };
    let root = mount_article_with(json, UiLang::En, tools);
    let group = wait_for(&root, ".rdr-share[role=group]").await;
    assert_eq!(
        group.get_attribute("aria-label").as_deref(),
        Some("Share this article")
    );
    let copy: HtmlElement = one(&group, "[data-share=copy]").unchecked_into();
    copy.click();
    wait_for(&group, "[role=status]:not(:empty)").await;
    assert_eq!(text(&group, "[role=status]"), "Link copied");
    let copied = js_sys::Reflect::get(&window(), &"__copied".into()).unwrap();
    assert_eq!(
        js_sys::Array::from(&copied).to_vec(),
        vec![JsValue::from_str(&url)],
        "the canonical URL is on the clipboard"
    );
    let mail = one(&group, "[data-share=email]");
    assert!(mail.get_attribute("href").unwrap().starts_with("mailto:?"));

    run_js("window.__refuse = true;");
    copy.click();
    let field = wait_for(&group, ".rdr-share-fallback input").await;
    wait_for(&group, "[role=status]:not(:empty)").await;
    assert!(text(&group, "[role=status]").starts_with("The link could not be copied"));
    let input: web_sys::HtmlInputElement = field.unchecked_into();
    assert_eq!(input.value(), url);
    wait_for(&group, ".rdr-share-fallback input:focus").await;
    root.remove();
}

/// Listen, as a reader uses it: shown only where the browser has a voice for the article's
/// language; its button opens the player, Play speaks the headline first in the article's
/// language with that voice, and Pause stops it.
#[wasm_bindgen_test]
async fn listen_opens_its_player_and_speaks_the_headline() {
    // A speech engine with one French voice, which records what it is asked to say.
    run_js(
        "const log = window.__speech = { spoken: [], cancels: 0 };
         class Utterance extends EventTarget {
           constructor(text) { super(); Object.assign(this, { text, lang: '', voice: null, rate: 1 }); }
         }
         const synth = new EventTarget();
         synth.getVoices = () => [{ name: 'Amélie', lang: 'fr-FR', voiceURI: 'urn:voice:fr' }];
         synth.speak = (u) => log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.voiceURI });
         synth.cancel = () => { log.cancels++; };
         synth.pause = () => {}; synth.resume = () => {};
         Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
         window.SpeechSynthesisUtterance = Utterance;",
    );
    let spoken = || {
        let log = js_sys::Reflect::get(&window(), &"__speech".into()).unwrap();
        js_sys::Array::from(&js_sys::Reflect::get(&log, &"spoken".into()).unwrap()).to_vec()
    };
    for (fixture, has_voice) in [
        (include_str!("fixtures/valid/longread-fr.json"), true),
        (include_str!("fixtures/valid/minimal.json"), false),
    ] {
        let title = story_from_json(fixture, &SOURCE).unwrap().title;
        let tools = Tools {
            listen: true,
            ..Tools::default()
        };
        let root = mount_article_with(fixture, UiLang::En, tools);
        let listen = wait_for(&root, ".rdr-listen").await;
        if !has_voice {
            assert!(listen.has_attribute("hidden"), "no voice, no Listen");
            root.remove();
            continue;
        }
        wait_for(&root, ".rdr-listen:not([hidden])").await;
        let button: HtmlElement = one(&listen, ":scope > button").unchecked_into();
        assert_eq!(
            button.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        button.click();
        wait_for(&listen, ":scope > button[aria-expanded=true]").await;
        let panel = one(&listen, ".rdr-listen-panel[role=group]");
        assert!(!panel.has_attribute("hidden"), "the player opens");
        let play: HtmlElement = one(&panel, ".rdr-listen-play").unchecked_into();
        assert_eq!(play.text_content().as_deref(), Some("Play"));
        play.click();
        until(|| !spoken().is_empty(), "something is spoken").await;
        let first = spoken().into_iter().next().unwrap();
        let field = |name: &str| {
            js_sys::Reflect::get(&first, &name.into())
                .unwrap()
                .as_string()
        };
        let said = field("text").unwrap();
        assert!(said.contains(&title), "{said:?} is the headline {title:?}");
        assert!(field("lang").unwrap().starts_with("fr"), "spoken in French");
        assert_eq!(field("voice").as_deref(), Some("urn:voice:fr"));
        until(
            || play.text_content().as_deref() == Some("Pause"),
            "Play becomes Pause",
        )
        .await;
        play.click();
        until(
            || play.text_content().as_deref() == Some("Play"),
            "Pause becomes Play",
        )
        .await;
        root.remove();
    }
}
