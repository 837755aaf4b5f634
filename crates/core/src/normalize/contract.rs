//! Contract v1 article → render model.

use super::clean::{non_blank, safe, tree};
use super::draft::Draft;
use crate::contract::{self, Article, Text};
use crate::logic::lang::is_language_tag;
use crate::sanitize::{Node, Subset};
use crate::story::{Block, Format, LinkOut, Person, Picture, Story, Teaser};

/// Builds the render model of a decoded article. `fallback_lang` is used when the article has no
/// (well-formed) `lang`: the embedding page's or the interface's language. Relative URLs resolve
/// against `base`, the article's own absolute URL.
pub fn from_contract(article: Article, fallback_lang: &str, base: &str) -> Story {
    let mut steps = ContractSteps::new(article, base);
    while !steps.step(usize::MAX) {}
    steps.finish(fallback_lang)
}

/// [`from_contract`] a few body blocks at a time, so that the caller can let the browser paint
/// and respond between steps: sanitizing the markup of a very large body is the pipeline's
/// longest piece of work.
pub struct ContractSteps {
    article: Article,
    pending: std::vec::IntoIter<contract::Block>,
    body: Vec<Block>,
    base: String,
}

impl ContractSteps {
    pub fn new(mut article: Article, base: &str) -> ContractSteps {
        let pending = std::mem::take(&mut article.body).into_iter();
        ContractSteps {
            body: Vec::with_capacity(pending.len()),
            article,
            pending,
            base: base.to_owned(),
        }
    }

    /// Normalizes up to `count` more blocks; `true` once every block is done.
    pub fn step(&mut self, count: usize) -> bool {
        let base = &self.base;
        self.body.extend(
            self.pending
                .by_ref()
                .take(count)
                .filter_map(|b| block(b, base)),
        );
        self.pending.len() == 0
    }

    /// The story, once [`ContractSteps::step`] has said every block is done.
    pub fn finish(self, fallback_lang: &str) -> Story {
        let ContractSteps {
            article,
            body,
            base,
            ..
        } = self;
        story(article, body, fallback_lang, &base)
    }
}

fn story(article: Article, body: Vec<Block>, fallback_lang: &str, base: &str) -> Story {
    let lang = article
        .lang
        .filter(|l| is_language_tag(l))
        .unwrap_or_else(|| fallback_lang.to_owned());
    Draft {
        format: Format::Contract,
        id: article.id,
        url: safe(article.url, base),
        dir: article.dir,
        section: article.section.map(|l| link(l, base)),
        title: article.title,
        title_from_text: false,
        standfirst: non_blank(article.standfirst),
        published: article.published,
        updated: article.updated,
        authors: article
            .authors
            .into_iter()
            .map(|a| person(a, base))
            .collect(),
        image: article.image.and_then(|i| picture(i, base)),
        body,
        credit: non_blank(article.credit),
        minutes: article.reading_minutes,
        tags: article.tags.into_iter().map(|l| link(l, base)).collect(),
        related: related(article.related, base),
        related_src: safe(article.related_src, base),
        lang,
    }
    .finish(base)
}

/// Related stories with a safe destination, in the publisher's order.
pub fn related(items: Vec<contract::Related>, base: &str) -> Vec<Teaser> {
    items
        .into_iter()
        .filter_map(|r| {
            Some(Teaser {
                url: safe(Some(r.url), base)?,
                title: r.title,
                src: safe(r.src, base),
                section: non_blank(r.section),
                published: r.published,
                reading_minutes: r.reading_minutes,
                image: r.image.and_then(|i| picture(i, base)),
            })
        })
        .collect()
}

fn block(block: contract::Block, base: &str) -> Option<Block> {
    Some(match block {
        contract::Block::Paragraph(text) => Block::Paragraph(inline(text, base)),
        contract::Block::Heading { level, text } => Block::Heading { level, text },
        contract::Block::Quote { text, cite } => Block::Quote {
            content: inline(text, base),
            cite: non_blank(cite),
        },
        contract::Block::Image(image) => Block::Figure(picture(image, base)?),
        contract::Block::List { ordered, items } => Block::List {
            ordered,
            items: items
                .into_iter()
                .map(|item| tree(&item, Subset::Inline, base))
                .collect(),
        },
        contract::Block::Embed {
            url,
            title,
            provider,
        } => Block::Embed {
            url: safe(Some(url), base)?,
            title: non_blank(title),
            provider: non_blank(provider),
        },
        contract::Block::Html(html) => Block::Rich(tree(&html, Subset::Rich, base)),
    })
}

fn inline(text: Text, base: &str) -> Vec<Node> {
    match text {
        Text::Plain(text) => vec![Node::Text(text)],
        Text::Html(html) => tree(&html, Subset::Inline, base),
    }
}

fn link(link: contract::Link, base: &str) -> LinkOut {
    LinkOut {
        label: link.label,
        url: safe(link.url, base),
    }
}

fn person(author: contract::Author, base: &str) -> Person {
    Person {
        name: author.name,
        bio: non_blank(author.bio),
        url: safe(author.url, base),
        avatar: author.avatar.and_then(|i| picture(i, base)),
    }
}

/// An image is kept only with a safe source.
fn picture(image: contract::Image, base: &str) -> Option<Picture> {
    Some(
        Picture::at(Some(image.src), base, &image.alt)?
            .sized(image.width, image.height)
            .described(image.caption, image.credit),
    )
}
