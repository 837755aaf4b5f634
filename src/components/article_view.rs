//! The reading view of one article: its static parts, painted by the paint module or built by the
//! same code (`article_paint::view`), and the interactive tools mounted as Leptos islands in the
//! places that view leaves for them. Adopting a painted article changes none of its nodes: the
//! scroll position, focus and a text selection inside it stay as they are.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use web_sys::{Element, Node};

use crate::hooks::use_end_key::use_end_key;
use crate::hooks::use_ui::use_ui;
use article_core::logic::share_links::{clean_page_url, ShareTarget};
use article_core::story::Story;
use article_paint::body::EXACT_AT_ENDS;
use article_paint::view::{PLACEHOLDER, TOOLS};

/// The reader tools an article view shows, from the reader's configuration. A tool compiled out
/// (Cargo features, see Cargo.toml) is not shown whatever the configuration says.
#[derive(Clone, Default)]
pub struct Tools {
    /// Share controls in order; empty for none.
    pub share: Vec<ShareTarget>,
    /// Whether related stories are shown.
    pub related: bool,
    /// Whether the place where the article is left is remembered and offered back.
    pub resume: bool,
    /// Whether the article can be read aloud (where the browser has a voice for it).
    pub listen: bool,
    /// Time limit for fetching `relatedSrc`.
    pub timeout_secs: u32,
    /// The absolute URL the article JSON came from.
    pub source: String,
    /// Opens a related story in place (standalone reader only).
    pub on_open: Option<Callback<String>>,
}

/// A Leptos view mounted at a place in DOM it does not own; [`Island::remove`] takes it out.
pub struct Island(Box<dyn FnOnce()>);

impl Island {
    /// Builds `view` in the current reactive owner and mounts it in `parent`, before `before`
    /// (at the end without one).
    pub fn mount(parent: &Element, before: Option<&Node>, view: impl IntoView + 'static) -> Island {
        let mut state = view.into_view().build();
        state.mount(parent, before);
        Island(Box::new(move || state.unmount()))
    }

    /// Takes the view out of the page.
    pub fn remove(self) {
        (self.0)();
    }
}

/// An island to mount after the article is on screen, in a task of its own (`None`: nothing to
/// mount after all).
type Later = Box<dyn FnOnce() -> Option<Island>>;

/// What a view put on the page: the nodes it inserted and its islands, and the islands it leaves
/// for later tasks ([`Shown::mount_later`]).
#[derive(Default)]
pub struct Shown {
    pub nodes: Vec<Element>,
    pub islands: Vec<Island>,
    later: Vec<Later>,
    /// The islands mounted later so far, and whether the view was taken down meanwhile.
    staged: Rc<RefCell<(Vec<Island>, bool)>>,
}

impl Shown {
    /// Mounts the islands left for later in `owner`, one per task, so that taking over an
    /// article is several short tasks rather than one long one; then calls `done`, in the task
    /// after the last. Nothing more is mounted, and `done` is not called, once the view is
    /// taken down ([`Shown::remove`]).
    fn mount_later(&mut self, owner: Owner, done: impl FnOnce() + 'static) {
        let queue: VecDeque<Later> = self.later.drain(..).collect();
        next_task(queue, owner, Rc::clone(&self.staged), Box::new(done));
    }

    /// Takes all of it out of the page.
    pub fn remove(self) {
        let staged = {
            let mut staged = self.staged.borrow_mut();
            staged.1 = true;
            std::mem::take(&mut staged.0)
        };
        for island in self.islands.into_iter().chain(staged) {
            island.remove();
        }
        for node in self.nodes {
            node.remove();
        }
    }
}

/// Mounts the first of `queue` in the next task, then the rest, each in a task of its own.
fn next_task(
    mut queue: VecDeque<Later>,
    owner: Owner,
    staged: Rc<RefCell<(Vec<Island>, bool)>>,
    done: Box<dyn FnOnce()>,
) {
    set_timeout(
        move || {
            if staged.borrow().1 {
                return; // Taken down meanwhile.
            }
            match queue.pop_front() {
                Some(mount) => {
                    if let Some(island) = owner.with(mount) {
                        staged.borrow_mut().0.push(island);
                    }
                    next_task(queue, owner, staged, done);
                }
                None => done(),
            }
        },
        Duration::ZERO,
    );
}

