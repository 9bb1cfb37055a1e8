//! The pipeline: text → tokens, paragraphs, sentences → quotations → cues →
//! frames (one pattern a file in `patterns/`) → speakers → [`Analysis`].

use std::ops::Range;

use crate::model::{Analysis, Attribution, Kind};
use crate::patterns::cue::{CueHit, Phrasal};
use crate::patterns::{Ctx, Frame, Rule};
use crate::quotes;
use crate::span::Span;
use crate::speakers;
use crate::text::{Doc, Tok};

/// A negated "be" before a progressive cue: "isn’t saying whether …".
const NEGATED_BE: &[&str] = &[
    "isn’t",
    "isn't",
    "aren’t",
    "aren't",
    "wasn’t",
    "wasn't",
    "weren’t",
    "weren't",
];

/// Runs every pattern on one cue, most specific first.
fn frame_for(ctx: &Ctx, hit: &CueHit, previous: Option<&Frame>) -> Option<Frame> {
    match hit.phrasal {
        Some(Phrasal::AccordingTo) => return ctx.according_to_frame(hit),
        None => {}
    }
    if hit.passive {
        return ctx.passive_frame(hit);
    }
    if hit.form.is_some_and(|f| f.participle) {
        if let Some(f) = ctx
            .participle_frame(hit, previous)
            .or_else(|| ctx.opening_participle_frame(hit))
            .or_else(|| ctx.participle_chain_frame(hit, previous))
        {
            return Some(f);
        }
        // "is saying", "are telling", "he’s predicting", "is already
        // claiming", "isn’t saying whether": a progressive verb.
        let mut b = hit.range.start;
        while b > 0 && hit.range.start - b < 2 && ctx.adverb_before_verb(b - 1) {
            b -= 1;
        }
        let progressive = b > 0
            && (ctx.doc.is_any(
                b - 1,
                &[
                    "is", "are", "was", "were", "been", "am", "’s", "'s", "’re", "'re",
                ],
            ) || ctx.doc.is_any(b - 1, NEGATED_BE));
        if !progressive {
            return None;
        }
    }
    ctx.relative_frame(hit)
        .or_else(|| ctx.as_clause_frame(hit))
        .or_else(|| ctx.coordinated_frame(hit, previous))
        .or_else(|| ctx.inverted_frame(hit))
        .or_else(|| ctx.cue_first_frame(hit))
        .or_else(|| ctx.subject_frame(hit))
}

/// "That’s according to the clerk" (according_to.rs): a claim that is one
/// pronoun before the phrase, pointing back at the sentence before.
fn points_back(ctx: &Ctx, f: &Frame) -> bool {
    f.rule == Rule::AccordingTo
        && matches!(f.content.as_slice(), [c] if c.len() == 1 && c.end <= f.cue.start
            && ctx.doc.is_any(c.start, &["that", "this"]))
}

/// Does the frame's content read like a claim? Rejects scraps ("said
/// sarcastically"), cues inside a noun phrase ("Everything Trump says is a
/// lie"), and plain objects of verbs that often take one ("wrote a letter").
fn plausible(ctx: &Ctx, f: &Frame, weak: bool) -> bool {
    let Some(first) = f.content.first() else {
        return false;
    };
    // Only whether there are three words is asked: the count stops there
    // (a claim runs to dozens), and the quotation test is read only for a
    // shorter one.
    let words: usize = f
        .content
        .iter()
        .flat_map(|r| r.clone())
        .filter(|&k| ctx.doc.is_word(k))
        .take(3)
        .count();
    let all_quoted = || {
        f.content.iter().all(|r| {
            r.clone()
                .filter(|&k| ctx.doc.is_word(k))
                .all(|k| ctx.in_quote(k))
        })
    };
    let infinitive = ctx.doc.is(first.start, "to");
    // "The meeting was first reported by Politico" (passive.rs): the
    // subject a report with an agent names.
    let reported = f.rule == Rule::Passive && first.end <= f.cue.start;
    if !(words >= 3
        || (reported && words >= 2)
        || (words >= 1 && all_quoted())
        || (infinitive && words >= 2)
        || points_back(ctx, f)
        || ctx.short_object(f))
    {
        return false;
    }
    if first.start >= f.cue.end {
        let w = first.start;
        let verb_first = ctx.doc.is_any(
            w,
            &[
                "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                "should",
            ],
        );
        if verb_first {
            return false;
        }
        // "As the Post observed, …": the clause after the comma.
        if weak && f.rule != Rule::AsClause {
            let opener = ctx.doc.is_any(
                w,
                &[
                    "whether", "if", "to", "how", "why", "what", "when", "where", "who",
                ],
            ) || ctx.opens_quote(w).is_some()
                // "promised the city would pay", "wrote he had": a clause.
                || ctx.bare_clause_at(w, first.end)
                // "repeating a claim that …" (topic.rs)
                || ctx.said_object(w, first.end)
                // "posted a photo of …", "wrote an op-ed urging …" (topic.rs)
                || ctx.written_object(f.cue.end, w, first.end)
                || (w > 0
                    && (ctx.doc.is(w - 1, "that")
                        || ctx.doc.tok(w - 1) == ":"
                        || ctx.opens_quote(w - 1).is_some()));
            if !opener {
                return false;
            }
        }
    }
    true
}

