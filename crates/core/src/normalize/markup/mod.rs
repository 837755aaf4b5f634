//! A CMS's body markup → body blocks: Gutenberg's (WordPress), Ghost's cards ([`cards`]) and
//! plain HTML (JSON Feed's `content_html`). The markup has one element per block at the top
//! level, the block's kind in its `class`; the sanitizer drops `class`, so the markup is cut into
//! its top-level elements first ([`fragment`]), each element's class picks the block
//! ([`blocks`]), and every piece of markup still goes through the sanitizer.

mod blocks;
mod cards;
mod fragment;
mod media;
mod providers;

use crate::normalize::source::Source;
use crate::story::Block;
use blocks::block;
use fragment::{pieces, Piece};

pub(in crate::normalize) use blocks::{is_blank, nested, paragraph, rich};
pub(in crate::normalize) use fragment::start_tags;
pub(in crate::normalize) use providers::provider_name;

/// The body blocks of a body's markup.
pub(in crate::normalize) fn body(html: &str, source: &Source) -> Vec<Block> {
    let mut blocks = Vec::new();
    for piece in pieces(html, &[]) {
        match piece {
            Piece::Element(element) if element.tag.has_class("kg-card") => {
                cards::card(element, source, &mut blocks)
            }
            piece => blocks.extend(block(piece, source)),
        }
    }
    blocks
}
