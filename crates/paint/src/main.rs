//! The paint module: the small module on the critical path that puts each reader's article on
//! screen as soon as its JSON has arrived, with no framework. The start-up script
//! (`src/publisher/loader.js`) calls [`paint`] with the text of the early request; the Leptos
//! reader, loaded after the first paint, adopts what was painted and mounts its tools around it.
//!
//! It reads our contract and WordPress posts (the other formats wait for the full reader), and
//! paints nothing for a document it cannot read: the full reader then shows it, or its fault.

#[cfg(target_arch = "wasm32")]
mod paint {
    use std::cell::RefCell;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    use article_core::logic::display::{Display, STORAGE_KEY};
    use article_core::logic::lang::{is_language_tag, UiLang};
    use article_core::normalize::{paint_story, Source};
    use article_core::story::Story;
    use article_paint::body::Done;
    use article_paint::dom::{document, window};
    use article_paint::host::{
        config_of, host_lang, is_standalone, next_reader_id, painted_root, reflect_in_page, target,
        PAINTED,
    };
    use article_paint::json::parse_json;
    use article_paint::ui::id_of_root;
    use article_paint::view::{article, progress, related, root, skeleton as skeleton_view};
    use article_paint::Ui;
    use js_sys::Function;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    thread_local! {
        /// Articles read and waiting to be drawn, by handle.
        static PREPARED: RefCell<Vec<(u32, Prepared)>> = const { RefCell::new(Vec::new()) };
    }

    /// An article read from its JSON, to be drawn in its reader's element.
    struct Prepared {
        element: HtmlElement,
        story: Arc<Story>,
        url: String,
    }

    /// Reads the article whose JSON `text` came from `url`, for the reader of `element`, and
    /// keeps it for [`draw`]: a handle, or 0 when there is nothing to paint (a format or a fault
    /// the full reader shows). Reading and drawing are two calls so that the page gets a turn in
    /// between (two short tasks instead of one long one).
    #[wasm_bindgen]
    pub fn prepare(element: HtmlElement, text: JsValue, url: String) -> u32 {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let Some(story) = read(&element, &text, &url) else {
            return 0;
        };
        let handle = NEXT.fetch_add(1, Ordering::Relaxed);
        let prepared = Prepared {
            element,
            story: Arc::new(story),
            url,
        };
        PREPARED.with_borrow_mut(|list| list.push((handle, prepared)));
        handle
    }

    /// Forgets a prepared article (its reader took the request over first).
    #[wasm_bindgen]
    pub fn discard(handle: u32) {
        take(handle);
    }

    /// Draws the prepared article `handle` in place of its loading placeholder; `done` is called
    /// once its body's last block is in. `false` when it drew nothing.
    #[wasm_bindgen]
    pub fn draw(handle: u32, done: Function) -> bool {
        let Some(prepared) = take(handle) else {
            return false;
        };
        let done = Box::new(move || drop(done.call0(&JsValue::NULL)));
        draw_reader(&prepared, done).is_some()
    }

    fn take(handle: u32) -> Option<Prepared> {
        PREPARED.with_borrow_mut(|list| {
            let index = list.iter().position(|(h, _)| *h == handle)?;
            Some(list.remove(index).1)
        })
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

    /// Announces that `element`'s article at `url` is slow to come (its placeholder's status
    /// line, politely, in the reader's interface language); the reader keeps the words.
    #[wasm_bindgen]
    pub fn loading(element: HtmlElement, url: String) -> bool {
        let (config, _) = config_of(&element);
        let lang = UiLang::choose([config.lang.as_deref(), host_lang(&element).as_deref()]);
        let status = target(&element, true)
            .and_then(|target| painted_root(&target, &url))
            .and_then(|root| root.query_selector(":scope > [role=status]").ok().flatten());
        match status {
            Some(status) => {
                status.set_text_content(Some(Ui::numbered(lang, 0).strings.loading));
                true
            }
            None => false,
        }
    }

    /// The display choices the reader made on this site.
    fn stored_display() -> Display {
        window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .map(|text| Display::from_storage(&text))
            .unwrap_or_default()
    }

    /// The story of `element`'s reader from the JSON `text` at `url`, in a format painted here.
    fn read(element: &HtmlElement, text: &JsValue, url: &str) -> Option<Story> {
        if !element.is_connected() {
            return None;
        }
        let (config, _) = config_of(element);
        let fallback_lang = config
            .lang
            .clone()
            .or_else(|| host_lang(element))
            .filter(|l| is_language_tag(l))
            .unwrap_or_else(|| "en".to_owned());
        let value = parse_json(text).ok()?;
        let source = Source {
            url,
            fallback_lang: &fallback_lang,
        };
        paint_story(&value, &source)
    }

    fn draw_reader(prepared: &Prepared, done: Done) -> Option<()> {
        let Prepared {
            element,
            story,
            url,
        } = prepared;
        if !element.is_connected() {
            return None;
        }
        let (config, _) = config_of(element);
        let lang = UiLang::choose([config.lang.as_deref(), Some(story.lang.as_str())]);
        // The placeholder painted meanwhile gives way, and its reader keeps its number.
        let target = target(element, true)?;
        let placeholder = painted_root(&target, url);
        let id = placeholder.as_ref().and_then(|root| id_of_root(&root.id()));
        let ui = Ui::numbered(lang, id.unwrap_or_else(next_reader_id));
        let document = document()?;
        let root = root(&document, ui, stored_display())?;
        root.set_attribute(PAINTED, url).ok()?;
        let article = article(&document, story, ui, &config.share, done)?;
        // The places of the reader's progress bar and related stories, filled as it fills them.
        let bar = progress(&document)?;
        root.append_child(&bar).ok()?;
        root.append_child(&article).ok()?;
        if cfg!(feature = "related") && config.related {
            for part in related(&document, story, ui, is_standalone(element))? {
                article.append_child(&part).ok()?;
            }
        }
        if is_standalone(element) {
            reflect_in_page(story, ui.strings);
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
