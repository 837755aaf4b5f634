//! Where the reader left each article: the index of the body block at the top of the viewport
//! (not a pixel offset, which changes with the screen, the text size and the fonts), per article
//! id, most recent first, at most [`MAX_ARTICLES`] of them (the oldest are dropped).

/// How many articles' places are kept.
pub const MAX_ARTICLES: usize = 50;

/// The places, as kept in local storage: one `block<TAB>id` line per article, most recent first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Places(Vec<(String, usize)>);

impl Places {
    /// Reads what [`Places::to_storage`] wrote; unreadable lines are skipped.
    pub fn from_storage(text: &str) -> Places {
        let mut places = Places::default();
        for line in text.lines() {
            let Some((block, id)) = line.split_once('\t') else {
                continue;
            };
            match block.parse::<usize>() {
                Ok(block) if !id.is_empty() && places.get(id).is_none() => {
                    places.0.push((key(id), block))
                }
                _ => {}
            }
            if places.0.len() == MAX_ARTICLES {
                break;
            }
        }
        places
    }

    pub fn to_storage(&self) -> String {
        self.0
            .iter()
            .map(|(id, block)| format!("{block}\t{id}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The block where article `id` was left, if it was.
    pub fn get(&self, id: &str) -> Option<usize> {
        let id = key(id);
        self.0.iter().find(|(i, _)| *i == id).map(|(_, b)| *b)
    }

    /// Article `id` is at `block` now: it becomes the most recent; the oldest beyond
    /// [`MAX_ARTICLES`] is dropped.
    pub fn set(&mut self, id: &str, block: usize) {
        self.forget(id);
        self.0.insert(0, (key(id), block));
        self.0.truncate(MAX_ARTICLES);
    }

    /// Article `id` was finished (or left at its top): nothing to come back to.
    pub fn forget(&mut self, id: &str) {
        let id = key(id);
        self.0.retain(|(i, _)| *i != id);
    }
}

/// An id as stored: on one line, without the separator.
fn key(id: &str) -> String {
    id.replace(['\t', '\n', '\r'], " ")
}
