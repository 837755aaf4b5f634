//! The standalone page's `<head>` and `<html>` follow the article it shows: language, direction,
//! title, description, canonical link and schema.org JSON-LD (for the current article only).
//! Embedded readers never call this: the host page owns its document.

use leptos::prelude::*;

use crate as reader;
use article_core::logic::i18n::Strings;
use article_core::normalize::news_article;
use article_core::story::Story;
use article_paint::host::reflect_in_page;

/// Makes the document describe `story`, with the page's own words in `strings`' language.
pub fn reflect_in_document(story: &Story, strings: &Strings) {
    reflect_in_page(story, strings);
    let description = story.standfirst.as_deref().unwrap_or(&story.title);
    head_element("meta[name=description]", "meta", &[("name", "description")])
        .map(|meta| meta.set_attribute("content", description));
    match &story.url {
        Some(url) => {
            head_element("link[rel=canonical]", "link", &[("rel", "canonical")])
                .map(|link| link.set_attribute("href", url));
        }
        None => remove("link[rel=canonical]"),
    }
    if let Some(script) = head_element(
        "script[type='application/ld+json']",
        "script",
        &[("type", "application/ld+json")],
    ) {
        // Where the page refuses it (Trusted Types without the reader's policy), no JSON-LD
        // rather than the previous article's.
        if reader::browser::set_script_data(&script, &news_article(story)).is_err() {
            script.remove();
        }
    }
}

/// The `<head>` element matching `selector`, created with `attributes` when missing.
fn head_element(
    selector: &str,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    let document = document();
    if let Some(found) = document.query_selector(selector).ok().flatten() {
        return Some(found);
    }
    let element = document.create_element(tag).ok()?;
    for (name, value) in attributes {
        element.set_attribute(name, value).ok()?;
    }
    document.head()?.append_child(&element).ok()?;
    Some(element)
}

fn remove(selector: &str) {
    if let Some(found) = document().query_selector(selector).ok().flatten() {
        found.remove();
    }
}
