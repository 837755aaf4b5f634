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
        config_of, host_lang, is_standalone, next_reader_id, painted_root, reflect_in_page, target,
        PAINTED,
    };
    use article_paint::json::parse_json;
    use article_paint::ui::id_of_root;
    use article_paint::view::{article, progress, related, root, skeleton as skeleton_view};
    use article_paint::Ui;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// Paints the article whose JSON `text` came from `url` in the reader of `element` (in place
    /// of its loading placeholder); `false` when it painted nothing (a format or a fault the full
    /// reader shows).
    #[wasm_bindgen]
    pub fn paint(element: HtmlElement, text: JsValue, url: String) -> bool {
        paint_reader(&element, &text, &url).is_some()
    }

    /// Paints the loading placeholder of `element`'s reader while its article at `url` is on its
    /// way: a busy reader root with the skeleton, which the article or the full reader replaces.
    #[wasm_bindgen]
    pub fn skeleton(element: HtmlElement, url: String) -> bool {
        paint_skeleton(&element, &url).is_some()
    }

    fn paint_skeleton(element: &HtmlElement, url: &str) -> Option<()> {
        if !element.is_connected() {
            return None;
        }
        let (config, _) = config_of(element);
        let lang = UiLang::choose([config.lang.as_deref(), host_lang(element).as_deref()]);
        let ui = Ui::numbered(lang, next_reader_id());
        let document = document()?;
        let root = root(&document, ui, stored_display())?;
        root.set_attribute(PAINTED, url).ok()?;
        root.set_attribute("aria-busy", "true").ok()?;
        let placeholder = skeleton_view(&document)?;
        root.append_child(&placeholder).ok()?;
        target(element, false)?.append_child(&root).ok()?;
        Some(())
    }

    /// The display choices the reader made on this site.
    fn stored_display() -> Display {
        window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .map(|text| Display::from_storage(&text))
            .unwrap_or_default()
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
        // The placeholder painted meanwhile gives way, and its reader keeps its number.
        let target = target(element, true)?;
        let placeholder = painted_root(&target, url);
        let id = placeholder.as_ref().and_then(|root| id_of_root(&root.id()));
        let ui = Ui::numbered(lang, id.unwrap_or_else(next_reader_id));
        let document = document()?;
        let root = root(&document, ui, stored_display())?;
        root.set_attribute(PAINTED, url).ok()?;
        let article = article(&document, &story, ui, &config.share)?;
        // The places of the reader's progress bar and related stories, filled as it fills them.
        let bar = progress(&document)?;
        root.append_child(&bar).ok()?;
        root.append_child(&article).ok()?;
        if config.related {
            for part in related(&document, &story, ui, is_standalone(element))? {
                article.append_child(&part).ok()?;
            }
        }
        if is_standalone(element) {
            reflect_in_page(&story, ui.strings);
        }
        match placeholder {
            Some(placeholder) => placeholder.replace_with_with_node_1(&root).ok()?,
            None => target.append_child(&root).map(drop).ok()?,
        }
        Some(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The paint module runs in the browser: build it with `scripts/release build`.");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
