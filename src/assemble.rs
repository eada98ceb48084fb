//! Stage 3: figures to public mentions and claims, with their sentence and time.

use crate::claim::{Claim, ClaimKind, Hedge, Interval, Mention, MentionKind, Modality, Span};
use crate::count::{self, Counted};
use crate::figures::Figure;
use crate::filter;
use crate::lex::Doc;
use crate::semantics::{self, Place};
use crate::time::{self, Located};

fn span(doc: &Doc, first: usize, last: usize) -> Span {
    Span::new(doc.start(first), doc.end(last))
}

fn hedge(doc: &Doc, f: &Figure) -> Hedge {
    match f.hedge_toks {
        Some((a, b)) => {
            let sp = span(doc, a, b);
            Hedge { kind: f.hedge, text: Some(doc.text[sp.start..sp.end].to_string()), span: Some(sp) }
        }
        None => Hedge { kind: f.hedge, text: None, span: None },
    }
}

/// The unit's name as the output writes it: "kilometer_per_hour" for a composed unit.
fn unit_name(f: &Figure) -> Option<String> {
    let unit = f.unit?;
    Some(match f.per {
        Some(per) => format!("{unit}_per_{per}"),
        None => unit.to_string(),
    })
}

/// The interval of a figure: its hedge's, with the ends a pair of bounds gives ("more than 10
/// and at most 20" is `(10, 20]`).
fn interval(f: &Figure, value: rust_decimal::Decimal, value_high: Option<rust_decimal::Decimal>) -> Interval {
    let mut iv = Interval::from_hedge(f.hedge, value, value_high);
    if let Some((low, high)) = f.bounds {
        iv.low_inclusive = low;
        iv.high_inclusive = high;
    }
    iv
}

/// The public mention of a figure.
pub(crate) fn mention(doc: &Doc, f: &Figure) -> Mention {
    let sp = span(doc, f.first, f.last);
    let value = f.value.normalize();
    let value_high = f.value_high.map(|v| v.normalize());
    Mention {
        text: doc.text[sp.start..sp.end].to_string(),
        span: sp,
        kind: f.kind,
        value,
        value_high,
        unit: unit_name(f),
        currency_source: f.currency.filter(|_| f.kind == MentionKind::Money),
        hedge: hedge(doc, f),
        interval: interval(f, value, value_high),
    }
}

/// What claim a figure makes: its kind, the noun it counts, and a unit of its own where the
/// figure has none ("percentage_point" for the change of a rate).
struct Verdict {
    kind: ClaimKind,
    noun: Option<Counted>,
    unit: Option<&'static str>,
}

/// What claim a figure makes, with the noun it counts, or `None` when it makes none. `prev` and
/// `next` are the figures beside it, which a bare number may borrow its meaning from ("from 9
/// million to 21 million households", "71.0 per cent, up 0.4").
fn classify(
    doc: &Doc,
    f: &Figure,
    prev: Option<&Figure>,
    next: Option<&Figure>,
    keep_non_claims: bool,
) -> Option<Verdict> {
    // What is counted follows the figure and a hedge after it ("5,000+ units", "2,000 or more
    // refugees").
    let end = f.hedge_toks.filter(|&(h, _)| h > f.last).map_or(f.last, |(_, e)| e);
    let noun = match f.kind {
        MentionKind::Number | MentionKind::Ratio => count::counted(doc, end),
        MentionKind::Quantity => count::of_phrase(doc, f.last),
        _ => None,
    };
    if let Some(rule) = filter::not_a_claim(doc, f, noun.is_some()) {
        let keep = keep_non_claims && rule == filter::Rule::Determiner && noun.is_some();
        if !keep {
            return None;
        }
    }
    let kind = match f.kind {
        MentionKind::Money => ClaimKind::Money,
        MentionKind::Percent => ClaimKind::Percent,
        MentionKind::Quantity => ClaimKind::Quantity,
        MentionKind::Ratio => {
            // "two-thirds of", "half the", "one in five", "fell by a third": a proportion.
            let next = f.last + 1;
            let by = f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first));
            let of_something = doc.is_any(next, &["of", "the"]) || noun.is_some() || doc.is(by.wrapping_sub(1), "by");
            if !of_something {
                return None;
            }
            ClaimKind::Ratio
        }
        MentionKind::Number if noun.is_some() => ClaimKind::Count,
        MentionKind::Number => return bare(doc, f, prev, next),
    };
    Some(Verdict { kind, noun, unit: None })
}

