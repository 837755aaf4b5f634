//! The reader's root and the article's static parts, in the markup and classes the Leptos reader
//! has always rendered (`style/reader.css` styles both the same). The places of the interactive
//! tools are left in the tree, empty: the Leptos reader mounts its islands there.

use std::sync::Arc;

use article_core::config::query_for;
use article_core::logic::display::Display;
use article_core::logic::reading_time::MinuteRange;
use article_core::logic::share_links::ShareTarget;
use article_core::logic::time::{relative_to, Timestamp};
use article_core::story::{LinkOut, Person, Story, Teaser};
use web_sys::{Document, Element};

use crate::body::{body, figure, Done};
use crate::dom::{append, append_text, element, set_attrs, with_text};
use crate::intl::{format_date, format_date_only, format_relative, plural_rules};
use crate::ui::Ui;

/// The class of the row in the header that receives the tools (Display, Listen, share).
pub const TOOLS: &str = "rdr-tools";

/// The attribute of a tools row that holds only their invisible stand-ins.
pub const PLACEHOLDER: &str = "data-rdr-placeholder";

/// `<div class="rdr">`: the reader's root, with its id (the back-to-top target), its interface
/// language and direction, the display choices, and its status line for assistive technology.
pub fn root(document: &Document, ui: Ui, display: Display) -> Option<Element> {
    let root = element(document, "div", Some("rdr"))?;
    root.set_id(&ui.dom_id("top"));
    set_attrs(
        &root,
        &[
            ("lang", Some(ui.lang.tag())),
            ("dir", Some(ui.lang.dir().as_str())),
        ],
    )?;
    for (name, value) in display.attributes() {
        root.set_attribute(name, &value).ok()?;
    }
    let status = element(document, "p", Some("rdr-sr"))?;
    status.set_attribute("role", "status").ok()?;
    append(&root, &status)?;
    Some(root)
}

/// The bars of the loading placeholder, top to bottom: a headline, a standfirst and paragraphs.
const SKELETON_BARS: [&str; 9] = [
    "rdr-skel rdr-skel-kicker",
    "rdr-skel rdr-skel-title",
    "rdr-skel rdr-skel-title rdr-skel-short",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line rdr-skel-short",
    "rdr-skel rdr-skel-media",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line",
    "rdr-skel rdr-skel-line rdr-skel-short",
];

/// The placeholder that holds the article's place while it loads, so nothing jumps when it
/// comes: grey bars in its shape, hidden from assistive technology (the reader announces loading
/// itself).
pub fn skeleton(document: &Document) -> Option<Element> {
    let skeleton = element(document, "div", Some("rdr-skeleton"))?;
    skeleton.set_attribute("aria-hidden", "true").ok()?;
    for bar in SKELETON_BARS {
        append(&skeleton, &element(document, "div", Some(bar))?)?;
    }
    Some(skeleton)
}