/// Cuts content that runs on into another frame's source or cue ("X said A,
/// according to Y" → "A"; "said A and warned B" → "A").
fn trim_contents(ctx: &Ctx, frames: &mut [Frame]) {
    // (start, owner, whether the owner opens a clause of its own): the
    // flag rides with the mark (a flag a frame was an allocation).
    // A cue and a source a frame at most: one allocation.
    let mut marks: Vec<(usize, usize, bool)> = Vec::with_capacity(2 * frames.len());
    for (k, f) in frames.iter().enumerate() {
        // A report nested in a claim ("said colleagues had told her that
        // …") stays inside it; only frames that share the claim's source or
        // claim what comes before them cut it.
        let claims_before = f.content.iter().any(|c| c.end <= f.cue.start);
        // "…, Devine suggested that …": a subject after a comma opens a
        // clause of its own, which no earlier claim runs into.
        let own_clause = f.source.as_ref().is_some_and(|s| {
            s.end <= f.cue.start
                && s.start > 0
                && matches!(ctx.doc.tok(s.start - 1), "," | ";")
                && !ctx.in_quote(s.start - 1)
        });
        if !claims_before && !own_clause && !matches!(f.rule, Rule::Coordinated | Rule::Participle)
        {
            continue;
        }
        let own = own_clause && !claims_before;
        marks.push((f.cue.start, k, own));
        if let Some(s) = &f.source {
            marks.push((s.start, k, own));
            // A coordinated cue's conjunction goes with it.
        }
    }
    marks.sort_unstable();
    for (k, f) in frames.iter_mut().enumerate() {
        let cue = f.cue.start;
        for piece in f.content.iter_mut() {
            if piece.start < cue {
                continue;
            }
            let from = marks.partition_point(|&(m, _, _)| m < piece.start);
            // "According to X, Y said that …" keeps the report it frames.
            let keeps_nested = f.rule == Rule::AccordingTo;
            let cut = marks[from..]
                .iter()
                .take_while(|&&(m, _, _)| m < piece.end)
                .find(|&&(m, owner, own)| owner != k && !ctx.in_quote(m) && !(keeps_nested && own))
                .map(|&(m, _, _)| m);
            if let Some(mut m) = cut {
                // A coordinated cue's auxiliaries and adverbs go with it
                // ("… and has since said", "… and specifically mentioned").
                let j = ctx.cue_modifiers_start(piece.start, m);
                if j < m && j > piece.start && ctx.doc.is_any(j - 1, &["and", "but", "or"]) {
                    m = j;
                }
                // Drop a dangling conjunction or comma before the cut.
                while m > piece.start
                    && (ctx.doc.is_any(m - 1, &["and", "but", "or", "also"])
                        || matches!(ctx.doc.tok(m - 1), "," | ";"))
                {
                    m -= 1;
                }
                piece.end = m;
            }
        }
        f.content.retain(|p| ctx.content_span(p.clone()).is_some());
    }
}

/// Adds the frames of a pattern that reads whole sentences or paragraphs
/// rather than one cue, except those an existing frame already covers
/// (`covered(existing, new)`); frames stay in text order.
fn add_frames(
    frames: &mut Vec<Frame>,
    extra: Vec<Frame>,
    covered: impl Fn(&Frame, &Frame) -> bool,
) {
    let before = frames.len();
    for e in extra {
        if !frames[..before].iter().any(|f| covered(f, &e)) {
            frames.push(e);
        }
    }
    if frames.len() > before {
        Frame::sort_by_cue(frames);
    }
}

/// Does frame `f` hold some of the first content piece of frame `c`?
fn shares_content(f: &Frame, c: &Frame) -> bool {
    c.content
        .first()
        .is_some_and(|x| f.content.iter().any(|r| r.start < x.end && x.start < r.end))
}

