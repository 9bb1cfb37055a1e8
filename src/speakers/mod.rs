//! Speakers: mentions clustered into the people, organisations and
//! documents that speak, each with a kind, a role and a best name.
//!
//! Full name ← surname ← honorific + surname; description ("the official")
//! ← the nearest earlier mention with the same head noun or title; pronoun
//! ← the nearest compatible earlier speaker; possessive document
//! ("Rashwan's statement") ← its owner; description with a name in
//! apposition ("Vance's lawyer, Elena Sokolova") ← that name.
//!
//! One file a kind of mention: `names.rs` (name runs and name clusters),
//! `pronouns.rs`, `descriptions.rs` (noun phrases that are not names),
//! `roles.rs` (the role a source is given); this file holds the clusters,
//! the recency index and [`resolve`]. A language's own rules come first
//! ([`Rules`], e.g. `de_rules.rs`: [`Rules::german`]).

mod de_rules;
mod descriptions;
mod names;
mod pronouns;
mod roles;
mod small;

use small::{Done, Heads};

use crate::lexicon::FastMap as HashMap;
use std::cell::OnceCell;
use std::ops::Range;

use crate::fold::Folded;
use crate::text::Doc;

use crate::lexicon::{Class, PronounClass, WordInfo};
use crate::model::{Speaker, SpeakerKind};
use crate::patterns::{Ctx, Frame};
use crate::span::Span;
use crate::text::Tok;

/// How many of the most recently mentioned speakers a pronoun or a
/// description is checked against.
const RECENT: usize = 64;

/// A language's own speaker rules, tried on each source before the shared
/// ones ([`Rules::SHARED`]: none; [`Rules::german`] in `de_rules.rs`).
#[derive(Clone, Copy)]
pub struct Rules {
    source: Option<SourceRule>,
    /// Is a token a title or function before a name, beyond `titles.txt`
    /// (German compounds: "CDU-Politiker")?
    title: Option<fn(&Ctx, usize) -> bool>,
}

/// A source's speaker by a language's rule, or `None` for the shared rules.
type SourceRule = fn(&mut Resolver, &Frame, &Range<usize>) -> Option<usize>;

impl Rules {
    /// Only the shared rules (English).
    pub const SHARED: Rules = Rules {
        source: None,
        title: None,
    };
}

/// What one frame's source resolved to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    pub speaker: Option<usize>,
    /// The mention naming the speaker best, when the source itself is not it.
    pub entity: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

#[derive(Debug)]
struct Cluster<'t> {
    kind: SpeakerKind,
    /// Best mention: (span, score). Higher scores name better.
    best: Option<(Span, u8)>,
    /// Head nouns and titles it was called by ("official", "minister").
    heads: Heads<'t>,
    gender: Option<Gender>,
    plural: bool,
    mentions: Vec<Span>,
    role: Option<String>,
    last_seen: usize,
    /// Whether the cluster came from a frame's source (else only a name in
    /// the text that a pronoun or surname reached).
    speaks: bool,
    /// Its number among the speakers, once numbered (`resolve_with`).
    number: Option<usize>,
}

/// A capitalised name found anywhere in the text.
#[derive(Clone, Debug)]
struct NameRun {
    /// The name without titles ("Ana Costa").
    name: Range<usize>,
    org: bool,
    /// Starts a sentence or follows an opening adverbial: a subject.
    subject: bool,
    /// The titles before the name ("Finance Minister"), as tokens.
    titles: Range<usize>,
    /// Up to three words just before the name and its titles ("Senior
    /// coroner Sarah Whitcombe" → "Senior coroner").
    before: Range<usize>,
}

struct Resolver<'c, 'a, 't> {
    ctx: &'c Ctx<'a, 't>,
    rules: Rules,
    clusters: Vec<Cluster<'t>>,
    runs: Vec<NameRun>,
    by_surname: HashMap<Folded<'t>, usize>,
    by_text: HashMap<Folded<'t>, usize>,
    /// The one unknown speaker of each pronoun class, once made.
    unknown: [Option<usize>; 5],
    /// (last_seen, cluster) for every cluster: the most recent first when
    /// read backwards.
    by_seen: std::collections::BTreeSet<(usize, usize)>,
    /// Person-name runs of two words or more, by their last word.
    runs_by_last: HashMap<Folded<'t>, usize>,
    /// Runs by their titles and the words just before them ("judge",
    /// "coroner").
    runs_by_descriptor: HashMap<Folded<'t>, Range<usize>>,
    /// The runs of each descriptor, in text order, one group after another
    /// (`runs_by_descriptor` says where each group is).
    descriptor_runs: Vec<usize>,
    /// Organisation runs by their last word ("trust").
    orgs_by_last: HashMap<Folded<'t>, usize>,
    /// How often each capitalised word occurs in the text; counted on
    /// first need (only "the company" and the like ask).
    cap_counts: OnceCell<HashMap<&'t str, usize>>,
}

