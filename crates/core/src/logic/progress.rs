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
    // Less than a pixel to go is the end (scroll positions are rounded).
    if -body_top >= readable - 1.0 {
        return 1.0;
    }
    (-body_top / readable).clamp(0.0, 1.0)
}

/// The reading milestones a page's scripts hear of (`article-reader:progress`), in percent.
pub const MILESTONES: [u8; 4] = [25, 50, 75, 100];

/// Which milestones of one article have been reached: each is reported once, and a jump past
/// several (the End key) reports each of them, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Milestones {
    /// How many of [`MILESTONES`] have been reported.
    reported: usize,
}

impl Milestones {
    /// The milestones newly reached at `progress` (0 to 1 of the body read); progress that
    /// goes back reports nothing.
    pub fn reach(&mut self, progress: f64) -> &'static [u8] {
        // Reached only when reached: 74.99 % is not 75 (beyond float noise).
        let percent = progress * 100.0 + 1e-9;
        let reached = MILESTONES
            .iter()
            .take_while(|m| f64::from(**m) <= percent)
            .count();
        let from = self.reported.min(reached);
        self.reported = self.reported.max(reached);
        MILESTONES.get(from..reached).unwrap_or_default()
    }

    /// Whether every milestone has been reported (nothing more to watch).
    pub fn done(&self) -> bool {
        self.reported == MILESTONES.len()
    }
}

/// Time the page was visible since an article was shown, in milliseconds: time in a
/// background tab or a hidden window does not count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VisibleTime {
    counted: f64,
    /// When the page last became visible, while it is.
    since: Option<f64>,
}

impl VisibleTime {
    /// A clock started at `now`, running if the page is `visible`.
    pub fn start(now: f64, visible: bool) -> VisibleTime {
        VisibleTime {
            counted: 0.0,
            since: visible.then_some(now),
        }
    }

    /// The page became visible (`true`) or hidden at `now`.
    pub fn set_visible(&mut self, visible: bool, now: f64) {
        match (self.since, visible) {
            (None, true) => self.since = Some(now),
            (Some(since), false) => {
                self.counted += (now - since).max(0.0);
                self.since = None;
            }
            _ => {}
        }
    }

    /// Visible milliseconds until `now`.
    pub fn at(&self, now: f64) -> f64 {
        self.counted + self.since.map_or(0.0, |since| (now - since).max(0.0))
    }
}
