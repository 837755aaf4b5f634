//! An ANS image: the promo image, an `image` element, a gallery's images, an author's portrait.

use crate::json::{Obj, Read};
use crate::normalize::clean::{non_blank, url_of};
use crate::normalize::source::Source;
use crate::sanitize::{plain_text, MAX_DIMENSION};
use crate::story::Picture;

/// An ANS image (`url`, `alt_text`, `caption`, `credits.by[].name`, `width`, `height`), kept when
/// its `url` is safe.
pub(super) fn picture(image: &Obj, source: &Source) -> Read<Option<Picture>> {
    let alt = image.str("alt_text")?.unwrap_or_default().to_owned();
    let caption = non_blank(image.str("caption")?.map(plain_text));
    let mut credits = Vec::new();
    if let Some(by) = image.obj("credits")? {
        for person in by.objs("by")? {
            credits.extend(non_blank(person.str("name")?.map(plain_text)));
        }
    }
    let (width, height) = (size(image, "width")?, size(image, "height")?);
    Ok(url_of(image, "url", source)?
        .and_then(|src| Picture::at(Some(src), source, &alt))
        .map(|picture| {
            picture
                .sized(width, height)
                .described(caption, Some(credits.join(", ")))
        }))
}

/// An image size: a number, kept when it is a whole number from 1 to [`MAX_DIMENSION`].
fn size(image: &Obj, key: &str) -> Read<Option<u32>> {
    Ok(image
        .number(key)?
        .filter(|n| n.fract() == 0.0 && (1.0..=f64::from(MAX_DIMENSION)).contains(n))
        .map(|n| n as u32))
}