impl<'c, 'a, 't> Resolver<'c, 'a, 't> {
    fn tok(&self, i: usize) -> &'t str {
        self.ctx.doc.tok(i)
    }

    fn span(&self, r: &Range<usize>) -> Span {
        self.ctx.doc.span(r.start, r.end)
    }

    fn text(&self, r: &Range<usize>) -> String {
        self.span(r).of(self.ctx.doc.text).to_string()
    }

    /// The text of tokens `r`, folded for comparing.
    fn fold(&self, r: &Range<usize>) -> Folded<'t> {
        let doc: &Doc<'t> = self.ctx.doc;
        Folded(self.span(r).of(doc.text))
    }

    /// Token `i`, folded for comparing.
    fn word_at(&self, i: usize) -> Folded<'t> {
        Folded(self.tok(i))
    }

    /// The name runs with descriptor `d` ("judge"), in text order.
    fn described(&self, d: Folded) -> &[usize] {
        self.runs_by_descriptor
            .get(&d)
            .and_then(|r| self.descriptor_runs.get(r.clone()))
            .unwrap_or(&[])
    }

    fn cap_counts(&self) -> &HashMap<&'t str, usize> {
        self.cap_counts.get_or_init(|| {
            let doc: &Doc<'t> = self.ctx.doc;
            let caps = (0..doc.tokens.len()).filter(|&i| doc.is_cap(i)).count();
            let mut counts = HashMap::with_capacity_and_hasher(caps, Default::default());
            for i in 0..doc.tokens.len() {
                if doc.is_cap(i) {
                    *counts.entry(doc.tok(i)).or_default() += 1;
                }
            }
            counts
        })
    }

    fn new_cluster(&mut self, kind: SpeakerKind, at: usize) -> usize {
        self.clusters.push(Cluster {
            kind,
            best: None,
            heads: Heads::default(),
            gender: None,
            plural: false,
            mentions: Vec::new(),
            role: None,
            last_seen: at,
            speaks: false,
            number: None,
        });
        let c = self.clusters.len() - 1;
        self.by_seen.insert((at, c));
        c
    }

    /// Marks cluster `c` as mentioned at token `at`.
    fn touch(&mut self, c: usize, at: usize) {
        let old = self.clusters[c].last_seen;
        if at > old {
            self.by_seen.remove(&(old, c));
            self.by_seen.insert((at, c));
            self.clusters[c].last_seen = at;
        }
    }

    fn offer_best(&mut self, c: usize, span: Span, score: u8) {
        let cl = &mut self.clusters[c];
        if cl.best.is_none_or(|(_, s)| score > s) {
            cl.best = Some((span, score));
        }
    }

    /// The most recently mentioned speaker before token `at` that `pick`
    /// accepts, among the last [`RECENT`] speakers mentioned: an antecedent
    /// further back than that is not one a reader would find either, and
    /// the bound keeps resolution linear.
    fn recent(&self, at: usize, pick: impl Fn(&Cluster) -> bool) -> Option<usize> {
        self.by_seen
            .range(..(at, 0))
            .rev()
            .take(RECENT)
            .map(|&(_, c)| c)
            .find(|&c| pick(&self.clusters[c]))
    }
}

/// Resolves the sources of `frames` into speakers.
pub fn resolve(ctx: &Ctx, frames: &[Frame]) -> (Vec<Speaker>, Vec<Resolved>) {
    resolve_with(ctx, frames, Rules::SHARED)
}

