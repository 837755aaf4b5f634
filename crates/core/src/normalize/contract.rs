//! Contract v1 article → render model.

use super::clean::{non_blank, safe, tree};
use super::source::Source;
use crate::contract::{self, Article, Text};
use crate::sanitize::{Node, Subset};
use crate::story::Draft;
use crate::story::{Block, Format, LinkOut, Person, Picture, Story, Teaser};

/// Builds the render model of a decoded article. The source's fallback language is used when the
/// article has no (well-formed) `lang`. Relative URLs resolve against the source's URL, the
/// article's own absolute URL.
pub fn from_contract(article: Article, source: &Source) -> Story {
    let mut steps = ContractSteps::new(article, source);
    while !steps.step(usize::MAX) {}
    steps.finish()
}

/// [`from_contract`] a few body blocks at a time, so that the caller can let the browser paint
/// and respond between steps: sanitizing the markup of a very large body is the pipeline's
/// longest piece of work.
pub struct ContractSteps<'a> {
    article: Article,
    pending: std::vec::IntoIter<contract::Block>,
    body: Vec<Block>,
    source: Source<'a>,
}

impl<'a> ContractSteps<'a> {
    pub fn new(mut article: Article, source: &Source<'a>) -> ContractSteps<'a> {
        let pending = std::mem::take(&mut article.body).into_iter();
        ContractSteps {
            body: Vec::with_capacity(pending.len()),
            article,
            pending,
            source: *source,
        }
    }

    /// Normalizes up to `count` more blocks; `true` once every block is done.
    pub fn step(&mut self, count: usize) -> bool {
        let source = &self.source;
        self.body.extend(
            self.pending
                .by_ref()
                .take(count)
                .filter_map(|b| block(b, source)),
        );
        self.pending.len() == 0
    }

    /// The story, once [`ContractSteps::step`] has said every block is done.
    pub fn finish(self) -> Story {
        let ContractSteps {
            article,
            body,
            source,
            ..
        } = self;
        story(article, body, &source)
    }
}

fn story(article: Article, body: Vec<Block>, source: &Source) -> Story {
    let lang = source.lang([article.lang.as_deref()]);
    Draft {
        format: Format::Contract,
        id: article.id,
        url: safe(article.url, source),
        dir: article.dir,
        section: article.section.map(|l| link(l, source)),
        title: article.title,
        title_from_text: false,
        standfirst: non_blank(article.standfirst),
        published: article.published,
        updated: article.updated,
        authors: article
            .authors
            .into_iter()
            .map(|a| person(a, source))
            .collect(),
        image: article.image.and_then(|i| picture(i, source)),
        body,
        credit: non_blank(article.credit),
        minutes: article.reading_minutes,
        tags: article.tags.into_iter().map(|l| link(l, source)).collect(),
        related: related(article.related, source),
        related_src: safe(article.related_src, source),
        lang,
    }
    .finish(source.url)
}

/// Related stories with a safe destination, in the publisher's order.
pub fn related(items: Vec<contract::Related>, source: &Source) -> Vec<Teaser> {
    items
        .into_iter()
        .filter_map(|r| {
            Some(Teaser {
                url: safe(Some(r.url), source)?,
                title: r.title,
                src: safe(r.src, source),
                section: non_blank(r.section),
                published: r.published,
                reading_minutes: r.reading_minutes,
                image: r.image.and_then(|i| picture(i, source)),
            })
        })
        .collect()
}

fn block(block: contract::Block, source: &Source) -> Option<Block> {
    Some(match block {
        contract::Block::Paragraph(text) => Block::Paragraph(inline(text, source)),
        contract::Block::Heading { level, text } => Block::Heading {
            level,
            text,
            id: None,
        },
        contract::Block::Quote { text, cite } => Block::Quote {
            content: inline(text, source),
            cite: non_blank(cite),
        },
        contract::Block::Image(image) => Block::Figure(picture(image, source)?),
        contract::Block::List { ordered, items } => Block::List {
            ordered,
            items: items
                .into_iter()
                .map(|item| tree(&item, Subset::Inline, source))
                .collect(),
        },
        contract::Block::Embed {
            url,
            title,
            provider,
        } => Block::Embed {
            url: safe(Some(url), source)?,
            title: non_blank(title),
            provider: non_blank(provider),
        },
        contract::Block::Html(html) => Block::Rich(tree(&html, Subset::Rich, source)),
    })
}

fn inline(text: Text, source: &Source) -> Vec<Node> {
    match text {
        Text::Plain(text) => vec![Node::Text(text)],
        Text::Html(html) => tree(&html, Subset::Inline, source),
    }
}

fn link(link: contract::Link, source: &Source) -> LinkOut {
    LinkOut {
        label: link.label,
        url: safe(link.url, source),
    }
}

fn person(author: contract::Author, source: &Source) -> Person {
    Person {
        name: author.name,
        bio: non_blank(author.bio),
        url: safe(author.url, source),
        avatar: author.avatar.and_then(|i| picture(i, source)),
    }
}

/// An image is kept only with a safe `src`.
fn picture(image: contract::Image, source: &Source) -> Option<Picture> {
    Some(
        Picture::at(Some(image.src), source, &image.alt)?
            .sized(image.width, image.height)
            .described(image.caption, image.credit),
    )
}
