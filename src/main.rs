//! Entry point: install the panic hook, find the page's readers and mount one in each.

#[cfg(target_arch = "wasm32")]
fn main() {
    use article_reader::components::Reader;
    use article_reader::config::Config;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let document = document();
    let host_lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .filter(|l| !l.trim().is_empty());
    let Ok(elements) = document.query_selector_all("[data-article-reader]") else {
        return;
    };
    for index in 0..elements.length() {
        let Some(element) = elements
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let config = if element.get_attribute("data-article-reader").as_deref()
            == Some("standalone")
        {
            Config::standalone(&window().location().search().unwrap_or_default())
        } else {
            let (config, warnings) = Config::from_attributes(|name| element.get_attribute(name));
            for warning in warnings {
                leptos::logging::warn!("article reader: {warning}");
            }
            config
        };
        let host_lang = host_lang.clone();
        leptos::mount::mount_to(
            element,
            move || view! { <Reader config=config host_lang=host_lang /> },
        )
        .forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-reader runs in the browser: build it with `trunk build --release`.");
}