/// [`resolve`] with a language's own rules first.
pub fn resolve_with(ctx: &Ctx, frames: &[Frame], rules: Rules) -> (Vec<Speaker>, Vec<Resolved>) {
    let mut rs = Resolver {
        ctx,
        rules,
        // A cluster or two a frame's source, a name run in some thirty
        // tokens: one allocation each for most articles, not a regrowth
        // at every doubling.
        clusters: Vec::with_capacity(frames.len() + 4),
        runs: Vec::with_capacity(ctx.len() / 32 + 4),
        // About a name or two a frame: no regrowth (and rehash) for most
        // articles.
        by_surname: HashMap::with_capacity_and_hasher(frames.len(), Default::default()),
        by_text: HashMap::with_capacity_and_hasher(2 * frames.len(), Default::default()),
        unknown: [None; 5],
        by_seen: std::collections::BTreeSet::new(),
        runs_by_last: HashMap::default(),
        runs_by_descriptor: HashMap::default(),
        descriptor_runs: Vec::new(),
        orgs_by_last: HashMap::default(),
        cap_counts: OnceCell::new(),
    };
    rs.scan_names();
    let doc: &Doc = ctx.doc;
    // The indexes: first runs by last word; runs by descriptor, grouped
    // into one array (count, then place) rather than a Vec a descriptor.
    let mut described: Vec<(Folded, usize)> = Vec::with_capacity(2 * rs.runs.len());
    // At most a run each: one allocation, no regrowth (and rehash).
    rs.orgs_by_last.reserve(rs.runs.len());
    rs.runs_by_last.reserve(rs.runs.len());
    for (k, r) in rs.runs.iter().enumerate() {
        let last = Folded(doc.tok(r.name.end - 1));
        if r.org {
            rs.orgs_by_last.entry(last).or_insert(k);
        } else {
            let titles = r.titles.clone().filter(|&t| doc.is_word(t));
            for d in titles.chain(r.before.clone().rev()) {
                described.push((Folded(doc.tok(d)), k));
            }
            if r.name.len() > 1 {
                rs.runs_by_last.entry(last).or_insert(k);
            }
        }
    }
    rs.runs_by_descriptor.reserve(described.len());
    for &(d, _) in &described {
        rs.runs_by_descriptor.entry(d).or_insert(0..0).end += 1;
    }
    let mut at = 0;
    for group in rs.runs_by_descriptor.values_mut() {
        let len = group.end;
        *group = at..at;
        at += len;
    }
    rs.descriptor_runs = vec![0; described.len()];
    for (d, k) in described {
        if let Some(group) = rs.runs_by_descriptor.get_mut(&d) {
            if let Some(slot) = rs.descriptor_runs.get_mut(group.end) {
                *slot = k;
            }
            group.end += 1;
        }
    }
    // Frames by their source's start, ties in frame order: the index is
    // part of the key, so an unstable sort of plain pairs gives the stable
    // order without reading the frames again at each comparison.
    let mut order: Vec<(usize, usize)> = frames
        .iter()
        .enumerate()
        .map(|(i, f)| (f.source.as_ref().map_or(usize::MAX, |s| s.start), i))
        .collect();
    order.sort_unstable();
    // Each frame's cluster, kept in its `Resolved` until the clusters are
    // numbered (below): one Vec for both.
    let mut resolved = vec![Resolved::default(); frames.len()];
    let mut done = Done::default();
    for &(_, i) in &order {
        let f = &frames[i];
        let Some(src) = f.source.clone() else {
            continue;
        };
        if let Some(c) = done.get(src.start, src.end) {
            // Coordinated cues share one source mention.
            resolved[i].speaker = Some(c);
            continue;
        }
        let own = rules.source.and_then(|rule| rule(&mut rs, f, &src));
        let c = if let Some(c) = own {
            c
        } else if src.len() == 1 && ctx.is_pronoun(src.start) {
            rs.resolve_pronoun(&src)
        } else {
            rs.resolve_np(&src, f.appositive.as_ref())
        };
        let span = rs.span(&src);
        // The first role found stays: look for one only while none is.
        let role = if rs.clusters[c].role.is_none() {
            rs.role_of(f)
                .or_else(|| rs.description_role(f, &src))
                .or_else(|| rs.title_role(&src))
        } else {
            None
        };
        rs.touch(c, src.start);
        let cl = &mut rs.clusters[c];
        cl.speaks = true;
        // Sources come in text order and each source range is resolved
        // once (`done`), so a repeat can only be the last mention: checking
        // it alone keeps this linear (a speaker may have thousands).
        if cl.mentions.last() != Some(&span) {
            cl.mentions.push(span);
        }
        if cl.role.is_none() {
            cl.role = role;
        }
        if cl.best.is_none() {
            cl.best = Some((span, 0));
        }
        resolved[i].speaker = Some(c);
        done.insert(src.start, src.end, c);
    }
    // Number the speaking clusters by first appearance.
    // In the frames' order's Vec, done with (sized for every cluster: a
    // filter's collect grows its Vec).
    let mut firsts = order;
    firsts.clear();
    firsts.reserve(rs.clusters.len());
    firsts.extend(
        rs.clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| c.speaks)
            .map(|(i, c)| {
                (
                    c.mentions
                        .iter()
                        .map(|m| m.start)
                        .min()
                        .unwrap_or(usize::MAX),
                    i,
                )
            }),
    );
    firsts.sort_unstable();
    let mut speakers = Vec::with_capacity(firsts.len());
    for (n, &(_, c)) in firsts.iter().enumerate() {
        let cl = &mut rs.clusters[c];
        cl.number = Some(n);
        cl.mentions.sort_unstable();
        let best = cl
            .best
            .map(|(s, _)| s)
            .or_else(|| cl.mentions.first().copied());
        let mut kind = cl.kind;
        if kind == SpeakerKind::Unknown && cl.best.is_some_and(|(_, s)| s >= 3) {
            kind = SpeakerKind::Person;
        }
        speakers.push(Speaker {
            name: best
                .map(|s| s.of(ctx.doc.text).trim().to_string())
                .unwrap_or_default(),
            kind,
            // The clusters are done with: their role and mentions move out.
            role: cl.role.take(),
            mentions: std::mem::take(&mut cl.mentions),
            attributions: Vec::new(),
        });
    }
    for (r, f) in resolved.iter_mut().zip(frames) {
        let Some(c) = r.speaker else {
            continue;
        };
        let Some(cl) = rs.clusters.get(c) else {
            *r = Resolved::default();
            continue;
        };
        let best = cl.best.map(|(s, _)| s);
        let src = f.source.as_ref().map(|s| rs.span(s));
        let entity = match (best, src) {
            (Some(b), Some(s)) if b != s => Some(b),
            _ => None,
        };
        *r = Resolved {
            speaker: cl.number,
            entity,
        };
    }
    (speakers, resolved)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Analysis, SpeakerKind};

    /// (source as written, speaker name, speaker kind) per attribution.
    pub(super) fn who(text: &str) -> Vec<(String, String, SpeakerKind)> {
        let a: Analysis = analyze(text);
        a.attributions
            .iter()
            .filter(|x| x.cue.is_some())
            .map(|x| {
                let sp = &a.speakers[x.speaker.expect("resolved")];
                (
                    x.source.unwrap().of(text).to_string(),
                    sp.name.clone(),
                    sp.kind,
                )
            })
            .collect()
    }

    #[test]
    fn heads_read_as_the_vec_they_replace() {
        let words = ["official", "minister", "aide", "judge", "Mayor"];
        let mut heads = super::Heads::default();
        let mut v = Vec::new();
        for w in words {
            assert_eq!(heads.len(), v.len());
            heads.push(crate::fold::Folded(w));
            v.push(crate::fold::Folded(w));
            assert!(heads.iter().zip(&v).all(|(a, b)| a.0 == b.0));
            assert!(heads.contains(&crate::fold::Folded("OFFICIAL")));
        }
        assert_eq!(heads.len(), words.len());
    }

    #[test]
    fn done_answers_as_a_map_of_the_sources() {
        // Sources in order of their start, some with many ends (a spill).
        let mut done = super::Done::default();
        let mut map = std::collections::HashMap::new();
        let mut c = 0;
        for start in [0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 9, 9, 12] {
            for end in [
                start + 1,
                start + 2,
                start + 1,
                start + 5,
                start + 3,
                start + 4,
                start + 6,
            ] {
                let want = map.get(&(start, end)).copied();
                assert_eq!(done.get(start, end), want, "{start}..{end}");
                if want.is_none() {
                    done.insert(start, end, c);
                    map.insert((start, end), c);
                    c += 1;
                }
            }
        }
    }

    #[test]
    fn ledger_is_in_order_of_first_appearance() {
        let t = "“Go,” said Ann Bell. Tom Cole said the plan had failed. Bell said it would work.";
        let a = analyze(t);
        let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ann Bell", "Tom Cole"]);
        assert_eq!(a.speakers[0].attributions.len(), 2);
    }
}
