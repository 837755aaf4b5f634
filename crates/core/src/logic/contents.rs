//! The contents of a long article: its level-2 and level-3 headings, nested, and which section
//! is being read.

/// A navigation needs at least this many headings to be worth showing.
pub const MIN_HEADINGS: usize = 3;

/// One heading in the contents, with the level-3 headings under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The index of the heading's block in the body.
    pub block: usize,
    pub text: String,
    pub children: Vec<Entry>,
}

/// The contents of a body whose headings are `(block index, level, text)`: level-2 headings
/// with the level-3 headings after them nested inside (a level-3 heading before any level-2 one
/// stands on its own); other levels and blank headings are left out. Empty when fewer than
/// [`MIN_HEADINGS`] remain.
pub fn outline<'a>(headings: impl IntoIterator<Item = (usize, u8, &'a str)>) -> Vec<Entry> {
    /// A top-level entry, and whether it is a level-2 heading (that level-3 ones nest under).
    struct Top {
        entry: Entry,
        level_two: bool,
    }
    let mut entries: Vec<Top> = Vec::new();
    let mut count = 0;
    for (block, level, text) in headings {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || !(2..=3).contains(&level) {
            continue;
        }
        count += 1;
        let entry = Entry {
            block,
            text,
            children: Vec::new(),
        };
        match entries.last_mut() {
            Some(parent) if level == 3 && parent.level_two => parent.entry.children.push(entry),
            _ => entries.push(Top {
                entry,
                level_two: level == 2,
            }),
        }
    }
    if count < MIN_HEADINGS {
        return Vec::new();
    }
    entries.into_iter().map(|top| top.entry).collect()
}

/// The section being read: the last of `count` headings (in document order, so their tops
/// increase) whose top, in viewport pixels as `top` gives it, is at or above `line`, the reading
/// line near the top of the viewport; `None` before the first heading. A binary search: a few
/// headings are measured per frame, however many the article has.
pub fn current(count: usize, line: f64, top: impl Fn(usize) -> f64) -> Option<usize> {
    let (mut low, mut high) = (0, count);
    while low < high {
        let middle = low + (high - low) / 2;
        if top(middle) <= line {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low.checked_sub(1)
}
