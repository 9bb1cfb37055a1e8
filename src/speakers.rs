//! Speakers: mentions clustered into the people, organisations and
//! documents that speak, each with a kind, a role and a best name.
//!
//! Full name ← surname ← honorific + surname; description ("the official")
//! ← the nearest earlier mention with the same head noun or title; pronoun
//! ← the nearest compatible earlier speaker; possessive document
//! ("Rashwan's statement") ← its owner; description with a name in
//! apposition ("Vance's lawyer, Elena Sokolova") ← that name.

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
    heads: Vec<Folded<'t>>,
    gender: Option<Gender>,
    plural: bool,
    mentions: Vec<Span>,
    role: Option<String>,
    last_seen: usize,
    /// Whether the cluster came from a frame's source (else only a name in
    /// the text that a pronoun or surname reached).
    speaks: bool,
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
            let mut counts = HashMap::default();
            for i in 0..doc.tokens.len() {
                if doc.is_cap(i) {
                    *counts.entry(doc.tok(i)).or_default() += 1;
                }
            }
            counts
        })
    }

    fn is_title(&self, i: usize) -> bool {
        self.ctx.word(i).is(WordInfo::TITLE)
    }

    /// Splits the capitalised tail of `r` into a name and the titles
    /// before it (a token range, empty when none).
    fn name_in(&self, r: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        let doc = self.ctx.doc;
        let mut end = r.end;
        while end > r.start && doc.kind(end - 1) == Some(Tok::Poss) {
            end -= 1;
        }
        let mut start = end;
        while start > r.start {
            let k = start - 1;
            let ok = self.ctx.is_cap_name(k)
                || (doc.tok(k) == "." && k > r.start && doc.is_cap(k - 1))
                || (matches!(doc.tok(k), "of" | "for" | "and" | "&" | "de")
                    && k > r.start
                    && doc.is_cap(k - 1));
            if !ok {
                break;
            }
            start = k;
        }
        if start >= end {
            return None;
        }
        let mut titles = start..start;
        let mut n = start;
        // Titles before the name ("Finance Minister", "Dr.") are not the name.
        let last_title = (start..end)
            .rev()
            .find(|&k| self.is_title(k) && doc.is_cap(k));
        if let Some(t) = last_title {
            if t + 1 < end {
                titles = start..t + 1;
                n = t + 1;
                while n < end && doc.tok(n) == "." {
                    n += 1;
                }
            }
        }
        while n < end && !doc.is_cap(n) {
            n += 1;
        }
        (n < end).then_some((n..end, titles))
    }

    /// The appositive `a` when it is all a capitalised name ("…, Elena
    /// Sokolova, said"), as its noun phrase.
    fn appositive_name(&self, a: &Range<usize>) -> Option<Range<usize>> {
        let doc = self.ctx.doc;
        let np = self.ctx.np_after(a.start, a.end)?;
        (np.end == a.end
            && np
                .clone()
                .filter(|&k| doc.is_word(k))
                .all(|k| doc.is_cap(k)))
        .then_some(np)
    }

    fn has_org_word(&self, r: &Range<usize>) -> bool {
        r.clone().any(|k| self.ctx.word(k).is(WordInfo::ORG))
    }

    fn scan_names(&mut self) {
        let doc = self.ctx.doc;
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if !doc.is_cap(i) || self.ctx.in_quote(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n
                && (doc.is_cap(j)
                    || (doc.tok(j) == "."
                        && doc.is_cap(j - 1)
                        && doc.tokens[j - 1].span.end == doc.tokens[j].span.start)
                    || (matches!(doc.tok(j), "of" | "for" | "&" | "de") && doc.is_cap(j + 1)))
                && doc.same_para(i, j)
            {
                j += 1;
            }
            let r = i..j;
            i = j;
            let Some((name, titles)) = self.name_in(&r) else {
                continue;
            };
            let words = name.clone().filter(|&k| doc.is_word(k)).count();
            let prev = r.start.checked_sub(1);
            let org_before = prev.is_some_and(|p| self.ctx.word(p).is(WordInfo::ORG));
            let org = self.has_org_word(&r) || org_before || prev.is_some_and(|p| doc.is(p, "the"));
            if words < 2 && !org_before {
                continue;
            }
            let s = self.ctx.sentence_start(r.start);
            let subject = r.start == s
                || prev.is_some_and(|p| doc.tok(p) == "," || doc.is(p, "the") && p == s);
            let mut d = r.start;
            while d > s
                && r.start - d < 3
                && doc.is_word(d - 1)
                && !self.ctx.class(d - 1, Class::Det)
                && !self.ctx.class(d - 1, Class::Prep)
            {
                d -= 1;
            }
            self.runs.push(NameRun {
                name,
                org,
                subject,
                titles,
                before: d..r.start,
            });
        }
    }

    fn new_cluster(&mut self, kind: SpeakerKind, at: usize) -> usize {
        self.clusters.push(Cluster {
            kind,
            best: None,
            heads: Vec::new(),
            gender: None,
            plural: false,
            mentions: Vec::new(),
            role: None,
            last_seen: at,
            speaks: false,
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

    /// The cluster of a person or organisation name (tokens `name`), with
    /// the titles before it (tokens `titles`).
    fn name_cluster(&mut self, name: Range<usize>, org: bool, titles: Range<usize>) -> usize {
        let doc: &Doc<'t> = self.ctx.doc;
        let mut words = 0usize;
        let (mut first, mut last) = (name.start, name.start);
        for k in name.clone().filter(|&k| doc.is_word(k)) {
            if words == 0 {
                first = k;
            }
            last = k;
            words += 1;
        }
        let last = self.word_at(last);
        let key = self.fold(&name);
        let span = self.span(&name);
        let score = 3 + words.min(4) as u8;
        if let Some(&c) = self.by_text.get(&key) {
            self.offer_best(c, span, score);
            return c;
        }
        if !org {
            if let Some(&c) = self.by_surname.get(&last) {
                // Same surname, and not a different first name.
                let cl_best = Folded(self.clusters[c].best.map_or("", |(s, _)| s.of(doc.text)));
                let first_ok = words < 2
                    || !cl_best.0.contains(' ')
                    || cl_best.starts_with(self.word_at(first));
                if first_ok {
                    self.offer_best(c, span, score);
                    self.by_text.insert(key, c);
                    return c;
                }
            }
            if words == 1 {
                // A surname: look for the full name anywhere in the text.
                let run = self.runs_by_last.get(&last).map(|&k| self.runs[k].clone());
                if let Some(run) = run {
                    let c = self.name_cluster(run.name, false, run.titles);
                    self.by_text.insert(key, c);
                    return c;
                }
            }
        }
        let single_unknown = words == 1 && !org;
        let kind = if org || single_unknown {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let c = self.new_cluster(kind, name.start);
        self.offer_best(c, span, score);
        if kind == SpeakerKind::Person {
            self.by_surname.insert(last, c);
            for t in titles.filter(|&k| doc.is_word(k)) {
                let w = self.word_at(t);
                self.clusters[c].heads.push(w);
                self.gender_from_word(c, t);
            }
        } else if single_unknown {
            // A single capitalised word nobody else names: an organisation
            // or a place until a first name turns up.
            self.by_surname.entry(last).or_insert(c);
        }
        self.by_text.insert(key, c);
        c
    }

    /// A gendered word at token `i` ("Mr", "spokeswoman") sets cluster
    /// `c`'s gender, if nothing has yet.
    fn gender_from_word(&mut self, c: usize, i: usize) {
        let w = self.ctx.word(i);
        let g = if w.is(WordInfo::MALE) {
            Some(Gender::Male)
        } else if w.is(WordInfo::FEMALE) {
            Some(Gender::Female)
        } else {
            None
        };
        if g.is_some() && self.clusters[c].gender.is_none() {
            self.clusters[c].gender = g;
        }
    }

    /// The most recent speaker before token `at` that `pick` accepts.
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

    fn resolve_pronoun(&mut self, r: &Range<usize>) -> usize {
        let at = r.start;
        let class = self.ctx.word(at).pronoun.unwrap_or(PronounClass::Any);
        let personish = |c: &Cluster| {
            matches!(
                c.kind,
                SpeakerKind::Person | SpeakerKind::Anonymous | SpeakerKind::Unknown
            ) && !c.plural
        };
        let found = match class {
            PronounClass::Male | PronounClass::Female => {
                let g = if class == PronounClass::Male {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // A person named as a sentence's subject since the last
                // speaker counts too ("Trump visited Ohio. He said …").
                let speaker = self.recent(at, |c| personish(c) && c.gender.is_none_or(|x| x == g));
                let seen = speaker.map_or(0, |c| self.clusters[c].last_seen);
                let upto = self.runs.partition_point(|n| n.name.end <= at);
                let run = self.runs[..upto]
                    .iter()
                    .rev()
                    .take_while(|n| n.name.start > seen)
                    .find(|n| !n.org && n.subject && n.name.len() > 1)
                    .cloned();
                match run {
                    Some(n) => {
                        let c = self.name_cluster(n.name, false, n.titles);
                        (self.clusters[c].gender.is_none_or(|x| x == g))
                            .then_some(c)
                            .or(speaker)
                    }
                    None => speaker,
                }
                .inspect(|&c| {
                    self.clusters[c].gender.get_or_insert(g);
                })
            }
            PronounClass::Plural => {
                self.recent(at, |c| c.plural || c.kind == SpeakerKind::Organisation)
            }
            PronounClass::Thing => self.recent(at, |c| {
                matches!(c.kind, SpeakerKind::Organisation | SpeakerKind::Document)
            }),
            PronounClass::Any => {
                if self.ctx.doc.is_any(at, &["who", "which"]) {
                    // The relative pronoun's antecedent: the phrase before
                    // its comma.
                    let s = self.ctx.sentence_start(at);
                    let comma = at.checked_sub(1).filter(|&c| self.tok(c) == ",");
                    comma
                        .and_then(|c| self.ctx.np_before(c, s))
                        .filter(|np| !self.ctx.is_pronoun(np.start))
                        .map(|np| self.resolve_np(&np, None))
                } else {
                    self.recent(at, personish)
                }
            }
        };
        match found {
            Some(c) => c,
            None => {
                // One unknown speaker per pronoun class, not one per mention.
                if let Some(c) = self.unknown[class as usize] {
                    return c;
                }
                let c = self.new_cluster(SpeakerKind::Unknown, at);
                self.clusters[c].plural = class == PronounClass::Plural;
                self.unknown[class as usize] = Some(c);
                c
            }
        }
    }

    /// Resolves one noun phrase (not a pronoun) to a cluster.
    fn resolve_np(&mut self, r: &Range<usize>, appositive: Option<&Range<usize>>) -> usize {
        let doc = self.ctx.doc;
        let head_i = r.end - 1;
        let head = self.word_at(head_i);
        let hw = self.ctx.word(head_i);
        let span = self.span(r);
        // A name in apposition to a description names the speaker.
        let appos_name = appositive
            .and_then(|a| self.appositive_name(a))
            .filter(|np| np.len() >= 2);
        let poss = (r.start..r.end)
            .rev()
            .find(|&k| doc.kind(k) == Some(Tok::Poss));
        let name = self.name_in(r);
        let head_is_name = name.as_ref().is_some_and(|(n, _)| n.end == r.end);
        if let Some(np) = appos_name.filter(|_| !head_is_name) {
            let (nm, titles) = self
                .name_in(&np)
                .unwrap_or((np.clone(), np.start..np.start));
            let org = self.has_org_word(&nm);
            let c = self.name_cluster(nm, org, titles);
            if !org {
                self.clusters[c].heads.push(head);
            }
            return c;
        }
        if let (Some(p), false) = (poss, head_is_name) {
            let owner = r.start..p;
            let speaks_for_owner = hw.is(WordInfo::DOC)
                || head.is_any(&[
                    "camp",
                    "campaign",
                    "office",
                    "team",
                    "side",
                    "government",
                    "lawyers",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "representatives",
                ]);
            if speaks_for_owner && !owner.is_empty() {
                if let Some((oname, titles)) = self.name_in(&owner) {
                    let org = self.has_org_word(&oname);
                    return self.name_cluster(oname, org, titles);
                }
            }
        }
        if head_is_name {
            let (nm, titles) = name.unwrap();
            let det_the = doc.is(r.start, "the") && r.start < nm.start;
            let org = self.has_org_word(r) || det_the;
            let c = self.name_cluster(nm.clone(), org, titles);
            // Descriptors before the name ("defense lawyer", "Ratings agency").
            for k in r.start..nm.start {
                if doc.is_word(k) && !self.ctx.class(k, Class::Det) {
                    let w = self.word_at(k);
                    self.gender_from_word(c, k);
                    if !self.clusters[c].heads.contains(&w) {
                        self.clusters[c].heads.push(w);
                    }
                }
            }
            return c;
        }
        // A description.
        let definite = doc.is_any(r.start, &["the", "this", "that", "these", "those"]);
        let key = self.fold(
            &(if self.ctx.class(r.start, Class::Det) {
                r.start + 1
            } else {
                r.start
            }..r.end),
        );
        if definite {
            let is_org = hw.is(WordInfo::ORG);
            let plural = head.plural_s();
            let same_head = self.recent(r.start, |c| {
                c.heads.contains(&head)
                    || plural && c.heads.iter().any(|h| h.trim_s() == head.trim_s())
            });
            let found = same_head.or_else(|| {
                if is_org {
                    // "the trust": an organisation named "… Trust"; else the
                    // organisation named most often so far ("the company").
                    let same = self.orgs_by_last.get(&head).map(|&k| self.runs[k].clone());
                    if let Some(n) = same {
                        return Some(self.name_cluster(n.name, true, n.titles));
                    }
                    let count = |n: &NameRun| {
                        self.cap_counts()
                            .get(self.tok(n.name.end - 1))
                            .copied()
                            .unwrap_or(0)
                    };
                    let upto = self.runs.partition_point(|n| n.name.end <= r.start);
                    let run = self.runs[..upto]
                        .iter()
                        .rev()
                        .filter(|n| n.org)
                        .take(40)
                        .enumerate()
                        .max_by_key(|(i, n)| (count(n), usize::MAX - *i))
                        .map(|(_, n)| n.clone());
                    let cl = self.recent(r.start, |c| {
                        c.kind == SpeakerKind::Organisation && c.best.is_some_and(|(_, s)| s >= 3)
                    });
                    match (run, cl) {
                        (Some(n), Some(c)) if self.clusters[c].last_seen >= n.name.start => Some(c),
                        (Some(n), _) => Some(self.name_cluster(n.name, true, n.titles)),
                        (None, c) => c,
                    }
                } else {
                    // "the judge" named later as "Judge Harold Finch".
                    let run = self.described(head).first().map(|&k| self.runs[k].clone());
                    run.map(|n| self.name_cluster(n.name, false, n.titles))
                }
            });
            if let Some(c) = found {
                if !self.clusters[c].heads.contains(&head) {
                    self.clusters[c].heads.push(head);
                }
                return c;
            }
        } else if let Some(&c) = self.by_text.get(&key) {
            return c;
        } else if hw.is(WordInfo::PERSON) && !head.0.ends_with(['s', 'S']) {
            // "A coroner said …" then "Senior coroner Sarah Whitcombe".
            // Runs are indexed in text order: the first after the
            // description by binary search, not a scan.
            let v = self.described(head);
            let run = v
                .get(v.partition_point(|&k| self.runs[k].name.start <= r.end))
                .map(|&k| self.runs[k].clone());
            if let Some(n) = run {
                let c = self.name_cluster(n.name, false, n.titles);
                self.clusters[c].heads.push(head);
                return c;
            }
        }
        let kind = if hw.is(WordInfo::DOC) {
            SpeakerKind::Document
        } else if hw.is(WordInfo::ORG)
            || r.clone()
                .any(|k| self.ctx.word(k).is(WordInfo::ORG) && !hw.is(WordInfo::PERSON))
        {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Anonymous
        };
        let c = self.new_cluster(kind, r.start);
        self.clusters[c].heads.push(head);
        self.clusters[c].plural = head.plural_s() && kind == SpeakerKind::Anonymous;
        self.gender_from_word(c, head_i);
        self.offer_best(c, span, if definite { 1 } else { 2 });
        if kind == SpeakerKind::Document {
            // "an Agence France-Presse tally": the name inside names it.
            if let Some((nm, _)) = self.name_in(&(r.start..head_i)).or_else(|| {
                let s = (r.start..head_i).find(|&k| self.ctx.is_cap_name(k))?;
                let e = (s..head_i).rev().find(|&k| self.ctx.is_cap_name(k))? + 1;
                Some((s..e, s..s))
            }) {
                let sp = self.span(&nm);
                self.offer_best(c, sp, 3);
            }
        }
        self.by_text.insert(key, c);
        c
    }

    fn role_of(&self, f: &Frame) -> Option<String> {
        let a = f.appositive.as_ref()?;
        let doc = self.ctx.doc;
        let mut s = a.start;
        if doc.is_any(s, &["who", "which"]) {
            s += 1;
        }
        let text = self.text(&(s..a.end));
        // An age ("61") or a name is not a role.
        if text.chars().all(|c| c.is_ascii_digit()) || self.ctx.anonymity_at(a.start).is_some() {
            return None;
        }
        if self.appositive_name(a).is_some() {
            return None;
        }
        Some(text)
    }

    /// A description that a name in apposition makes a role ("Vance’s
    /// lawyer, Elena Sokolova" → "Vance’s lawyer"), or a person noun with
    /// its affiliation ("a spokeswoman for Halvorsen" → "spokeswoman for
    /// Halvorsen").
    fn description_role(&self, f: &Frame, r: &Range<usize>) -> Option<String> {
        let doc = self.ctx.doc;
        let start = if self.ctx.class(r.start, Class::Det) {
            r.start + 1
        } else {
            r.start
        };
        if start >= r.end || self.name_in(r).is_some_and(|(n, _)| n.end == r.end) {
            return None;
        }
        let head = r.end - 1;
        if !self.ctx.word(head).is(WordInfo::PERSON) && !self.ctx.word(head).is(WordInfo::TITLE) {
            return None;
        }
        let named_by_appositive = f
            .appositive
            .as_ref()
            .is_some_and(|a| self.appositive_name(a).is_some());
        if named_by_appositive {
            return Some(self.text(&(start..r.end)));
        }
        if doc.is_any(r.end, &["for", "at", "with", "of"]) {
            let org = self.ctx.np_after(r.end + 1, r.end + 10)?;
            return Some(self.text(&(start..org.end)));
        }
        None
    }

    fn title_role(&self, r: &Range<usize>) -> Option<String> {
        let (nm, titles) = self.name_in(r)?;
        if titles.is_empty() && nm.start == r.start {
            return None;
        }
        let start = if self.ctx.class(r.start, Class::Det) {
            r.start + 1
        } else {
            r.start
        };
        (start < nm.start).then(|| self.text(&(start..nm.start)))
    }
}

/// Resolves the sources of `frames` into speakers.
pub fn resolve(ctx: &Ctx, frames: &[Frame]) -> (Vec<Speaker>, Vec<Resolved>) {
    let mut rs = Resolver {
        ctx,
        clusters: Vec::new(),
        runs: Vec::new(),
        by_surname: HashMap::default(),
        by_text: HashMap::default(),
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
    let mut described: Vec<(Folded, usize)> = Vec::new();
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
    let mut order: Vec<usize> = (0..frames.len()).collect();
    order.sort_by_key(|&i| frames[i].source.as_ref().map_or(usize::MAX, |s| s.start));
    let mut of_frame: Vec<Option<usize>> = vec![None; frames.len()];
    let mut done: HashMap<(usize, usize), usize> = HashMap::default();
    for &i in &order {
        let f = &frames[i];
        let Some(src) = f.source.clone() else {
            continue;
        };
        if let Some(&c) = done.get(&(src.start, src.end)) {
            // Coordinated cues share one source mention.
            of_frame[i] = Some(c);
            continue;
        }
        let c = if src.len() == 1 && ctx.is_pronoun(src.start) {
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
        of_frame[i] = Some(c);
        done.insert((src.start, src.end), c);
    }
    // Number the speaking clusters by first appearance.
    let mut firsts: Vec<(usize, usize)> = rs
        .clusters
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
        })
        .collect();
    firsts.sort_unstable();
    let mut index = vec![None; rs.clusters.len()];
    let mut speakers = Vec::with_capacity(firsts.len());
    for (n, &(_, c)) in firsts.iter().enumerate() {
        index[c] = Some(n);
        let cl = &mut rs.clusters[c];
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
    let resolved = frames
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let Some(c) = of_frame[i] else {
                return Resolved::default();
            };
            let best = rs.clusters[c].best.map(|(s, _)| s);
            let src = f.source.as_ref().map(|s| rs.span(s));
            let entity = match (best, src) {
                (Some(b), Some(s)) if b != s => Some(b),
                _ => None,
            };
            Resolved {
                speaker: index[c],
                entity,
            }
        })
        .collect();
    (speakers, resolved)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Analysis, SpeakerKind};

    /// (source as written, speaker name, speaker kind) per attribution.
    fn who(text: &str) -> Vec<(String, String, SpeakerKind)> {
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
    fn surname_and_possessive_document_resolve_to_the_full_name() {
        let t =
            "Diaa Rashwan, who heads the information service, confirmed that talks had begun.\n\n\
                 “It has three stages,” Rashwan’s statement said. Rashwan said talks would resume.";
        let w = who(t);
        assert_eq!(w.len(), 3);
        assert!(
            w.iter()
                .all(|x| x.1 == "Diaa Rashwan" && x.2 == SpeakerKind::Person),
            "{w:?}"
        );
        let a = analyze(t);
        assert_eq!(a.speakers.len(), 1);
        assert_eq!(
            a.speakers[0].role.as_deref(),
            Some("heads the information service")
        );
    }

    #[test]
    fn descriptions_and_pronouns_follow_their_speaker() {
        let t = "A Hamas official said the delegation would travel on Friday.\n\n\
                 “We are ready,” the official said.\n\n\
                 Judge Mary Holt said the trial would last a week. She added that no delay was expected.";
        let w = who(t);
        assert_eq!(w[0].1, "A Hamas official");
        assert_eq!(w[0].2, SpeakerKind::Anonymous);
        assert_eq!(w[1].1, "A Hamas official");
        assert_eq!(
            w[3],
            (
                "She".to_string(),
                "Mary Holt".to_string(),
                SpeakerKind::Person
            )
        );
    }

    #[test]
    fn pronoun_gender_skips_the_wrong_person() {
        let t = "Ms. Ana Lopez said the vote was fair. Mr. Tom Reyes said it was rigged.\n\n\
                 “We will appeal,” she said.";
        let w = who(t);
        assert_eq!(w[2].1, "Ana Lopez");
    }

    #[test]
    fn appositive_name_and_organisations() {
        let t = "Vance’s lawyer, Elena Sokolova, said her client would appeal.\n\n\
                 Norvale Energy reported a loss, the company said on Thursday.";
        let a = analyze(t);
        let w = who(t);
        assert_eq!(w[0].1, "Elena Sokolova");
        let lawyer = a
            .speakers
            .iter()
            .find(|s| s.name == "Elena Sokolova")
            .unwrap();
        assert_eq!(lawyer.role.as_deref(), Some("Vance’s lawyer"));
        assert_eq!(w[1].1, "Norvale Energy");
        assert_eq!(w[1].2, SpeakerKind::Organisation);
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
