//! schema.org `NewsArticle` JSON-LD for the article the standalone page shows.

use serde_json::{json, Map, Value};

use crate::story::Story;

/// The JSON-LD text for `story`, safe to place inside `<script type="application/ld+json">`
/// (`<` is escaped, so no `</script>` can appear).
pub fn news_article(story: &Story) -> String {
    let mut data = Map::new();
    data.insert("@context".into(), json!("https://schema.org"));
    data.insert("@type".into(), json!("NewsArticle"));
    data.insert("headline".into(), json!(story.title));
    data.insert("inLanguage".into(), json!(story.lang));
    data.insert("datePublished".into(), json!(story.published.iso));
    data.insert(
        "dateModified".into(),
        json!(story.updated.as_ref().unwrap_or(&story.published).iso),
    );
    if let Some(url) = &story.url {
        data.insert("url".into(), json!(url));
        data.insert("mainEntityOfPage".into(), json!(url));
    }
    if let Some(text) = &story.standfirst {
        data.insert("description".into(), json!(text));
    }
    if !story.authors.is_empty() {
        let authors: Vec<Value> = story
            .authors
            .iter()
            .map(|a| {
                let mut person = Map::new();
                person.insert("@type".into(), json!("Person"));
                person.insert("name".into(), json!(a.name));
                if let Some(url) = &a.url {
                    person.insert("url".into(), json!(url));
                }
                Value::Object(person)
            })
            .collect();
        data.insert("author".into(), Value::Array(authors));
    }
    if let Some(image) = &story.image {
        data.insert("image".into(), json!([image.src]));
    }
    if let Some(section) = &story.section {
        data.insert("articleSection".into(), json!(section.label));
    }
    data.insert("wordCount".into(), json!(story.word_count()));
    data.insert(
        "timeRequired".into(),
        json!(format!("PT{}M", story.reading.slow)),
    );
    Value::Object(data).to_string().replace('<', "\\u003c")
}
