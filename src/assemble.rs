//! Stage 3: figures to public mentions and claims, with their sentence and time.

use crate::claim::{Claim, ClaimKind, Hedge, Interval, Mention, MentionKind, Span};
use crate::count::{self, Counted};
use crate::figures::Figure;
use crate::filter;
use crate::lex::Doc;
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

/// What claim a figure makes, with the noun it counts, or `None` when it makes none.
fn classify(doc: &Doc, f: &Figure, keep_non_claims: bool) -> Option<(ClaimKind, Option<Counted>)> {
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
        MentionKind::Number => {
            noun.as_ref()?;
            ClaimKind::Count
        }
    };
    Some((kind, noun))
}

/// The claims among `figs`, appended to `out`, not yet placed in their sentence and time (see
/// [`situate`]).
pub(crate) fn claims_into(doc: &Doc, figs: &[Figure], keep_non_claims: bool, out: &mut Vec<Claim>) {
    // The last token of the noun phrase the previous claim counts: a number inside it is part of
    // a name ("two new 737 Max jets" counts two jets, not 737).
    let mut covered: Option<usize> = None;
    for f in figs {
        if covered.is_some_and(|c| f.first <= c) {
            continue;
        }
        let Some((kind, noun)) = classify(doc, f, keep_non_claims) else { continue };
        if let Some(c) = &noun {
            covered = Some(c.last);
        }
        let m = mention(doc, f);
        let sentence = m.span;
        let counted = noun.as_ref().map(|c| {
            let sp = span(doc, c.first, c.last);
            doc.text[sp.start..sp.end].to_string()
        });
        // A count's unit is the counted noun's head; other kinds keep the figure's own unit.
        let unit = match (kind, noun) {
            (ClaimKind::Count, Some(c)) => Some(c.head_noun(doc)),
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
            sentence,
        });
    }
}

/// Gives each claim its sentence (from `sentences`, in text order) and governing time (from
/// `times`, the block's, in text order).
pub(crate) fn situate(text: &str, claims: &mut [Claim], sentences: &[Span], times: &[Located]) {
    for c in claims.iter_mut() {
        c.sentence = sentence_of(sentences, c.span.start).unwrap_or(c.span);
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
