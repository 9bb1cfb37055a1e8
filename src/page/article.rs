//! Choosing the article among a page's elements, the way reader modes do.
//!
//! 1. Boilerplate is set aside: hidden elements, `nav`, `figcaption` always;
//!    header, footer, aside, form, menus and blocks whose class or id words
//!    say "related", "share", "newsletter", "ad", "comments"… unless one of
//!    them holds more than half of the page's prose (some sites wrap the whole
//!    page in a `<form>` or a `has-sidebar` div).
//! 2. Prose is measured per block: the text of the nodes whose nearest block
//!    element it is, counted in non-space characters, minus the text inside
//!    links. A block with at least [`MIN_PARAGRAPH`] characters and less than
//!    half of them linked is a paragraph.
//! 3. An `itemprop=articleBody` element, else an `<article>`, with the most
//!    paragraph text is the article, unless it holds less than a third of
//!    the prose the best block below has (a teaser card in a sidebar).
//! 4. Otherwise each paragraph scores its block (when that is a container),
//!    its parent, half for its grandparent and a third for the next; the best
//!    score times one minus the link density wins. When its siblings with the
//!    same tag and class words carry a quarter as much prose again (an article
//!    split by ad slots), or paragraphs beside it do (or a tenth, in two or
//!    more paragraphs: a story whose second half sits in a "show more"
//!    block), or its parent holds more than twice
//!    its prose, the parent wins instead (up to four levels).
//! 5. Inside the article, link lists (containers whose text is mostly links)
//!    and paragraphs that are nothing but links ("Read more: …") are left
//!    out.
//!
//! Every pass is one sweep over the elements or the nodes: parents come
//! before children (see [`Tree`]), so top-down values are computed forwards
//! and subtree sums backwards. No recursion, no ancestor walks.

use super::input::*;
use super::prose::{weight, Prose};

/// Non-space characters a block needs to count as a paragraph.
pub const MIN_PARAGRAPH: u64 = 20;

/// Which elements hold the article's text.
#[derive(Debug, Clone)]
pub(crate) struct Selection {
    /// The article container.
    pub root: Option<usize>,
    /// Per element: its own text nodes are article text.
    pub include: Vec<bool>,
    /// Per element: the nearest block element (itself or an ancestor), or
    /// [`NONE`].
    pub block_of: Vec<u32>,
    /// Per element: inside a `pre`.
    pub pre: Vec<bool>,
}

/// Chooses the article and the elements whose text belongs to it.
pub(crate) fn select(input: &PageInput, tree: &Tree) -> Selection {
    let n = tree.len();
    let weights: Vec<u64> = input.nodes.iter().map(|t| weight(&t.text)).collect();

    // Top-down: nearest block, inside a link, inside pre, strongly skipped.
    let mut block_of = vec![NONE; n];
    let mut in_link = vec![false; n];
    let mut pre = vec![false; n];
    let mut strong = vec![false; n];
    for e in 0..n {
        let p = tree.parent[e];
        let (pb, pl, pp, ps) = if p == NONE {
            (NONE, false, false, false)
        } else {
            let p = p as usize;
            (block_of[p], in_link[p], pre[p], strong[p])
        };
        block_of[e] = if tree.has(e, BLOCK) { e as u32 } else { pb };
        in_link[e] = pl || tree.has(e, LINK);
        pre[e] = pp || tree.has(e, PRE);
        strong[e] = ps || tree.has(e, STRONG_SKIP);
    }

    // The prose before weak skips decides which weak skips to trust.
    let raw = Prose::measure(tree, &weights, &block_of, &in_link, &strong, MIN_PARAGRAPH);
    let total: u64 = (0..n)
        .filter(|&e| tree.parent[e] == NONE)
        .map(|e| raw.sub_para[e])
        .sum();
    let mut skip = strong;
    for e in 0..n {
        let p = tree.parent[e];
        skip[e] = skip[e]
            || (p != NONE && skip[p as usize])
            || (tree.has(e, WEAK_SKIP) && raw.sub_para[e] * 2 <= total);
    }

    let mut prose = Prose::measure(tree, &weights, &block_of, &in_link, &skip, MIN_PARAGRAPH);
    if prose.sub_para.iter().all(|&v| v == 0) {
        // Nothing long enough to be a paragraph: any unlinked text will do.
        prose = Prose::measure(tree, &weights, &block_of, &in_link, &skip, 1);
    }
    let root = choose(tree, &prose, &skip, &in_link);

    // Top-down again: inside the article, not skipped, not in a link list.
    let mut include = vec![false; n];
    if let Some(r) = root {
        let mut in_root = vec![false; n];
        let mut dropped = vec![false; n];
        for e in r..n {
            let p = tree.parent[e];
            let parent_in = p != NONE && in_root[p as usize];
            in_root[e] = e == r || parent_in;
            if !in_root[e] {
                continue;
            }
            dropped[e] = skip[e]
                || (parent_in && dropped[p as usize])
                || (e != r && tree.has(e, CONTAINER) && prose.is_link_list(e))
                || (tree.has(e, PARA) && prose.is_all_links(e));
            include[e] = !dropped[e];
        }
    }
    Selection {
        root,
        include,
        block_of,
        pre,
    }
}