/// The article's reading view: header, lead image, body, source line, tags and authors, with the
/// tools' row empty. `ui` is the interface the labels are written in.
/// `done` runs once the body's last block is in.
pub fn article(
    document: &Document,
    story: &Arc<Story>,
    ui: Ui,
    share: &[ShareTarget],
    done: Done,
) -> Option<Element> {
    let title_id = ui.dom_id("title");
    let ui_lang = ui.lang_within(&story.lang);
    let article = element(document, "article", Some("rdr-article"))?;
    set_attrs(
        &article,
        &[
            ("lang", Some(&story.lang)),
            ("dir", Some(story.dir.as_str())),
            ("aria-labelledby", Some(&title_id)),
        ],
    )?;
    let header = element(document, "header", Some("rdr-header"))?;
    if let Some(section) = &story.section {
        let p = element(document, "p", Some("rdr-section"))?;
        append(&p, &link(document, section)?)?;
        append(&header, &p)?;
    }
    let h1 = with_text(document, "h1", Some("rdr-title"), &story.title)?;
    set_attrs(
        &h1,
        &[
            ("id", Some(&title_id)),
            ("part", Some("headline")),
            ("tabindex", Some("-1")),
        ],
    )?;
    if story.title_from_text {
        let note = with_text(document, "span", Some("rdr-sr"), ui.strings.title_from_text)?;
        set_attrs(&note, &[("lang", ui_lang)])?;
        append(&h1, &note)?;
    }
    append(&header, &h1)?;
    if let Some(standfirst) = &story.standfirst {
        let p = with_text(document, "p", Some("rdr-standfirst"), standfirst)?;
        p.set_attribute("part", "standfirst").ok()?;
        append(&header, &p)?;
    }
    let meta = element(document, "div", Some("rdr-meta"))?;
    byline(document, &meta, story, ui)?;
    append(&meta, &badge(document, story.reading, ui, ui_lang)?)?;
    append(&header, &meta)?;
    append(&header, &tools_placeholder(document, ui, share)?)?;
    append(&article, &header)?;
    if let Some(picture) = &story.image {
        append(&article, &figure(document, picture, true)?)?;
    }
    append(&article, &body(document, Arc::clone(story), ui, done)?)?;
    if let Some(credit) = &story.credit {
        append(
            &article,
            &with_text(document, "p", Some("rdr-source"), credit)?,
        )?;
    }
    if !story.tags.is_empty() {
        let list = element(document, "ul", Some("rdr-tags"))?;
        set_attrs(
            &list,
            &[("aria-label", Some(ui.strings.tags)), ("lang", ui_lang)],
        )?;
        for tag in &story.tags {
            let li = element(document, "li", None)?;
            append(&li, &link(document, tag)?)?;
            append(&list, &li)?;
        }
        append(&article, &list)?;
    }
    if let Some(authors) = author_box(document, &story.authors, ui, ui_lang) {
        append(&article, &authors)?;
    }
    Some(article)
}

/// The tools' row as it will be, invisible and inert: the Display button and the share controls
/// (those compiled in) with their classes, icons' places and labels, so that the row has its
/// final size before the reader's tools replace it (nothing below moves then).
fn tools_placeholder(document: &Document, ui: Ui, share: &[ShareTarget]) -> Option<Element> {
    let row = element(document, "div", Some(TOOLS))?;
    set_attrs(
        &row,
        &[
            (PLACEHOLDER, Some("")),
            ("aria-hidden", Some("true")),
            ("inert", Some("")),
        ],
    )?;
    let labelled = |class: &str, label: Option<&str>| -> Option<Element> {
        let control = element(document, "span", Some(class))?;
        append(&control, &element(document, "span", Some("rdr-icon"))?)?;
        if let Some(label) = label {
            append(&control, &with_text(document, "span", None, label)?)?;
        }
        Some(control)
    };
    if cfg!(feature = "display") {
        let display = element(document, "div", Some("rdr-display"))?;
        let toggle = "rdr-tool-btn rdr-tool-text rdr-display-toggle";
        append(&display, &labelled(toggle, Some(ui.strings.display))?)?;
        append(&row, &display)?;
    }
    let native = can_share_natively();
    let shown: Vec<_> = share
        .iter()
        .filter(|_| cfg!(feature = "share"))
        .filter(|t| **t != ShareTarget::Native || native)
        .collect();
    if !shown.is_empty() {
        let group = element(document, "div", Some("rdr-share"))?;
        let list = element(document, "ul", Some("rdr-share-list"))?;
        for target in shown {
            let name = ui.strings.share_name(*target);
            let control = match target {
                ShareTarget::Native | ShareTarget::Copy => {
                    labelled("rdr-share-btn rdr-share-text", Some(&name))?
                }
                _ => labelled("rdr-share-btn", None)?,
            };
            let li = element(document, "li", None)?;
            append(&li, &control)?;
            append(&list, &li)?;
        }
        append(&group, &list)?;
        append(&row, &group)?;
    }
    Some(row)
}

