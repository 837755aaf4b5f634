//! Inline SVG icons: decorative (`aria-hidden`), drawn with `currentColor` so they follow the
//! text colour, forced colours included. One view draws every icon from its data: markup that is
//! all literals would be built by Leptos's renderer from an HTML string through `innerHTML`, which
//! a page enforcing Trusted Types refuses (see `components/mod.rs`).

use leptos::prelude::*;

#[cfg(any(feature = "share", feature = "quote-links"))]
use article_core::logic::share_links::ShareTarget;

/// A line icon: one stroked path in a square view box.
pub struct Shape {
    /// The path data.
    d: &'static str,
    /// The view box (`viewBox`).
    view_box: &'static str,
    /// The drawn size, in CSS pixels.
    size: &'static str,
    stroke_width: &'static str,
}

/// An arrow pointing up, for the back-to-top link.
pub const ARROW_UP: Shape = Shape {
    d: "M12 20V5M5 11l7-7 7 7",
    view_box: "0 0 24 24",
    size: "20",
    stroke_width: "2",
};

/// Two letters "A", small and large, for the display control.
#[cfg(feature = "display")]
pub const TEXT_SIZE: Shape = Shape {
    d: "M4 19L9 5l5 14M6 14h6M15 19l3-8 3 8M16 17h4",
    view_box: "0 0 24 24",
    size: "20",
    stroke_width: "1.8",
};

/// A loudspeaker and its sound waves, for Listen.
#[cfg(feature = "listen")]
pub const LISTEN: Shape = Shape {
    d: "M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11",
    view_box: "0 0 24 24",
    size: "20",
    stroke_width: "1.8",
};

/// A bar and a triangle pointing back, for the previous paragraph (mirrored right to left).
#[cfg(feature = "listen")]
pub const PREVIOUS: Shape = Shape {
    d: "M6 5v14M18 5l-9 7 9 7z",
    view_box: "0 0 24 24",
    size: "20",
    stroke_width: "1.8",
};

/// A triangle pointing on and a bar, for the next paragraph (mirrored right to left).
#[cfg(feature = "listen")]
pub const NEXT: Shape = Shape {
    d: "M18 5v14M6 5l9 7-9 7z",
    view_box: "0 0 24 24",
    size: "20",
    stroke_width: "1.8",
};

/// An icon drawn from its `shape`.
#[component]
pub fn Icon(shape: Shape) -> impl IntoView {
    view! {
        <svg class="rdr-icon" aria-hidden="true" focusable="false" viewBox=shape.view_box width=shape.size height=shape.size>
            <path d=shape.d fill="none" stroke="currentColor" stroke-width=shape.stroke_width stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// The icon of a share target.
#[cfg(any(feature = "share", feature = "quote-links"))]
#[component]
pub fn ShareIcon(target: ShareTarget) -> impl IntoView {
    let path = match target {
        ShareTarget::Native => "M12 3v12M7 8l5-5 5 5M5 13v7h14v-7",
        ShareTarget::Copy => "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
        ShareTarget::X => "M4 4l16 16M20 4L4 20",
        ShareTarget::Facebook => "M14 21v-8h3l.5-3.5H14V7.5c0-1 .4-1.7 1.8-1.7H18V2.7A24 24 0 0 0 15.4 2.5C12.8 2.5 11 4 11 7v2.5H8V13h3v8",
        ShareTarget::Linkedin => "M5 9v11M5 5v.01M10 20v-6.5a3 3 0 0 1 6 0V20M10 9v11",
        ShareTarget::Whatsapp => "M4 20l1.3-4A8 8 0 1 1 8.5 19zM9 9.5c.5 2.5 3 5 5.5 5.5",
        ShareTarget::Telegram => "M21 4L3 11l6 2.5M21 4l-4 16-8-6.5M21 4L9 13.5V19l3-3.5",
        ShareTarget::Bluesky => "M12 11C10 7 6 4 4 4.5 2.5 5 3 9 4.5 11c1.5 2 4 2 5 1.5-3 1-3.5 4-1.5 5.5 2 1.5 4-1.5 4-4 0 2.5 2 5.5 4 4s1.5-4.5-1.5-5.5c1 .5 3.5.5 5-1.5C21 9 21.5 5 20 4.5 18 4 14 7 12 11z",
        ShareTarget::Reddit => "M12 8c-4.4 0-8 2.5-8 5.5S7.6 19 12 19s8-2.5 8-5.5S16.4 8 12 8zM12 8l1.5-5 4 1M9 12.5v.01M15 12.5v.01M9.5 15.5c1.5 1 3.5 1 5 0",
        ShareTarget::Email => "M3 6h18v12H3zM3 6l9 7 9-7",
        ShareTarget::Print => "M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z",
    };
    let shape = Shape {
        d: path,
        view_box: "0 0 24 24",
        size: "20",
        stroke_width: "1.8",
    };
    view! { <Icon shape=shape /> }
}
