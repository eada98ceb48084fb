//! What a claim says: the part its figure plays in a change ([`change`]) and whether it is a
//! fact, a promise, a goal, a forecast or a supposition ([`modality`]).
//!
//! Both are read from the words around each figure in its clause, after the claims of a
//! paragraph are known: a rule looks at the word before or after the figure and looks a word up
//! in a table of its concept (`change.rs`: words of change and their direction; `modality.rs`:
//! cue words). Nothing here allocates but the one list of places per paragraph.

mod change;
mod counts;
mod duration;
mod modality;
mod multiple;
mod rank;
mod words;

use crate::claim::{Claim, ClaimKind, HedgeKind, MentionKind};
use crate::count::Counted;
use crate::figures::{is_year_like, Figure};
use crate::lex::{Doc, Kind};

pub(crate) use change::{is_change_noun, is_compared, rate_delta, shares_noun};
pub(crate) use counts::{elided, level_of, mass_unit};
pub(crate) use words::{figures as word_figures, keys as word_claim_keys, starters as word_claim_starters, WordFigure};

/// Where a claim's figure stands among the paragraph's tokens (indices inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// The first token of the figure or of the hedge words before it.
    pub first: usize,
    /// The last token of the figure or of the hedge words after it.
    pub last: usize,
    /// The last token of what the claim counts, or `last`.
    pub end: usize,
    /// For a multiple written as a verb ("doubled", "halved"), the size of a change and its
    /// direction: `Some(direction)`.
    pub multiple: Option<Option<crate::claim::Direction>>,
    /// The first token of the figure's clause ([`clause_start`]), found once for both concepts.
    pub start: usize,
}

/// Buffers kept from one paragraph to the next, so that reading what claims say allocates
/// nothing once they have grown.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Where each claim of the paragraph stands.
    pub places: Vec<Place>,
    /// The claims without a number of the paragraph.
    pub words: Vec<WordFigure>,
    found: Vec<Option<change::Found>>,
    /// Whether each claim of the paragraph had no cue of modality (see [`settle`]).
    pub uncued: Vec<bool>,
}

/// The longest run of tokens read back or forward from a figure: a clause rarely runs longer,
/// and the bound keeps the work per claim constant.
const REACH: usize = 40;

/// Gives each claim of one paragraph its change and modality. `scratch.places[k]` is where
/// `claims[k]` stands; `base` is the index of `claims[0]` in the whole result (partners are
/// indices there).
pub(crate) fn annotate(doc: &Doc, scratch: &mut Scratch, claims: &mut [Claim], base: usize) {
    let places = &scratch.places;
    debug_assert_eq!(places.len(), claims.len());
    change::changes(doc, places, &mut scratch.found, claims, base);
    scratch.uncued.clear();
    for (c, p) in claims.iter_mut().zip(places) {
        let m = modality::modality(doc, *p, p.start);
        c.modality = m.unwrap_or(crate::claim::Modality::Reported);
        scratch.uncued.push(m.is_none());
    }
}

/// Once claims have their times: a claim no cue word spoke for is a target when it is due by a
/// deadline after `reference` ("to conserve 30 percent of lands by 2030"), and a forecast when
/// its period lies wholly after it ("set to reach $5 billion in 2027"); otherwise reported.
/// `uncued[k]` is for `claims[k]`.
pub(crate) fn settle(claims: &mut [Claim], uncued: &[bool], reference: Option<chrono::NaiveDate>) {
    let Some(r) = reference else { return };
    for (c, _) in claims.iter_mut().zip(uncued).filter(|(_, &u)| u) {
        let Some(t) = &c.time else { continue };
        c.modality = match (t.kind, t.start, t.end) {
            (crate::TimeKind::Deadline, None, Some(end)) if end > r => crate::claim::Modality::Target,
            (crate::TimeKind::Period, Some(start), _) if start > r => crate::claim::Modality::Forecast,
            _ => continue,
        };
    }
}

/// A figure read anew as a rank, a multiple or an asserted duration.
pub(crate) struct Reread {
    /// The figure with its new extent, kind and unit.
    pub figure: Figure,
    pub kind: ClaimKind,
    /// What a rank ranks.
    pub noun: Option<Counted>,
}

