//! Every view in every state on a page that enforces Trusted Types: loading, the faults, the
//! article with all its tools, and each tool opened and used. A test binary of its own, so that
//! its page alone enforces the policy (`require-trusted-types-for 'script'`, the reader's own
//! policy allowed, as a strict publisher's page sets it). Any sink given a plain string throws
//! and is reported as a violation; the test fails on either.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // Tests may fail loudly.

mod support;

use std::cell::RefCell;
use std::rc::Rc;

use article_core::config::Config;
use article_core::logic::share_links::ShareTarget;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use support::{data_url, one, run_js, until, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

/// Installs the stubs the tools need (a speech engine with a French voice, a clipboard that
/// refuses), then makes the page enforce Trusted Types, and returns the violations reported from
/// then on. The stubs go first: defining them runs script from a string, which the policy then
/// refuses.
async fn enforce() -> Rc<RefCell<Vec<String>>> {
    run_js(
        "class Utterance extends EventTarget {
           constructor(text) { super(); Object.assign(this, { text, lang: '', voice: null, rate: 1 }); }
         }
         const synth = new EventTarget();
         synth.getVoices = () => [{ name: 'Amélie', lang: 'fr-FR', voiceURI: 'urn:voice:fr' }];
         synth.speak = () => {}; synth.cancel = () => {}; synth.pause = () => {}; synth.resume = () => {};
         Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
         window.SpeechSynthesisUtterance = Utterance;
         Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
           writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });",
    );
    let violations = Rc::new(RefCell::new(Vec::new()));
    let seen = Rc::clone(&violations);
    let listener = Closure::<dyn FnMut(web_sys::SecurityPolicyViolationEvent)>::new(
        move |event: web_sys::SecurityPolicyViolationEvent| {
            seen.borrow_mut()
                .push(format!("{} {}", event.violated_directive(), event.sample()));
        },
    );
    document()
        .add_event_listener_with_callback(
            "securitypolicyviolation",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    listener.forget();
    let meta = document().create_element("meta").unwrap();
    meta.set_attribute("http-equiv", "Content-Security-Policy")
        .unwrap();
    meta.set_attribute(
        "content",
        "require-trusted-types-for 'script'; trusted-types article-reader",
    )
    .unwrap();
    document().head().unwrap().append_child(&meta).unwrap();
    // The policy is in force: a plain string into an HTML sink is refused.
    let probe = document().create_element("div").unwrap();
    let refused = js_sys::Reflect::set(&probe, &"innerHTML".into(), &"<b>not trusted</b>".into());
    assert!(refused.is_err(), "Trusted Types are not enforced");
    assert_eq!(probe.child_element_count(), 0);
    // And reported: the listener hears it (then forgets it, the test's own doing).
    let heard = Rc::clone(&violations);
    until(
        || !heard.borrow().is_empty(),
        "the probe's violation is reported",
    )
    .await;
    assert!(violations.borrow()[0].contains("not trusted"));
    violations.borrow_mut().clear();
    violations
}

fn reader(src: String, standalone: bool) -> HtmlElement {
    support::mount_reader(Config {
        src,
        lang: Some("fr".to_owned()),
        standalone,
        share: vec![ShareTarget::Copy, ShareTarget::Email, ShareTarget::X],
        ..Config::standalone("")
    })
}

async fn click(root: &HtmlElement, selector: &str) {
    wait_for(root, selector)
        .await
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn every_view_in_every_state_renders_under_trusted_types() {
    let violations = enforce().await;

    // Loading: a request never answered (fetch replaced for this reader) shows the placeholder.
    let fetch = js_sys::Reflect::get(&window(), &"fetch".into()).unwrap();
    let never =
        Closure::<dyn FnMut() -> js_sys::Promise>::new(|| js_sys::Promise::new(&mut |_, _| {}));
    js_sys::Reflect::set(&window(), &"fetch".into(), never.as_ref()).unwrap();
    let pending = reader("https://news.example/pending.json".to_owned(), false);
    wait_for(&pending, ".rdr-skeleton").await;
    js_sys::Reflect::set(&window(), &"fetch".into(), &fetch).unwrap();
    pending.remove();
    // Faults: a body cut short (then Retry), a server that cannot be reached.
    let cut = reader(data_url("{\"title\": \"Cou"), false);
    wait_for(&cut, "[role=alert]").await;
    click(&cut, "[role=alert] button").await;
    wait_for(&cut, "[role=alert]").await;
    cut.remove();
    let missing = reader("https://127.0.0.1:9/nothing.json".to_owned(), false);
    wait_for(&missing, "[role=alert]").await;
    missing.remove();

    // The article with every tool, standalone (its document head and JSON-LD go through the
    // reader's policy).
    let root = reader(
        data_url(include_str!("fixtures/valid/longread-fr.json")),
        true,
    );
    wait_for(&root, ".rdr-body p").await;
    // Display: open, larger, a theme, closed.
    click(&root, ".rdr-display-toggle").await;
    let size: u8 = one(&root, ".rdr")
        .get_attribute("data-size")
        .unwrap()
        .parse()
        .unwrap();
    click(&root, ".rdr-display-larger").await;
    wait_for(&root, &format!(".rdr[data-size='{}']", size + 1)).await;
    click(&root, ".rdr-display-toggle").await;
    // Listen: the player, Play, Pause.
    click(&root, ".rdr-listen:not([hidden]) > button").await;
    let play: HtmlElement = one(&root, ".rdr-listen-play").unchecked_into();
    play.click();
    until(
        || play.text_content().as_deref() == Some("Pause"),
        "Play becomes Pause",
    )
    .await;
    play.click();
    // Share: Copy link refused, the link shown in a field.
    click(&root, "[data-share=copy]").await;
    let field: HtmlInputElement = wait_for(&root, ".rdr-share-fallback input")
        .await
        .unchecked_into();
    assert!(field.value().starts_with("https://"));
    // Contents: a link moves to its heading.
    click(&root, ".rdr-contents-list a[data-block]").await;
    wait_for(&root, ".rdr-contents-list a[aria-current=location]").await;
    // Quote links: a selected passage is offered.
    let text = one(&root, ".rdr-body p").first_child().unwrap();
    let range = document().create_range().unwrap();
    range.set_start(&text, 0).unwrap();
    range.set_end(&text, 30).unwrap();
    let selection = window().get_selection().unwrap().unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    let release = web_sys::KeyboardEvent::new("keyup").unwrap();
    window().dispatch_event(&release).unwrap();
    wait_for(&root, ".rdr-quote-tools:not([hidden])").await;
    // JSON-LD was written through the policy.
    let ld = document()
        .query_selector("script[type='application/ld+json']")
        .unwrap()
        .expect("the standalone reader writes its JSON-LD");
    assert!(ld.text_content().unwrap().contains("NewsArticle"));
    root.remove();

    assert_eq!(*violations.borrow(), Vec::<String>::new());
}
