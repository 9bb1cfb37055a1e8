//! The article chooser's measure of prose: per block, its paragraph value,
//! and per element the subtree sums of text, linked text, paragraph value
//! and links, each one sweep over the elements (see `article.rs`).

use super::input::*;

pub(super) fn weight(text: &str) -> u64 {
    text.chars().filter(|c| !c.is_whitespace()).count() as u64
}

/// Per-block prose under the given skip flags.
pub(super) struct Prose {
    /// Paragraph value of each element as a block (0 unless it is one).
    pub(super) para: Vec<u64>,
    /// Subtree sums: all text, linked text, paragraph value, links.
    pub(super) sub_text: Vec<u64>,
    pub(super) sub_link: Vec<u64>,
    pub(super) sub_para: Vec<u64>,
    pub(super) links: Vec<u32>,
}

impl Prose {
    pub(super) fn measure(
        tree: &Tree,
        weights: &[u64],
        block_of: &[u32],
        in_link: &[bool],
        skip: &[bool],
        min: u64,
    ) -> Prose {
        let n = tree.len();
        let (mut btext, mut blink) = (vec![0u64; n], vec![0u64; n]);
        let (mut sub_text, mut sub_link) = (vec![0u64; n], vec![0u64; n]);
        for (i, &p) in tree.node_parent.iter().enumerate() {
            if p == NONE || skip[p as usize] {
                continue;
            }
            let (p, w) = (p as usize, weights[i]);
            sub_text[p] += w;
            if in_link[p] {
                sub_link[p] += w;
            }
            let b = block_of[p];
            if b != NONE {
                btext[b as usize] += w;
                if in_link[p] {
                    blink[b as usize] += w;
                }
            }
        }
        let para: Vec<u64> = (0..n)
            .map(|b| {
                let (t, l) = (btext[b], blink[b]);
                if !skip[b] && !tree.has(b, HEADING) && t >= min && 2 * l < t {
                    t - l
                } else {
                    0
                }
            })
            .collect();
        let mut sub_para = para.clone();
        let mut links: Vec<u32> = (0..n)
            .map(|e| u32::from(tree.has(e, LINK) && !skip[e]))
            .collect();
        for e in (0..n).rev() {
            let p = tree.parent[e];
            if p != NONE {
                let p = p as usize;
                sub_text[p] += sub_text[e];
                sub_link[p] += sub_link[e];
                sub_para[p] += sub_para[e];
                links[p] = links[p].saturating_add(links[e]);
            }
        }
        Prose {
            para,
            sub_text,
            sub_link,
            sub_para,
            links,
        }
    }

    pub(super) fn link_density(&self, e: usize) -> f64 {
        if self.sub_text[e] == 0 {
            0.0
        } else {
            self.sub_link[e] as f64 / self.sub_text[e] as f64
        }
    }

    /// Text, all of it inside links ("Read more" lines, lists of headlines).
    pub(super) fn is_all_links(&self, e: usize) -> bool {
        self.sub_text[e] > 0 && self.sub_link[e] == self.sub_text[e]
    }

    pub(super) fn is_link_list(&self, e: usize) -> bool {
        let (t, l) = (self.sub_text[e], self.sub_link[e]);
        l > 0 && (l == t || (2 * l > t && self.links[e] >= 2))
    }
}