/// Marks the top-level quotations that content `c` opens or holds.
pub fn claim_quotes(ctx: &Ctx, c: &Range<usize>, claimed: &mut [bool]) {
    let mut k = c.start.saturating_sub(1);
    while k < c.end.min(ctx.len()) {
        match ctx.quotes.top_index(k) {
            Some(q) => {
                let quote = &ctx.quotes.all[q];
                if quote.open + 1 >= c.start || quote.open < c.start && c.start <= quote.close {
                    claimed[q] = true;
                }
                k = k.max(quote.close) + 1;
            }
            None => k += 1,
        }
    }
}

fn kind_of(ctx: &Ctx, content: &[Range<usize>]) -> Kind {
    let mut quoted = 0;
    let mut unquoted = 0;
    let n = ctx.doc.tokens.len();
    for r in content {
        // The tokens as a slice: no bounds test a token.
        let (a, b) = (r.start.min(n), r.end.min(n));
        let Some(tokens) = ctx.doc.tokens.get(a..b) else {
            continue;
        };
        for (k, t) in (a..).zip(tokens) {
            if matches!(t.kind, Tok::Word | Tok::Num) {
                if ctx.in_quote(k) {
                    quoted += 1;
                } else {
                    unquoted += 1;
                }
            }
        }
    }
    match (quoted, unquoted) {
        (_, 0) => Kind::Direct,
        (0, _) => Kind::Indirect,
        _ => Kind::Mixed,
    }
}

/// The frames of an article, before speakers: every pattern run on every
/// cue, overlaps settled, contents trimmed and carried on; with which
/// top-level quotations some frame claims.
pub fn frames(ctx: &Ctx) -> (Vec<Frame>, Vec<bool>) {
    let hits = ctx.find_cues();
    let mut frames: Vec<Frame> = Vec::with_capacity(hits.len() + 8);
    for hit in &hits {
        // A cue inside a recent frame's cue, source or appositive is none
        // ("the said …", "…, who now advises …"). Frames come in text order,
        // so only the last few can hold it.
        let recent = &frames[frames.len().saturating_sub(4)..];
        if recent
            .iter()
            .any(|f| f.cue.start <= hit.verb && hit.verb < f.cue.end)
        {
            continue;
        }
        if recent.iter().any(|f| {
            f.source.as_ref().is_some_and(|s| s.contains(&hit.verb))
                || f.appositive.as_ref().is_some_and(|a| {
                    // "…, who now advises …", "…, a consultant who said
                    // …": a relative clause in the appositive reports.
                    a.contains(&hit.verb)
                        && !(hit.range.start.saturating_sub(3).max(a.start)..hit.range.start)
                            .any(|r| ctx.relative_verb(r, hit.range.start))
                })
        }) {
            continue;
        }
        let weak = hit.form.is_some_and(|x| x.weak);
        // "boasted of …", "joked about …" (topic.rs): the topic, where the
        // cue's own patterns read no claim.
        if let Some(f) = frame_for(ctx, hit, frames.last())
            // "said so", "admitted as much" (pro_form.rs).
            .and_then(|mut f| (ctx.pro_form_claim(&mut f) || plausible(ctx, &f, weak)).then_some(f))
            .or_else(|| ctx.topic_frame(hit))
        {
            frames.push(f);
        }
    }
    // "NAME: claim" paragraphs: a paragraph whose own cue already gave a
    // frame keeps that frame.
    add_frames(&mut frames, ctx.headline_frames(), |f, h| {
        f.cue.start >= h.cue.start && f.cue.start < h.content[0].end
    });
    // Colons that introduce someone's words ("PENCE: …", "Mr. Vance
    // gloated: “…”"), where no frame holds that colon or quotation.
    add_frames(&mut frames, ctx.colon_frames(), |f, c| {
        f.cue.start <= c.cue.start && c.cue.start < f.cue.end || shares_content(f, c)
    });
    // Quotations signed off with a dash and a name.
    add_frames(&mut frames, ctx.signoff_frames(), shares_content);
    // Claim nouns with a speaker ("his claim that …").
    add_frames(&mut frames, ctx.nominal_frames(), shares_content);
    // Sentence-opening questions ("Asked whether …, she said …"), where no
    // cue's own frame holds that "asked".
    add_frames(&mut frames, ctx.asked_frames(), |f, a| {
        f.cue.start <= a.cue.start && a.cue.start < f.cue.end
    });
    // Sources widened to their whole noun phrase.
    ctx.widen_sources(&mut frames);
    trim_contents(ctx, &mut frames);
    crate::patterns::relative::end_with_appositive(&mut frames);
    frames.iter_mut().for_each(|f| ctx.end_relative_clause(f));
    // A claim cut down to a scrap by the trimming is no claim.
    frames.retain(|f| {
        let (words, quoted) = ctx.claim_words(f);
        words >= 2 || quoted && words >= 1 || points_back(ctx, f) || ctx.is_pro_form_claim(f)
    });
    // "“…,” Ames said, according to the Courier": the Courier's report.
    ctx.fold_reported_reports(&mut frames);
    // "Ames said the bridge stays shut, the Courier reported": the Courier's.
    ctx.fold_closing_reports(&mut frames);
    // "The mayor said the council had voted …": the mayor's claim.
    ctx.fold_nested_reports(&mut frames);
    // "A, the minister said, B": one claim either side of its attribution.
    ctx.join_interrupted(&mut frames);
    // Which quotations some frame's content already holds.
    let mut claimed = vec![false; ctx.quotes.all.len()];
    for f in &frames {
        for c in &f.content {
            claim_quotes(ctx, c, &mut claimed);
        }
    }
    // Quotations carried on after their cue.
    for f in frames.iter_mut() {
        let before = f.content.len();
        ctx.continue_quotes(f, &|q| claimed[q]);
        for c in &f.content[before..] {
            claim_quotes(ctx, c, &mut claimed);
        }
    }
    (frames, claimed)
}

