//! Entry point: install the panic hook and mount the page's readers.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    article_reader::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-reader runs in the browser: build it with `scripts/release build`.");
}