/// A number that is a rank ("No. 1 exporter"; ordinals are read in `words.rs`), a multiple
/// ("two to three times as much", "10-fold") or an asserted duration ("lasted 35 days", "a
/// 30-day comment period") rather than what the figure grammar made of it.
pub(crate) fn reread(doc: &Doc, f: &Figure) -> Option<Reread> {
    if !matches!(f.kind, MentionKind::Number | MentionKind::Ratio) || f.hedge == HedgeKind::Indefinite {
        return None;
    }
    let first = f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first));
    if let Some((last, noun)) = rank::numbered(doc, first, f.num_last).filter(|_| f.kind == MentionKind::Number) {
        let mut g = *f;
        g.value_high = None;
        g.unit = None;
        g.per = None;
        g.last = last;
        return Some(Reread { figure: g, kind: ClaimKind::Rank, noun });
    }
    if f.kind != MentionKind::Number || is_year_like(&f.num) || f.num.glued_word.is_some() {
        return None;
    }
    if let Some(last) = multiple::multiple(doc, f.last) {
        let mut g = *f;
        g.kind = MentionKind::Ratio;
        g.unit = Some("times");
        g.last = last;
        return Some(Reread { figure: g, kind: ClaimKind::Ratio, noun: None });
    }
    let (unit, last) = duration::asserted(doc, first, f.last)?;
    let mut g = *f;
    g.kind = MentionKind::Quantity;
    g.unit = Some(unit);
    g.last = last;
    Some(Reread { figure: g, kind: ClaimKind::Quantity, noun: None })
}

/// Whether token `k` ends a sentence or clause: ".", "!", "?", ";" or ":" (a "." written between
/// letters, as in "U.S.", or after a single capital, ends nothing).
pub(crate) fn is_boundary(doc: &Doc, k: usize) -> bool {
    if doc.kind(k) != Some(Kind::Sym) {
        return false;
    }
    match doc.s(k) {
        "!" | "?" | ";" | ":" => true,
        "." => {
            let abbreviation = doc.glued(k) && k > 0 && doc.kind(k - 1) == Some(Kind::Word) && doc.s(k - 1).len() <= 2;
            let inside = doc.glued(k + 1) && doc.kind(k + 1) == Some(Kind::Word);
            !(abbreviation || inside)
        }
        _ => false,
    }
}

/// The first token of the sentence or clause that holds token `i`, looking back at most
/// [`REACH`] tokens.
pub(crate) fn clause_start(doc: &Doc, i: usize) -> usize {
    let floor = i.saturating_sub(REACH);
    let mut k = i;
    while k > floor && !is_boundary(doc, k - 1) {
        k -= 1;
    }
    k
}

/// The last token of the sentence or clause that holds token `i`, looking forward at most
/// [`REACH`] tokens.
pub(crate) fn clause_end(doc: &Doc, i: usize) -> usize {
    let ceiling = (i + REACH).min(doc.len().saturating_sub(1));
    let mut k = i;
    while k < ceiling && !is_boundary(doc, k + 1) {
        k += 1;
    }
    k
}

/// The lower-case-insensitive word at token `k`, or "" for anything else.
fn word<'t>(doc: &Doc<'t>, k: usize) -> &'t str {
    if doc.kind(k) == Some(Kind::Word) {
        doc.s(k)
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::{Change, ChangeRole, Claim, Direction, Modality};
    use crate::Extractor;

    /// Each claim as "text role direction ->partner modality" (parts left out when plain).
    pub(crate) fn said(text: &str) -> Vec<String> {
        Extractor::new().claims(text).iter().map(show).collect()
    }

    fn show(c: &Claim) -> String {
        let mut s = c.text.clone();
        if let Some(Change { role, direction, partner, .. }) = c.change {
            s += &format!(" {role}");
            if let Some(d) = direction {
                s += &format!(" {d}");
            }
            if let Some(p) = partner {
                s += &format!(" ->{p}");
            }
        }
        if c.modality != Modality::Reported {
            s += &format!(" [{}]", c.modality);
        }
        s
    }

    #[test]
    fn clause_bounds() {
        let doc = crate::lex::Doc::new("The U.S. economy grew. Then it fell; prices rose");
        let k = doc.toks.iter().position(|t| t.text(doc.text) == "grew").unwrap();
        assert_eq!(super::clause_start(&doc, k), 0);
        let end = super::clause_end(&doc, k);
        assert_eq!(doc.s(end), "grew");
        let fell = doc.toks.iter().position(|t| t.text(doc.text) == "fell").unwrap();
        assert_eq!(doc.s(super::clause_start(&doc, fell)), "Then");
        let _ = (ChangeRole::Delta, Direction::Up);
    }
}