fn choose(tree: &Tree, prose: &Prose, skip: &[bool], in_link: &[bool]) -> Option<usize> {
    let n = tree.len();
    // Scores in sixths: 6 for the block and its parent, 3 and 2 above.
    let mut score = vec![0u64; n];
    for b in 0..n {
        let v = prose.para[b];
        if v == 0 {
            continue;
        }
        if !tree.has(b, PARA) {
            score[b] += 6 * v;
        }
        let mut a = tree.parent[b];
        for w in [6, 3, 2] {
            if a == NONE {
                break;
            }
            score[a as usize] += w * v;
            a = tree.parent[a as usize];
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for e in 0..n {
        if score[e] == 0 || skip[e] || in_link[e] || tree.has(e, PARA) {
            continue;
        }
        let value = score[e] as f64 * (1.0 - prose.link_density(e));
        // `>=`: on a tie the later element, the deeper one in a chain, wins.
        if best.is_none_or(|(_, b)| value >= b) {
            best = Some((e, value));
        }
    }
    let general = best.map(|(e, _)| e);

    let marker = |flag: u16| {
        (0..n)
            .filter(|&e| tree.has(e, flag) && !skip[e] && prose.sub_para[e] > 0)
            .max_by_key(|&e| (prose.sub_para[e], std::cmp::Reverse(e)))
    };
    if let Some(m) = marker(ARTICLE_BODY).or_else(|| marker(ARTICLE)) {
        let g = general.map_or(0, |g| prose.sub_para[g]);
        if prose.sub_para[m] * 3 >= g {
            return Some(m);
        }
    }

    let mut c = general?;
    for _ in 0..4 {
        let p = tree.parent[c];
        if p == NONE || skip[p as usize] {
            break;
        }
        let p = p as usize;
        let own = prose.sub_para[c];
        let similar: u64 = (0..n)
            .filter(|&s| {
                s != c
                    && tree.parent[s] == p as u32
                    && !skip[s]
                    && tree.flags[s] == tree.flags[c]
                    && same_kind(tree, s, c)
            })
            .map(|s| prose.sub_para[s])
            .sum();
        let split = similar * 4 >= own;
        let (mut beside, mut count) = (0u64, 0usize);
        for b in (0..n).filter(|&b| tree.parent[b] == p as u32 && tree.has(b, PARA)) {
            if prose.para[b] > 0 {
                beside += prose.para[b];
                count += 1;
            }
        }
        let paragraphs_beside = beside * 4 >= own || (count >= 2 && beside * 10 >= own);
        let wider = prose.sub_para[p] > 2 * own;
        if (split || paragraphs_beside || wider) && prose.link_density(p) < 0.5 {
            c = p;
        } else {
            break;
        }
    }
    Some(c)
}

/// Same tag and class words: the pieces of one article split by ad slots.
fn same_kind(tree: &Tree, a: usize, b: usize) -> bool {
    tree.kind[a] == tree.kind[b]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Elements as (parent, tag, attrs); nodes as (parent, text).
    fn page(elements: &[(i64, &str, &str)], nodes: &[(i64, &str)]) -> PageInput {
        PageInput::from_tuples(elements, nodes)
    }

    fn run(input: &PageInput) -> Selection {
        select(input, &Tree::new(input))
    }

    const LONG: &str = "The ministry said on Monday that the talks would resume next week.";

    #[test]
    fn the_block_with_the_paragraphs_wins() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "div", "menu-bar"),
                (1, "a", ""),
                (0, "div", "story"),
                (3, "p", ""),
                (3, "p", ""),
                (0, "div", "more"),
                (6, "p", ""),
            ],
            &[
                (2, "Home"),
                (4, LONG),
                (5, LONG),
                (7, "Short teaser text here."),
            ],
        );
        let s = run(&input);
        assert_eq!(s.root, Some(3));
        assert!(s.include[4] && s.include[5]);
        assert!(!s.include[7] && !s.include[2]);
    }

    #[test]
    fn article_body_beats_article_and_teasers() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "article", "teaser"),
                (1, "p", ""),
                (0, "article", "main"),
                (3, "div", "itemprop:articlebody"),
                (4, "p", ""),
                (4, "p", ""),
            ],
            &[(2, LONG), (5, LONG), (6, LONG)],
        );
        assert_eq!(run(&input).root, Some(4));
    }

    #[test]
    fn a_teaser_article_does_not_beat_the_story() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "div", "column"),
                (1, "p", ""),
                (1, "p", ""),
                (1, "p", ""),
                (1, "p", ""),
                (0, "article", "card"),
                (6, "p", ""),
            ],
            &[(2, LONG), (3, LONG), (4, LONG), (5, LONG), (7, LONG)],
        );
        assert_eq!(run(&input).root, Some(1));
    }

    #[test]
    fn an_article_split_by_ad_slots_is_taken_whole() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "div", "content"),
                (1, "div", "text-block"),
                (2, "p", ""),
                (2, "p", ""),
                (2, "p", ""),
                (1, "div", "ad-slot"),
                (1, "div", "text-block"),
                (7, "p", ""),
            ],
            &[
                (3, LONG),
                (4, LONG),
                (5, LONG),
                (6, "Advertisement"),
                (8, LONG),
            ],
        );
        let s = run(&input);
        assert_eq!(s.root, Some(1));
        assert!(s.include[8] && !s.include[6]);
    }

    #[test]
    fn paragraphs_beside_a_show_more_block_are_kept() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "div", "content"),
                (1, "p", ""),
                (1, "p", ""),
                (1, "div", "toggle-group"),
                (4, "p", ""),
                (4, "p", ""),
                (4, "p", ""),
                (4, "p", ""),
                (4, "p", ""),
                (0, "div", "other"),
                (10, "p", ""),
            ],
            &[
                (2, LONG),
                (3, LONG),
                (5, LONG),
                (6, LONG),
                (7, LONG),
                (8, LONG),
                (9, LONG),
                (11, LONG),
            ],
        );
        let s = run(&input);
        assert_eq!(s.root, Some(1));
        assert!(s.include[2] && s.include[5] && !s.include[11]);
    }

    #[test]
    fn link_lists_inside_the_article_are_left_out() {
        let input = page(
            &[
                (-1, "article", ""),
                (0, "p", ""),
                (0, "ul", ""),
                (2, "li", ""),
                (3, "a", ""),
                (2, "li", ""),
                (5, "a", ""),
                (0, "p", ""),
                (7, "a", ""),
                (0, "p", ""),
                (9, "a", ""),
            ],
            &[
                (10, "Read more: the talks in Cairo, explained"),
                (1, LONG),
                (4, "Read another story about the talks"),
                (6, "And a third one about the ceasefire"),
                (7, "Diaa "),
                (8, "Rashwan"),
                (7, " said the talks were going well."),
            ],
        );
        let s = run(&input);
        assert_eq!(s.root, Some(0));
        assert!(!s.include[4] && !s.include[6] && !s.include[2]);
        assert!(
            s.include[7] && s.include[8],
            "a link inside a paragraph stays"
        );
    }

    #[test]
    fn hidden_and_screen_reader_text_inside_the_article_is_left_out() {
        let mut input = page(
            &[
                (-1, "article", ""),
                (0, "p", ""),
                (1, "span", "sr-only"),
                (0, "div", "update"),
                (3, "p", ""),
            ],
            &[(1, LONG), (2, "(opens in a new window)"), (4, LONG)],
        );
        input.elements[3].hidden = true;
        let s = run(&input);
        assert_eq!(s.root, Some(0));
        assert!(s.include[1] && !s.include[2] && !s.include[3] && !s.include[4]);
    }

    #[test]
    fn a_page_wrapped_in_a_form_still_has_an_article() {
        let input = page(
            &[
                (-1, "body", ""),
                (0, "form", "aspnetform"),
                (1, "div", ""),
                (2, "p", ""),
                (2, "p", ""),
            ],
            &[(3, LONG), (4, LONG)],
        );
        let s = run(&input);
        assert_eq!(s.root, Some(2));
        assert!(s.include[3]);
    }

    #[test]
    fn short_paragraphs_are_still_found() {
        let input = page(
            &[(-1, "div", ""), (0, "p", ""), (0, "p", "")],
            &[(1, "Hi."), (2, "Yes.")],
        );
        assert_eq!(run(&input).root, Some(0));
    }

    #[test]
    fn nothing_to_choose_from() {
        assert_eq!(run(&page(&[], &[])).root, None);
        assert_eq!(run(&page(&[(-1, "nav", "")], &[(0, LONG)])).root, None);
        assert_eq!(run(&page(&[(-1, "p", "")], &[(5, LONG)])).root, None);
    }
}