pub fn run(text: &str) -> Analysis {
    run_doc(Doc::new(text))
}

/// [`run`] of a text already cut into tokens (the tokens are every
/// language's: `export::read` detects the language from them first).
pub fn run_doc(doc: Doc) -> Analysis {
    let quotes = quotes::find(&doc);
    let ctx = Ctx::new(&doc, &quotes);
    let (frames, claimed) = frames(&ctx);
    assemble(&ctx, &frames, &claimed)
}

/// The [`Analysis`] of a language's frames (every language's last step):
/// speakers resolved, spans and kinds, confidences, and the quotations no
/// frame claims (`claimed`, one flag a quotation) as unattributed.
pub fn assemble(ctx: &Ctx, frames: &[Frame], claimed: &[bool]) -> Analysis {
    assemble_with(ctx, frames, claimed, &Pack::SHARED)
}

/// A language's calibration of confidences: the frame's features, read in
/// its context, to how often such an attribution is right.
pub type Calibrate = fn(&Ctx, &Frame) -> f32;

/// What a language pack brings to [`assemble_with`] besides its frames.
pub struct Pack {
    /// Its confidences (`lang/CODE/confidence.rs`).
    pub calibrate: Calibrate,
    /// Its speaker rules, tried before the shared ones.
    pub speakers: speakers::Rules,
}

impl Pack {
    /// The shared (English) calibration and speaker rules.
    pub const SHARED: Pack = Pack {
        calibrate: crate::confidence::of,
        speakers: speakers::Rules::SHARED,
    };
}

/// [`assemble`] with a language's own calibration and speaker rules.
pub fn assemble_with(ctx: &Ctx, frames: &[Frame], claimed: &[bool], pack: &Pack) -> Analysis {
    let calibrate = pack.calibrate;
    let (doc, quotes) = (ctx.doc, ctx.quotes);
    let (speakers, resolved) = speakers::resolve_with(ctx, frames, pack.speakers);
    let mut attributions: Vec<Attribution> = frames
        .iter()
        .zip(&resolved)
        .map(|(f, r)| Attribution {
            source: f.source.as_ref().map(|s| ctx.source_chars(s)),
            cue: Some(doc.span(f.cue.start, f.cue.end)),
            content: f
                .content
                .iter()
                .filter_map(|c| ctx.content_span(c.clone()))
                .collect(),
            kind: kind_of(ctx, &f.content),
            speaker: r.speaker,
            entity: r.entity,
            confidence: calibrate(ctx, f),
        })
        .collect();
    // Quotations nobody claims, shown as unattributed.
    for (q, quote) in quotes.all.iter().enumerate() {
        if quote.depth > 0 || claimed.get(q).copied().unwrap_or(false) || !ctx.speech_like(q) {
            continue;
        }
        if let Some(span) = ctx.content_span(quote.open + 1..quote.close) {
            attributions.push(Attribution {
                source: None,
                cue: None,
                content: vec![span],
                kind: Kind::Direct,
                speaker: None,
                entity: None,
                confidence: 0.3,
            });
        }
    }
    attributions.sort_by_key(|a| a.content.first().map_or(Span::new(0, 0), |s| *s));
    let mut analysis = Analysis {
        attributions,
        speakers,
    };
    for (i, a) in analysis.attributions.iter().enumerate() {
        if let Some(s) = a.speaker.and_then(|s| analysis.speakers.get_mut(s)) {
            s.attributions.push(i);
        }
    }
    analysis
}

#[cfg(test)]
mod tests;
