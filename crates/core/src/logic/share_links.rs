//! Share targets: which ones a reader shows (`data-share`) and the URL each one opens.

/// A way to share an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareTarget {
    /// The platform share sheet (`navigator.share`), where the browser has one.
    Native,
    /// Copy the link to the clipboard.
    Copy,
    X,
    Facebook,
    Linkedin,
    Whatsapp,
    Telegram,
    Bluesky,
    Reddit,
    Email,
    Print,
}

/// Shown when a reader has no `data-share`.
pub const DEFAULT_TARGETS: [ShareTarget; 8] = [
    ShareTarget::Native,
    ShareTarget::Copy,
    ShareTarget::X,
    ShareTarget::Facebook,
    ShareTarget::Linkedin,
    ShareTarget::Whatsapp,
    ShareTarget::Bluesky,
    ShareTarget::Email,
];

impl ShareTarget {
    /// The `data-share` token.
    pub fn from_token(token: &str) -> Option<ShareTarget> {
        Some(match token.trim().to_ascii_lowercase().as_str() {
            "native" => ShareTarget::Native,
            "copy" => ShareTarget::Copy,
            "x" | "twitter" => ShareTarget::X,
            "facebook" => ShareTarget::Facebook,
            "linkedin" => ShareTarget::Linkedin,
            "whatsapp" => ShareTarget::Whatsapp,
            "telegram" => ShareTarget::Telegram,
            "bluesky" => ShareTarget::Bluesky,
            "reddit" => ShareTarget::Reddit,
            "email" => ShareTarget::Email,
            "print" => ShareTarget::Print,
            _ => return None,
        })
    }

    /// The platform's name as shown to readers (email's is localized by the caller).
    pub fn platform(self) -> &'static str {
        match self {
            ShareTarget::Native | ShareTarget::Copy | ShareTarget::Print | ShareTarget::Email => "",
            ShareTarget::X => "X",
            ShareTarget::Facebook => "Facebook",
            ShareTarget::Linkedin => "LinkedIn",
            ShareTarget::Whatsapp => "WhatsApp",
            ShareTarget::Telegram => "Telegram",
            ShareTarget::Bluesky => "Bluesky",
            ShareTarget::Reddit => "Reddit",
        }
    }

    /// A short stable key, for classes and test ids.
    pub fn key(self) -> &'static str {
        match self {
            ShareTarget::Native => "native",
            ShareTarget::Copy => "copy",
            ShareTarget::X => "x",
            ShareTarget::Facebook => "facebook",
            ShareTarget::Linkedin => "linkedin",
            ShareTarget::Whatsapp => "whatsapp",
            ShareTarget::Telegram => "telegram",
            ShareTarget::Bluesky => "bluesky",
            ShareTarget::Reddit => "reddit",
            ShareTarget::Email => "email",
            ShareTarget::Print => "print",
        }
    }
}

/// Reads `data-share` ("copy, x ,email"): known targets in the given order, each once; unknown
/// tokens are returned separately so the caller can warn about them. An absent attribute means
/// [`DEFAULT_TARGETS`].
pub fn parse_targets(attribute: Option<&str>) -> (Vec<ShareTarget>, Vec<String>) {
    let Some(list) = attribute else {
        return (DEFAULT_TARGETS.to_vec(), Vec::new());
    };
    let mut targets = Vec::new();
    let mut unknown = Vec::new();
    for token in list.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        match ShareTarget::from_token(token) {
            Some(target) if !targets.contains(&target) => targets.push(target),
            Some(_) => {}
            None => unknown.push(token.to_owned()),
        }
    }
    (targets, unknown)
}

/// What is shared: the headline, a line of text and the canonical URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared<'a> {
    pub title: &'a str,
    pub text: &'a str,
    pub url: &'a str,
}

/// The URL a network target opens, or `None` for the targets that are actions (native sheet,
/// copy, print).
pub fn share_url(target: ShareTarget, shared: &Shared) -> Option<String> {
    let title = encode(shared.title);
    let url = encode(shared.url);
    let title_and_url = encode(&format!("{} {}", shared.title, shared.url));
    Some(match target {
        ShareTarget::Native | ShareTarget::Copy | ShareTarget::Print => return None,
        ShareTarget::X => format!("https://x.com/intent/post?text={title}&url={url}"),
        ShareTarget::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
        ShareTarget::Linkedin => {
            format!("https://www.linkedin.com/sharing/share-offsite/?url={url}")
        }
        ShareTarget::Whatsapp => format!("https://wa.me/?text={title_and_url}"),
        ShareTarget::Telegram => format!("https://t.me/share/url?url={url}&text={title}"),
        ShareTarget::Bluesky => format!("https://bsky.app/intent/compose?text={title_and_url}"),
        ShareTarget::Reddit => format!("https://www.reddit.com/submit?url={url}&title={title}"),
        ShareTarget::Email => {
            let body = if shared.text.is_empty() {
                shared.url.to_owned()
            } else {
                format!("{}\n\n{}", shared.text, shared.url)
            };
            format!("mailto:?subject={title}&body={}", encode(&body))
        }
    })
}

/// `encodeURIComponent`: everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )` is percent-encoded as
/// UTF-8 (so `&`, `#`, `?`, `+`, spaces, emoji and RTL text are all safe inside a query value).
pub fn encode(text: &str) -> String {
    crate::logic::url::percent_encode_keeping(text, crate::logic::url::URI_COMPONENT)
}

/// The page URL to share when an article has no canonical `url`: without its fragment and
/// tracking parameters (`utm_*`, `fbclid`, `gclid`, …), keeping the ones that name the article.
pub fn clean_page_url(href: &str) -> String {
    let without_fragment = href.split('#').next().unwrap_or_default();
    let Some((path, query)) = without_fragment.split_once('?') else {
        return without_fragment.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let key = pair
                .split('=')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            !(pair.is_empty()
                || key.starts_with("utm_")
                || matches!(
                    key.as_str(),
                    "fbclid"
                        | "gclid"
                        | "dclid"
                        | "msclkid"
                        | "mc_cid"
                        | "mc_eid"
                        | "igshid"
                        | "ref_src"
                ))
        })
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}
