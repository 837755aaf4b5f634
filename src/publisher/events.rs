//! What a page's scripts hear from a reader: `article-reader:*` CustomEvents dispatched on its
//! element (the `<article-reader>` or `[data-article-reader]` element), bubbling and composed,
//! so a listener on the element, the document or the window hears them. The reader itself never
//! sends anything anywhere. The element's `ready` promise ([`super::element`]) is settled by these
//! events; [`Events::loading`] re-arms it when a load begins. `docs/events-and-api.md`.

use js_sys::Object;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use super::element;
use crate::browser::js;
use article_core::fault::Fault;
use article_core::logic::display::Display;
use article_core::story::Story;

/// One reader's event target, shared by its components through context.
#[derive(Clone, Copy)]
pub struct Events {
    host: StoredValue<Option<HtmlElement>, LocalStorage>,
}

impl Events {
    /// Events dispatched on `host`; none at all without one (a component test).
    pub fn new(host: Option<HtmlElement>) -> Events {
        Events {
            host: StoredValue::new_local(host),
        }
    }

    /// The events of the reader the calling component belongs to.
    pub fn current() -> Events {
        use_context::<Events>().unwrap_or_else(|| Events::new(None))
    }

    /// A load begins: the element's `ready` becomes a pending promise (unless it is one).
    pub fn loading(self) {
        if let Some(Some(host)) = self.host.try_get_value() {
            element::arm(&host);
        }
    }

    /// `article-reader:load`: the article shown, fetched from `src`.
    pub fn loaded(self, story: &Story, src: &str) {
        self.emit(
            "load",
            &[
                ("id", story.id.as_str().into()),
                (
                    "url",
                    story.url.as_deref().map_or(JsValue::NULL, JsValue::from),
                ),
                ("src", src.into()),
                ("title", story.title.as_str().into()),
                ("lang", story.lang.as_str().into()),
                ("words", (story.word_count() as f64).into()),
                ("minutes", story.reading.slow.into()),
                ("source", story.format.key().into()),
            ],
        );
    }

    /// `article-reader:error`: why no article is shown.
    pub fn failed(self, fault: &Fault) {
        let report = fault.report();
        let mut detail = vec![
            ("kind", report.kind.into()),
            ("message", report.message.into()),
        ];
        if let Some(status) = report.status {
            detail.push(("status", status.into()));
        }
        if let Some(path) = report.path {
            detail.push(("path", path.into()));
        }
        self.emit("error", &detail);
    }

    /// `article-reader:progress`: `percent` of the body read, after `seconds` of visible time.
    pub fn progress(self, percent: u8, seconds: f64) {
        self.emit(
            "progress",
            &[("percent", percent.into()), ("seconds", seconds.into())],
        );
    }

    /// `article-reader:share`: a share control was used (its `data-share` token).
    pub fn shared(self, target: &str) {
        self.emit("share", &[("target", target.into())]);
    }

    /// `article-reader:related`: a related story was opened, in place from `src` if given.
    pub fn related(self, url: &str, src: Option<&str>) {
        let mut detail = vec![("url", url.into())];
        if let Some(src) = src {
            detail.push(("src", src.into()));
        }
        self.emit("related", &detail);
    }

    /// `article-reader:display`: the reader changed a Display choice (the whole set is sent).
    pub fn display(self, display: Display) {
        self.emit(
            "display",
            &[
                ("size", display.size.into()),
                ("spacing", display.spacing.into()),
                ("theme", display.theme.key().into()),
                ("font", display.font.key().into()),
                ("width", display.width.into()),
                ("letters", display.letters.into()),
                ("words", display.words.into()),
                ("align", display.align.key().into()),
            ],
        );
    }

    /// Dispatches `article-reader:<name>` with a plain object of `fields` as its detail.
    fn emit(self, name: &str, fields: &[(&str, JsValue)]) {
        let Some(Some(host)) = self.host.try_get_value() else {
            return; // No element, or the reader is gone.
        };
        let detail = Object::new();
        for (key, value) in fields {
            js::set(&detail, key, value);
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        let name = format!("article-reader:{name}");
        match CustomEvent::new_with_event_init_dict(&name, &init) {
            // A listener's exception is reported by the browser and stops nothing here.
            Ok(event) => drop(host.dispatch_event(&event)),
            Err(_) => leptos::logging::warn!("article reader: could not create {name}"),
        }
    }
}