/// Whether the browser has a share sheet (`navigator.canShare`), as the share tools decide.
fn can_share_natively() -> bool {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok();
    navigator
        .and_then(|n| js_sys::Reflect::get(&n, &"canShare".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// The reading-progress bar's place before the article (the reader's own replaces it).
pub fn progress(document: &Document) -> Option<Element> {
    let bar = element(document, "progress", Some("rdr-progress"))?;
    set_attrs(
        &bar,
        &[
            ("aria-hidden", Some("true")),
            ("max", Some("1000")),
            ("value", Some("0")),
        ],
    )?;
    Some(bar)
}

/// The related stories the article carries, as the reader shows them: a heading and a card per
/// story, each card's title a link (to open in place on the standalone page when `in_place`,
/// through `?src=`). Nothing when there are none. The reader's own list replaces it.
pub fn related(document: &Document, story: &Story, ui: Ui, in_place: bool) -> Option<Vec<Element>> {
    let sentinel = element(document, "div", Some("rdr-related-sentinel"))?;
    sentinel.set_attribute("aria-hidden", "true").ok()?;
    if story.related.is_empty() {
        return Some(vec![sentinel]);
    }
    let heading_id = ui.dom_id("related");
    let labelled_by = format!("{heading_id} {}", ui.dom_id("title"));
    let section = element(document, "section", Some("rdr-related"))?;
    set_attrs(
        &section,
        &[
            ("part", Some("related")),
            ("aria-labelledby", Some(&labelled_by)),
        ],
    )?;
    let h2 = with_text(document, "h2", None, ui.strings.related)?;
    set_attrs(
        &h2,
        &[
            ("id", Some(&heading_id)),
            ("lang", ui.lang_within(&story.lang)),
        ],
    )?;
    append(&section, &h2)?;
    let list = element(document, "ul", Some("rdr-related-list"))?;
    for teaser in &story.related {
        append(&list, &card(document, teaser, ui, &story.lang, in_place)?)?;
    }
    append(&section, &list)?;
    Some(vec![sentinel, section])
}

/// One story card: the title is the link; image and metadata support it.
fn card(
    document: &Document,
    teaser: &Teaser,
    ui: Ui,
    lang: &str,
    in_place: bool,
) -> Option<Element> {
    let li = element(document, "li", Some("rdr-card"))?;
    if let Some(image) = &teaser.image {
        let img = element(document, "img", Some("rdr-card-img"))?;
        let (width, height) = (
            image.width.map(|w| w.to_string()),
            image.height.map(|h| h.to_string()),
        );
        set_attrs(
            &img,
            &[
                ("src", Some(&image.src)),
                ("alt", Some("")),
                ("width", width.as_deref()),
                ("height", height.as_deref()),
                ("loading", Some("lazy")),
                ("decoding", Some("async")),
            ],
        )?;
        append(&li, &img)?;
    }
    let text = element(document, "div", Some("rdr-card-text"))?;
    if let Some(section) = &teaser.section {
        let p = with_text(document, "p", Some("rdr-card-section"), section)?;
        p.set_attribute("dir", "auto").ok()?;
        append(&text, &p)?;
    }
    let title = element(document, "h3", Some("rdr-card-title"))?;
    title.set_attribute("dir", "auto").ok()?;
    let href = match (&teaser.src, in_place) {
        (Some(src), true) => query_for(src),
        _ => teaser.url.clone(),
    };
    let a = with_text(document, "a", None, &teaser.title)?;
    a.set_attribute("href", &href).ok()?;
    append(&title, &a)?;
    append(&text, &title)?;
    let meta = element(document, "p", Some("rdr-card-meta"))?;
    if let Some(published) = &teaser.published {
        let time = with_text(
            document,
            "time",
            None,
            &format_date_only(published.epoch_ms, lang),
        )?;
        time.set_attribute("datetime", &published.iso).ok()?;
        append(&meta, &time)?;
    }
    if let Some(minutes) = teaser.reading_minutes {
        let range = MinuteRange::exact(minutes);
        let span = element(document, "span", Some("rdr-card-minutes"))?;
        let short = with_text(document, "span", None, &ui.strings.minutes_short(range))?;
        short.set_attribute("aria-hidden", "true").ok()?;
        append(&span, &short)?;
        let long = ui.strings.minutes_long_with(range, &plural_rules(ui.lang));
        append(&span, &with_text(document, "span", Some("rdr-sr"), &long)?)?;
        append(&meta, &span)?;
    }
    append(&text, &meta)?;
    append(&li, &text)?;
    Some(li)
}

/// A label that is a link when it has a safe destination.
fn link(document: &Document, link: &LinkOut) -> Option<Element> {
    match &link.url {
        Some(url) => {
            let a = with_text(document, "a", None, &link.label)?;
            a.set_attribute("href", url).ok()?;
            Some(a)
        }
        None => with_text(document, "span", None, &link.label),
    }
}

/// A person's name, a link to their page when there is one.
fn name(document: &Document, person: &Person) -> Option<Element> {
    let bdi = element(document, "bdi", None)?;
    match &person.url {
        Some(url) => {
            let a = with_text(document, "a", None, &person.name)?;
            set_attrs(&a, &[("href", Some(url)), ("rel", Some("author"))])?;
            append(&bdi, &a)?;
        }
        None => append_text(&bdi, &person.name),
    }
    Some(bdi)
}

/// "By A and B", then "Published …", "Updated …", into `meta`.
fn byline(document: &Document, meta: &Element, story: &Story, ui: Ui) -> Option<()> {
    let lang = ui.lang_within(&story.lang);
    let label = |text: &str| {
        let span = with_text(document, "span", None, text)?;
        set_attrs(&span, &[("lang", lang)])?;
        Some(span)
    };
    if !story.authors.is_empty() {
        let p = element(document, "p", Some("rdr-byline"))?;
        p.set_attribute("part", "byline").ok()?;
        append(&p, &label(&format!("{} ", ui.strings.by))?)?;
        let separators = ui.strings.list_separators(story.authors.len());
        for (author, separator) in story.authors.iter().zip(separators) {
            append(&p, &label(&separator)?)?;
            append(&p, &name(document, author)?)?;
        }
        append(meta, &p)?;
    }
    let dates = element(document, "p", Some("rdr-dates"))?;
    let date = |prefix: &str, at: &Timestamp| -> Option<()> {
        let span = element(document, "span", Some("rdr-date"))?;
        append(&span, &label(&format!("{prefix} "))?)?;
        append(&span, &date_time(document, at, &story.lang)?)?;
        append(&dates, &span)
    };
    date(ui.strings.published, &story.published)?;
    if let Some(updated) = &story.updated {
        date(ui.strings.updated, updated)?;
    }
    append(meta, &dates)
}

/// `<time datetime>` written in `lang` (`3 avril 2024 à 19:12`); a recent one reads as a relative
/// time (`il y a 2 heures`) with the exact date in its `title`.
pub fn date_time(document: &Document, at: &Timestamp, lang: &str) -> Option<Element> {
    let exact = format_date(at.epoch_ms, lang);
    let relative = relative_to(js_sys::Date::now(), at.epoch_ms)
        .and_then(|(value, unit)| format_relative(value, unit.as_str(), lang));
    let time = element(document, "time", None)?;
    time.set_attribute("datetime", &at.iso).ok()?;
    match relative {
        Some(text) => {
            time.set_attribute("title", &exact).ok()?;
            append_text(&time, &text);
        }
        None => append_text(&time, &exact),
    }
    Some(time)
}

/// The reading-time badge: "3 min" on screen, a full sentence for screen readers.
pub fn badge(
    document: &Document,
    minutes: MinuteRange,
    ui: Ui,
    lang: Option<&str>,
) -> Option<Element> {
    let p = element(document, "p", Some("rdr-badge"))?;
    set_attrs(&p, &[("part", Some("badge")), ("lang", lang)])?;
    append(&p, &clock(document)?)?;
    let short = with_text(document, "span", None, &ui.strings.minutes_short(minutes))?;
    short.set_attribute("aria-hidden", "true").ok()?;
    append(&p, &short)?;
    let long = ui
        .strings
        .minutes_long_with(minutes, &plural_rules(ui.lang));
    append(&p, &with_text(document, "span", Some("rdr-sr"), &long)?)?;
    Some(p)
}

/// The badge's clock icon (decorative, drawn in the text colour).
fn clock(document: &Document) -> Option<Element> {
    const SVG: &str = "http://www.w3.org/2000/svg";
    let svg = document.create_element_ns(Some(SVG), "svg").ok()?;
    set_attrs(
        &svg,
        &[
            ("class", Some("rdr-icon")),
            ("aria-hidden", Some("true")),
            ("focusable", Some("false")),
            ("viewBox", Some("0 0 16 16")),
            ("width", Some("16")),
            ("height", Some("16")),
        ],
    )?;
    let path = document.create_element_ns(Some(SVG), "path").ok()?;
    set_attrs(
        &path,
        &[
            (
                "d",
                Some("M1.5 8a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0-13 0zM8 4.5V8l2.5 1.5"),
            ),
            ("fill", Some("none")),
            ("stroke", Some("currentColor")),
            ("stroke-width", Some("1.5")),
            ("stroke-linecap", Some("round")),
            ("stroke-linejoin", Some("round")),
        ],
    )?;
    append(&svg, &path)?;
    Some(svg)
}

/// The author box after the article: portrait, name and short bio of each author; nothing when
/// there are none.
fn author_box(
    document: &Document,
    authors: &[Person],
    ui: Ui,
    lang: Option<&str>,
) -> Option<Element> {
    if authors.is_empty() {
        return None;
    }
    let heading_id = ui.dom_id("authors");
    // Named by its heading and the article's title: unique when a page embeds several readers.
    let labelled_by = format!("{heading_id} {}", ui.dom_id("title"));
    let section = element(document, "section", Some("rdr-authors"))?;
    section
        .set_attribute("aria-labelledby", &labelled_by)
        .ok()?;
    let heading = if authors.len() == 1 {
        ui.strings.about_author
    } else {
        ui.strings.about_authors
    };
    let h2 = with_text(document, "h2", None, heading)?;
    set_attrs(&h2, &[("id", Some(&heading_id)), ("lang", lang)])?;
    append(&section, &h2)?;
    let list = element(document, "ul", Some("rdr-author-list"))?;
    for person in authors {
        let li = element(document, "li", Some("rdr-author"))?;
        if let Some(avatar) = &person.avatar {
            let img = element(document, "img", Some("rdr-avatar"))?;
            set_attrs(
                &img,
                &[
                    ("src", Some(&avatar.src)),
                    ("alt", Some(&avatar.alt)),
                    ("width", Some("64")),
                    ("height", Some("64")),
                    ("loading", Some("lazy")),
                    ("decoding", Some("async")),
                ],
            )?;
            append(&li, &img)?;
        }
        let text = element(document, "div", None)?;
        let p = element(document, "p", Some("rdr-author-name"))?;
        append(&p, &name(document, person)?)?;
        append(&text, &p)?;
        if let Some(bio) = &person.bio {
            append(
                &text,
                &with_text(document, "p", Some("rdr-author-bio"), bio)?,
            )?;
        }
        append(&li, &text)?;
        append(&list, &li)?;
    }
    append(&section, &list)?;
    Some(section)
}
