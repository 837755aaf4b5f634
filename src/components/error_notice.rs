//! The notice shown instead of an article that cannot be shown (contract §3).

use crate::hooks::use_ui::use_ui;
use leptos::prelude::*;

use article_core::fault::Fault;

/// An announced (`role="alert"`) notice: what happened in plain words, the developer detail,
/// and a retry button.
#[component]
pub fn ErrorNotice(fault: Fault, on_retry: Callback<()>) -> impl IntoView {
    let ui = use_ui();
    let notice = fault.notice(ui.strings);
    view! {
        <div class="rdr-error" part="notice" role="alert">
            <h1 class="rdr-error-title" tabindex="-1">{ui.strings.error_heading}</h1>
            <p>{notice.sentence}</p>
            <p class="rdr-error-detail"><bdi>{notice.detail}</bdi></p>
            <button type="button" class="rdr-button rdr-retry" on:click=move |_| on_retry.run(())>
                {ui.strings.retry}
            </button>
        </div>
    }
}
