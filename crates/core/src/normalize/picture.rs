//! The one constructor of a [`Picture`]: it owns the image URL rule (kept only when safe, resolved
//! against the document's URL) and the size rule (1 to [`MAX_DIMENSION`] pixels), for every
//! format.

use super::clean::{non_blank, safe};
use super::source::Source;
use crate::sanitize::MAX_DIMENSION;
use crate::story::Picture;

impl Picture {
    /// The image at `src` with its `alt` text, in every format: kept only when its URL is safe,
    /// resolved against the document's URL; a bare fragment is no image.
    pub(crate) fn at(src: Option<String>, source: &Source, alt: &str) -> Option<Picture> {
        let src = safe(src, source).filter(|url| !url.starts_with('#'))?;
        Some(Picture {
            src,
            alt: alt.to_owned(),
            caption: None,
            credit: None,
            width: None,
            height: None,
        })
    }

    /// An image the publisher describes no further (avatars, feed images): no alt text.
    pub(crate) fn plain(src: String, source: &Source) -> Option<Picture> {
        Picture::at(Some(src), source, "")
    }

    /// The same image with its intrinsic size, each dimension kept when it is 1 to
    /// [`MAX_DIMENSION`] pixels (the box the reader reserves for it).
    pub(crate) fn sized(mut self, width: Option<u32>, height: Option<u32>) -> Picture {
        let fits = |d: Option<u32>| d.filter(|d| (1..=MAX_DIMENSION).contains(d));
        self.width = fits(width);
        self.height = fits(height);
        self
    }

    /// The same image with its caption and credit (blank ones are none).
    pub(crate) fn described(mut self, caption: Option<String>, credit: Option<String>) -> Picture {
        self.caption = non_blank(caption);
        self.credit = non_blank(credit);
        self
    }

    /// The same image as decoration: no alt text, caption or credit (an author's portrait).
    pub(crate) fn decorative(mut self) -> Picture {
        self.alt.clear();
        self.caption = None;
        self.credit = None;
        self
    }
}