/// Shows `story` in `parent`: adopts `painted` (the article the paint module drew there, left as
/// it is) or builds the article at the end of `parent`, then mounts the tools in their places.
/// Headline, standfirst, byline, dates, reading time, lead image, body, credit, tags and authors
/// are in the article's own language and direction; interface text in the enclosing reader's
/// ([`use_ui`](crate::hooks::use_ui::use_ui)). The tools around the body come in tasks of their own, after this one;
/// `done` is called in the task after the last. `None` when the document refuses to make an
/// element.
pub fn show_article(
    parent: &Element,
    painted: Option<Element>,
    story: Arc<Story>,
    tools: Tools,
    done: impl FnOnce() + 'static,
) -> Option<Shown> {
    let Some(mut shown) = build(parent, painted, story, tools) else {
        set_timeout(done, Duration::ZERO);
        return None;
    };
    match Owner::current() {
        Some(owner) => shown.mount_later(owner, done),
        None => set_timeout(done, Duration::ZERO),
    }
    Some(shown)
}

/// Follows the article's own in-page links (a table of contents, footnotes and their way back)
/// in `body`: the target is found in this reader's tree (in a shadow root, the page's fragment
/// navigation would look for it in the document and not find it), scrolled to and given focus,
/// so that reading goes on from there. Until the view is taken down.
fn in_page_links(body: &Element) -> Island {
    use wasm_bindgen::{closure::Closure, JsCast};
    let follow = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a[href^='#']").ok().flatten());
        let Some(link) = link else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        let id = js_sys::decode_uri_component(href.get(1..).unwrap_or_default())
            .map(String::from)
            .unwrap_or_default();
        let root = link.get_root_node();
        let target = crate::browser::js::call(&root, "getElementById", &[&id.into()])
            .and_then(|t| t.dyn_into::<Element>().ok());
        let Some(target) = target else {
            return;
        };
        event.prevent_default();
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        crate::browser::scroll_to(&target);
        crate::browser::focus_in_place(&target);
    });
    let _ = body.add_event_listener_with_callback("click", follow.as_ref().unchecked_ref());
    let body = body.clone();
    Island(Box::new(move || {
        let _ = body.remove_event_listener_with_callback("click", follow.as_ref().unchecked_ref());
    }))
}