/// The claim a bare number makes through its change: the start of a change whose end counts a
/// noun ("grew from 9 million to 21 million households"), or the change of a rate in points
/// ("the unemployment rate fell 0.3").
fn bare(doc: &Doc, f: &Figure, prev: Option<&Figure>, next: Option<&Figure>) -> Option<Verdict> {
    if f.value_high.is_some() || f.hedge == crate::claim::HedgeKind::Indefinite || crate::figures::is_year_like(&f.num)
    {
        return None;
    }
    let first = f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first));
    if let Some(n) = next.filter(|n| semantics::shares_noun(doc, first, f.last, n.first)) {
        let noun = match n.kind {
            MentionKind::Number => count::counted(doc, n.last),
            _ => None,
        };
        if noun.is_some() {
            return Some(Verdict { kind: ClaimKind::Count, noun, unit: None });
        }
    }
    // "1.2 million visits, compared with 900,000": what the level counts.
    if let Some(p) = prev.filter(|p| p.kind == MentionKind::Number && semantics::is_compared(doc, first, f.last)) {
        let noun = count::counted(doc, p.last).or_else(|| {
            let p_first = p.hedge_toks.map_or(p.first, |(h, _)| h.min(p.first));
            semantics::elided(doc, p_first, p.last).map(|(c, _)| c)
        });
        if noun.is_some() {
            let unit = noun.as_ref().and_then(|c| semantics::mass_unit(doc, c));
            return Some(Verdict { kind: ClaimKind::Count, noun, unit });
        }
    }
    let level = prev.filter(|p| p.kind == MentionKind::Percent && p.unit == Some("%")).map(|p| p.last);
    if f.num.value < rust_decimal::Decimal::ONE_HUNDRED && semantics::rate_delta(doc, first, f.last, level) {
        return Some(Verdict { kind: ClaimKind::Percent, noun: None, unit: Some("percentage_point") });
    }
    // A count whose noun is elsewhere: whole, or with a scale ("5.5 million"), and not tiny.
    let whole = f.num.scaled || f.value.fract().is_zero();
    if whole && f.value >= rust_decimal::Decimal::TEN {
        if let Some((noun, unit)) = semantics::elided(doc, first, f.last) {
            return Some(Verdict { kind: ClaimKind::Count, noun: Some(noun), unit });
        }
    }
    // The level a change reached: "The index gained 0.7 percent to 6,327.80".
    if f.value >= rust_decimal::Decimal::TEN || f.num.scaled {
        if let Some((noun, unit)) = semantics::level_of(doc, first, f.last) {
            return Some(Verdict { kind: ClaimKind::Count, noun, unit });
        }
    }
    None
}

/// The claims among `figs`, appended to `out`, each with its change and modality, not yet placed
/// in their sentence and time (see [`situate`]).
pub(crate) fn claims_into(
    doc: &Doc,
    figs: &[Figure],
    keep_non_claims: bool,
    out: &mut Vec<Claim>,
    scratch: &mut semantics::Scratch,
) {
    // The last token of the noun phrase the previous claim counts: a number inside it is part of
    // a name ("two new 737 Max jets" counts two jets, not 737).
    let mut covered: Option<usize> = None;
    let base = out.len();
    let mut places = std::mem::take(&mut scratch.places);
    places.clear();
    // Claims without a number ("doubled", "the second-largest"), merged in by position.
    let mut words = std::mem::take(&mut scratch.words);
    words.clear();
    semantics::word_figures(doc, &mut words);
    let mut pending = words.drain(..).peekable();
    for (k, f) in figs.iter().enumerate() {
        while let Some(w) = pending.next_if(|w| w.figure.first < f.first) {
            if w.figure.last < f.first && !covered.is_some_and(|c| w.figure.first <= c) {
                let kind = if w.rank.is_some() { ClaimKind::Rank } else { ClaimKind::Ratio };
                let verdict = Verdict { kind, noun: w.rank.flatten(), unit: None };
                push(doc, &w.figure, verdict, Some(w.direction), f.first, &mut covered, &mut places, out);
            }
        }
        if covered.is_some_and(|c| f.first <= c) {
            continue;
        }
        // The figure before, past a bare year ("2.4 million encounters in 2023, up from 2.2
        // million": the level compared with is the 2.4 million).
        let year = |g: &Figure| g.kind == MentionKind::Number && crate::figures::is_year_like(&g.num);
        let prev = match k.checked_sub(1).map(|j| &figs[j]) {
            Some(p) if year(p) && k >= 2 => Some(&figs[k - 2]),
            p => p,
        };
        // A rank, a multiple or an asserted duration, else what the figure says.
        let (f, verdict) = match semantics::reread(doc, f) {
            Some(r) => (r.figure, Some(Verdict { kind: r.kind, noun: r.noun, unit: None })),
            None => (*f, classify(doc, f, prev, figs.get(k + 1), keep_non_claims)),
        };
        let Some(verdict) = verdict else { continue };
        let next_first = figs.get(k + 1).map_or(usize::MAX, |n| n.first);
        push(doc, &f, verdict, None, next_first, &mut covered, &mut places, out);
    }
    for w in pending {
        if !covered.is_some_and(|c| w.figure.first <= c) {
            let kind = if w.rank.is_some() { ClaimKind::Rank } else { ClaimKind::Ratio };
            let verdict = Verdict { kind, noun: w.rank.flatten(), unit: None };
            push(doc, &w.figure, verdict, Some(w.direction), usize::MAX, &mut covered, &mut places, out);
        }
    }
    scratch.places = places;
    scratch.words = words;
    semantics::annotate(doc, scratch, &mut out[base..], base);
}

