//! The provider an embed names in its classes, spelled as the provider spells itself.

use crate::sanitize::lexer::StartTag;

/// Providers' slugs and how they spell their names.
const NAMES: [(&str, &str); 24] = [
    ("youtube", "YouTube"),
    ("vimeo", "Vimeo"),
    ("dailymotion", "Dailymotion"),
    ("twitter", "Twitter"),
    ("x", "X"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("reddit", "Reddit"),
    ("tumblr", "Tumblr"),
    ("pinterest", "Pinterest"),
    ("spotify", "Spotify"),
    ("soundcloud", "SoundCloud"),
    ("mixcloud", "Mixcloud"),
    ("pocket-casts", "Pocket Casts"),
    ("flickr", "Flickr"),
    ("imgur", "Imgur"),
    ("smugmug", "SmugMug"),
    ("ted", "TED"),
    ("wordpress", "WordPress"),
    ("wordpress-tv", "WordPress.tv"),
    ("videopress", "VideoPress"),
];

/// The provider named by an embed's classes (`is-provider-youtube`, `wp-block-embed-youtube`).
pub(super) fn provider(figure: &StartTag) -> Option<String> {
    let classes = figure.attr("class")?;
    let slug = |prefix: &str| {
        classes
            .split_ascii_whitespace()
            .filter_map(|class| class.strip_prefix(prefix))
            .find(|slug| {
                !slug.is_empty()
                    && slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
    };
    let slug = slug("is-provider-").or_else(|| slug("wp-block-embed-"))?;
    Some(provider_name(slug))
}

/// The known provider whose site serves `url` (`https://www.youtube.com/embed/…` → YouTube).
pub(super) fn provider_of(url: &str) -> Option<String> {
    let host = url
        .split_once("://")?
        .1
        .split(['/', '?', '#', ':'])
        .next()?;
    let mut labels = host.rsplit('.');
    labels.next()?;
    let slug = labels.next()?.to_ascii_lowercase();
    NAMES
        .iter()
        .find(|(known, _)| *known == slug)
        .map(|(_, name)| (*name).to_owned())
}

/// How a provider spells its name; an unknown slug gets its words capitalized.
pub(in crate::normalize) fn provider_name(slug: &str) -> String {
    if let Some((_, name)) = NAMES.iter().find(|(known, _)| *known == slug) {
        return (*name).to_owned();
    }
    slug.split('-')
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