/// The article and the tools of [`show_article`], the later ones not mounted yet.
// With tools compiled out (Cargo features), places and names made for them may go unused.
#[cfg_attr(
    not(all(
        feature = "share",
        feature = "display",
        feature = "listen",
        feature = "contents",
        feature = "quote-links",
        feature = "resume",
        feature = "related"
    )),
    allow(unused_variables)
)]
fn build(
    parent: &Element,
    painted: Option<Element>,
    story: Arc<Story>,
    tools: Tools,
) -> Option<Shown> {
    let ui = use_ui();
    let article = match painted {
        Some(article) => article,
        None => {
            let article = article_paint::view::article(
                &document(),
                &story,
                ui,
                &tools.share,
                Box::new(|| ()),
            )?;
            parent.append_child(&article).ok()?;
            article
        }
    };
    let mut shown = Shown {
        nodes: vec![article.clone()],
        ..Shown::default()
    };
    if story.body.len() > 2 * EXACT_AT_ENDS {
        // Some blocks have estimated heights: a jump to the end may stop short of it.
        use_end_key();
    }
    let ui_lang = ui.lang_within(&story.lang);
    // The URL shared and linked to: the canonical one, else this page's, without tracking.
    let page_url = story
        .url
        .clone()
        .unwrap_or_else(|| clean_page_url(&window().location().href().unwrap_or_default()));
    let part = |selector: &str| article.query_selector(selector).ok().flatten();
    let (header, body) = (part(".rdr-header")?, part(".rdr-body")?);
    shown.islands.push(in_page_links(&body));

    if let Some(row) = part(&format!(".{TOOLS}")) {
        // The row's stand-ins go in the same task as the tools come: nothing moves.
        while let Some(child) = row.first_child() {
            let _ = row.remove_child(&child);
        }
        for name in [PLACEHOLDER, "aria-hidden", "inert"] {
            let _ = row.remove_attribute(name);
        }
        let row_view = view! {
            <ToolsRow story=story.clone() share=tools.share.clone() listen=tools.listen
                url=page_url.clone() lang=ui_lang />
        };
        shown.islands.push(Island::mount(&row, None, row_view));
    }
    // The other tools come in tasks of their own, after the article is the reader's.
    #[cfg(feature = "resume")]
    if tools.resume {
        let (article, id) = (article.clone(), story.id.clone());
        shown.later.push(Box::new(move || {
            let after_header = header.next_sibling();
            let resume = view! { <super::resume::Resume id=id /> };
            Some(Island::mount(&article, after_header.as_ref(), resume))
        }));
    }
    #[cfg(feature = "contents")]
    {
        let (article, body, story) = (article.clone(), body.clone(), story.clone());
        shown.later.push(Box::new(move || {
            let contents = view! { <super::contents::Contents story=story /> };
            Some(Island::mount(&article, Some(&body), contents))
        }));
    }
    #[cfg(feature = "quote-links")]
    {
        let (article, body) = (article.clone(), body.clone());
        let (title, targets) = (story.title.clone(), tools.share.clone());
        shown.later.push(Box::new(move || {
            let quote = view! {
                <super::quote_links::QuoteLinks url=page_url title=title targets=targets />
            };
            let after_body = body.next_sibling();
            Some(Island::mount(&article, after_body.as_ref(), quote))
        }));
    }
    // The painted related stories give way to the reader's, in the same task: nothing moves.
    let painted_related = {
        let article = article.clone();
        move || {
            for painted in [".rdr-related-sentinel", ".rdr-related"] {
                let selector = format!(":scope > {painted}");
                if let Some(part) = article.query_selector(&selector).ok().flatten() {
                    part.remove();
                }
            }
        }
    };
    if !(cfg!(feature = "related") && tools.related) {
        painted_related();
    }
    #[cfg(feature = "related")]
    if tools.related {
        let mut current = vec![tools.source.clone()];
        current.extend(story.url.clone());
        let article = article.clone();
        shown.later.push(Box::new(move || {
            painted_related();
            let related = view! {
                <super::related_stories::RelatedStories
                    initial=story.related.clone()
                    src=story.related_src.clone()
                    current=current
                    article_lang=story.lang.clone()
                    timeout_secs=tools.timeout_secs
                    on_open=tools.on_open
                />
            };
            Some(Island::mount(&article, None, related))
        }));
    }
    Some(shown)
}

/// The tools' row at the head of the article: Display, Listen and the share controls (those
/// compiled in and asked for), in the place the static view left for them.
#[cfg_attr(
    not(all(feature = "share", feature = "display", feature = "listen")),
    allow(unused_variables)
)]
#[component]
fn ToolsRow(
    story: Arc<Story>,
    /// The share controls, in order.
    share: Vec<ShareTarget>,
    /// Whether the article can be read aloud.
    listen: bool,
    /// The URL shared.
    url: String,
    /// `lang` for interface text inside the article.
    lang: Option<&'static str>,
) -> impl IntoView {
    #[cfg(feature = "display")]
    let display = view! { <super::display_control::DisplayControl lang=lang /> };
    #[cfg(not(feature = "display"))]
    let display = ();
    #[cfg(feature = "share")]
    let share = (!share.is_empty()).then(|| {
        view! {
            <super::share_tools::ShareTools
                targets=share
                title=story.title.clone()
                text=story.standfirst.clone().unwrap_or_default()
                url=url
                lang=lang
            />
        }
    });
    #[cfg(not(feature = "share"))]
    let share = ();
    #[cfg(feature = "listen")]
    let listen = listen.then(|| view! { <super::listen::Listen story=story lang=lang /> });
    #[cfg(not(feature = "listen"))]
    let listen = ();
    view! { {display} {listen} {share} }
}
