//! How far through the article body a reader is.

/// Progress from 0 to 1 given the body's box relative to the viewport: 0 while the body's top is at
/// or below the viewport's top, 1 once the body's bottom is in view.
pub fn body_progress(body_top: f64, body_height: f64, viewport_height: f64) -> f64 {
    let readable = body_height - viewport_height;
    if readable <= 0.0 {
        // A body shorter than the viewport is read once its top is in view.
        return if body_top <= viewport_height {
            1.0
        } else {
            0.0
        };
    }
    (-body_top / readable).clamp(0.0, 1.0)
}