/// Appends the claim of figure `f` to `out` and its place to `places`. `multiple` is set for a
/// multiple written as a word ("doubled"); `next_first` is where the next figure starts (a noun
/// borrowed from it is not this one's to cover).
#[allow(clippy::too_many_arguments)]
fn push(
    doc: &Doc,
    f: &Figure,
    verdict: Verdict,
    multiple: Option<Option<crate::claim::Direction>>,
    next_first: usize,
    covered: &mut Option<usize>,
    places: &mut Vec<Place>,
    out: &mut Vec<Claim>,
) {
    let Verdict { kind, noun, unit } = verdict;
    let first = f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first));
    let last = f.hedge_toks.map_or(f.last, |(_, h)| h.max(f.last));
    let own = noun.as_ref().filter(|c| c.first > last && c.first < next_first);
    let start = semantics::clause_start(doc, first);
    places.push(Place { first, last, end: own.map_or(last, |c| c.last), multiple, start });
    if let Some(c) = own {
        *covered = Some(c.last);
    }
    let m = mention(doc, f);
    let sentence = m.span;
    let counted = noun.as_ref().map(|c| {
        let sp = span(doc, c.first, c.last);
        doc.text[sp.start..sp.end].to_string()
    });
    // A count's unit is the counted noun's head; other kinds keep the figure's own unit.
    let unit = match (kind, noun, unit) {
        (_, _, Some(u)) => Some(u.to_string()),
        (ClaimKind::Count, Some(c), _) => Some(c.head_noun(doc)),
        _ => m.unit,
    };
    out.push(Claim {
        text: m.text,
        span: m.span,
        kind,
        value: m.value,
        value_high: m.value_high,
        unit,
        currency_source: m.currency_source,
        counted,
        hedge: m.hedge,
        interval: m.interval,
        time: None,
        change: None,
        modality: Modality::Reported,
        sentence,
    });
}

/// Gives each claim its sentence (from `sentences`, in text order) and governing time (from
/// `times`, the block's, in text order).
pub(crate) fn situate(text: &str, claims: &mut [Claim], sentences: &[Span], times: &[Located]) {
    for c in claims.iter_mut() {
        let mut s = sentence_of(sentences, c.span.start).unwrap_or(c.span);
        // A figure the splitter cut ("Rs. 2" where "Rs." looked like a sentence end) keeps the
        // promise that a claim lies inside its sentence: the sentence runs on to the figure's end.
        if c.span.end > s.end {
            s.end = sentence_of(sentences, c.span.end - 1).map_or(c.span.end, |t| t.end.max(c.span.end));
        }
        c.sentence = s;
    }
    attach_times(text, claims, sentences, times);
}

/// Gives each claim the time expression that governs it, one sentence at a time; a claim with
/// none in its sentence, in a list under a heading that is a time ("In fiscal year 2023:"), the
/// heading's.
fn attach_times(text: &str, claims: &mut [Claim], sentences: &[Span], times: &[Located]) {
    if times.is_empty() {
        return;
    }
    let mut i = 0;
    let mut figures = Vec::new();
    while i < claims.len() {
        let sentence = claims[i].sentence;
        let j = i + claims[i..].iter().take_while(|c| c.sentence == sentence).count();
        figures.clear();
        figures.extend(claims[i..j].iter().map(|c| c.span));
        for (c, t) in claims[i..j].iter_mut().zip(time::governing_times(text, times, sentence, &figures)) {
            c.time = t;
        }
        if claims[i..j].iter().any(|c| c.time.is_none()) {
            if let Some(h) = heading_above(text, sentences, sentence, times) {
                for c in claims[i..j].iter_mut().filter(|c| c.time.is_none()) {
                    c.time = Some(h.clone());
                }
            }
        }
        i = j;
    }
}

/// The time of the heading a list item stands under: the nearest sentence before `s` that is a
/// time heading ("In fiscal year 2023:"), if every sentence between is a list item (a line of
/// its own).
fn heading_above<'a>(text: &str, sentences: &[Span], s: Span, times: &'a [Located]) -> Option<&'a time::TimeRef> {
    let k = sentences.partition_point(|x| x.end <= s.start);
    for j in (0..k).rev().take(64) {
        let prev = sentences[j];
        if let Some(t) = time::heading_time(text, prev, times) {
            return Some(t);
        }
        // Only list items (lines of their own) may stand between the heading and the item.
        let next = sentences.get(j + 1).copied().unwrap_or(s);
        if !text.get(prev.end..next.start).is_some_and(|gap| gap.contains('\n')) {
            return None;
        }
    }
    None
}

/// The sentence holding byte `pos`.
fn sentence_of(sentences: &[Span], pos: usize) -> Option<Span> {
    let k = sentences.partition_point(|s| s.end <= pos);
    sentences.get(k).copied().filter(|s| s.start <= pos)
}
