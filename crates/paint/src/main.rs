//! The paint module: the small module on the critical path that puts each reader's article on
//! screen as soon as its JSON has arrived, with no framework. The start-up script (`src/loader.js`)
//! calls [`paint`] with the text of the early request; the Leptos reader, loaded after the first
//! paint, adopts what was painted and mounts its tools around it.
//!
//! It reads our contract and WordPress posts (the other formats wait for the full reader), and
//! paints nothing for a document it cannot read: the full reader then shows it, or its fault.

#[cfg(target_arch = "wasm32")]
mod paint {
    use std::sync::Arc;

    use article_core::logic::display::{Display, STORAGE_KEY};
    use article_core::logic::lang::{is_language_tag, UiLang};
    use article_core::normalize::paint_story;
    use article_paint::dom::{document, window};
    use article_paint::host::{
        config_of, host_lang, is_standalone, next_reader_id, target, PAINTED,
    };
    use article_paint::json::parse_json;
    use article_paint::view::{article, root};
    use article_paint::Ui;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// Paints the article whose JSON `text` came from `url` in the reader of `element`; `false`
    /// when it painted nothing (a format or a fault the full reader shows).
    #[wasm_bindgen]
    pub fn paint(element: HtmlElement, text: JsValue, url: String) -> bool {
        paint_reader(&element, &text, &url).is_some()
    }

    fn paint_reader(element: &HtmlElement, text: &JsValue, url: &str) -> Option<()> {
        if !element.is_connected() {
            return None;
        }
        let (config, _) = config_of(element);
        let host_lang = host_lang(element);
        let fallback_lang = config
            .lang
            .clone()
            .or_else(|| host_lang.clone())
            .filter(|l| is_language_tag(l))
            .unwrap_or_else(|| "en".to_owned());
        let value = parse_json(text).ok()?;
        let story = Arc::new(paint_story(&value, &fallback_lang, url)?);
        drop(value);
        let lang = UiLang::choose([config.lang.as_deref(), Some(story.lang.as_str())]);
        let ui = Ui::numbered(lang, next_reader_id());
        let display = window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .map(|text| Display::from_storage(&text))
            .unwrap_or_default();
        let document = document()?;
        let root = root(&document, ui, display)?;
        root.set_attribute(PAINTED, url).ok()?;
        let article = article(&document, &story, ui)?;
        root.append_child(&article).ok()?;
        if is_standalone(element) {
            // The page's language and direction, and its title, are the article's at once.
            document.set_title(&story.title);
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", &story.lang);
                let _ = html.set_attribute("dir", story.dir.as_str());
            }
        }
        target(element, false)?.append_child(&root).ok()?;
        Some(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The paint module runs in the browser: build it with `scripts/release build`.");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
