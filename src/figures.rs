//! Stage 2: numbers with their currency, unit, hedge and range partner, as figures.
//!
//! One pass over the tokens. At each token a number is tried first, then a vague magnitude
//! ("millions of"), then a reversed percentage ("percent of 10"); a number then takes the
//! currency before it, or the unit, percent sign or currency after it, a scale or hundredths
//! after its currency ("75 USD million", "20 dollars 43 cents"), its ratio partner ("one in
//! five") and the hedge before or after it. A second pass joins ranges ("between 10 and 20
//! percent", "$3-5 billion", "10–20%").

use rust_decimal::Decimal;

use crate::claim::{HedgeKind, MentionKind};
use crate::hedge;
use crate::lex::{is_dash, Doc, Kind};
use crate::money;
use crate::numbers::{self, Form, Num, NumWord};
use crate::units::{self, Measure};
use crate::util::{div, pow10};

/// A figure: a number with what the text says around it. Token indices are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figure {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
    pub value: Decimal,
    pub value_high: Option<Decimal>,
    pub unit: Option<&'static str>,
    pub hedge: HedgeKind,
    /// First and last token of the hedge words, if written.
    pub hedge_toks: Option<(usize, usize)>,
    /// The (first) number. For a vague magnitude, a stand-in with its value.
    pub num: Num,
    /// The last token of the number of the range's high end, or of the number itself.
    pub num_last: usize,
    /// A word written against the digits that is no unit: "5G", "3D" (a name, not a figure).
    pub glued_name: bool,
}

/// Every figure in the document, in order.
#[cfg(test)]
pub(crate) fn find(doc: &Doc) -> Vec<Figure> {
    let mut out = Vec::new();
    find_into(doc, &mut out);
    out
}

/// Every figure in the document, in order, into `out` (cleared first, so a caller can keep one
/// buffer for many paragraphs).
pub(crate) fn find_into(doc: &Doc, out: &mut Vec<Figure>) {
    out.clear();
    let bytes = doc.text.as_bytes();
    let mut i = 0;
    while let Some(t) = doc.toks.get(i) {
        // Most tokens start nothing, and the token alone says so: a word that is no number word
        // (unless "percent" of "percent of ten"), punctuation other than a minus sign, a URL.
        let first = bytes.get(t.start).copied().unwrap_or(0);
        let starts_nothing = match t.kind {
            Kind::Word => t.num_word == 0 && first | 0x20 != b'p',
            Kind::Sym => first < 0x80 && first != b'-',
            Kind::Opaque => true,
            Kind::Num => false,
        };
        if starts_nothing {
            i += 1;
            continue;
        }
        if t.kind == Kind::Word && t.num_word == 0 {
            if let Some(f) = reversed_percent(doc, i) {
                i = f.last + 1;
                out.push(f);
            } else {
                i += 1;
            }
            continue;
        }
        if let Some(n) = numbers::number_at(doc, i) {
            let f = from_number(doc, n);
            i = f.last + 1;
            out.push(f);
        } else if let Some(f) = may_start_magnitude(doc, i).then(|| magnitude(doc, i)).flatten() {
            i = f.last + 1;
            out.push(f);
        } else {
            i += 1;
        }
    }
    join_ranges(doc, out);
}

fn base(n: Num) -> Figure {
    Figure {
        first: n.first,
        last: n.last,
        kind: if n.fraction { MentionKind::Ratio } else { MentionKind::Number },
        value: n.value,
        value_high: None,
        unit: None,
        hedge: HedgeKind::Exact,
        hedge_toks: None,
        num: n,
        num_last: n.last,
        glued_name: false,
    }
}

/// A number with its currency, unit and hedge.
fn from_number(doc: &Doc, n: Num) -> Figure {
    let mut f = base(n);
    if let Some(c) = money::before(doc, n.first) {
        set_money(&mut f, c);
        f.first = c.first;
    } else {
        let mut j = n.glued_word.unwrap_or(n.last + 1);
        // A unit joined by a hyphen: "12-cent", "one-yen", "100-megawatt".
        if n.glued_word.is_none()
            && doc.dash(j)
            && doc.glued(j)
            && doc.glued(j + 1)
            && doc.kind(j + 1) == Some(Kind::Word)
        {
            j += 1;
        }
        if let Some(c) = money::after(doc, j) {
            set_money(&mut f, c);
            f.last = c.last;
        } else if let Some(u) = units::at(doc, j) {
            f.kind = match u.measure {
                Measure::Percent => MentionKind::Percent,
                Measure::Physical => MentionKind::Quantity,
            };
            f.unit = Some(u.name);
            f.last = u.last;
        } else if n.glued_word.is_some() {
            f.glued_name = true;
        }
    }
    if f.kind == MentionKind::Number {
        if let Some(r) = ratio(doc, &f) {
            return r;
        }
    }
    if f.kind == MentionKind::Money {
        trailing_scale(doc, &mut f);
        hundredths(doc, &mut f);
    }
    attach_hedge(doc, &mut f);
    f
}

fn set_money(f: &mut Figure, c: money::Currency) {
    f.kind = MentionKind::Money;
    f.unit = Some(c.code);
    if c.per_unit > 1 {
        f.value = div(f.value, Decimal::from(c.per_unit)).unwrap_or(f.value);
    }
    if c.scale > 0 {
        if let Some(v) = pow10(c.scale).and_then(|m| f.value.checked_mul(m)) {
            f.value = v;
            f.num.scaled = true;
        }
    }
}

/// A scale written after the currency: "75 USD million".
fn trailing_scale(doc: &Doc, f: &mut Figure) {
    if f.num.scaled || !doc.same_line(f.last + 1) {
        return;
    }
    if let Some(NumWord::Scale(p)) = numbers::word_class(doc, f.last + 1) {
        if let Some(v) = pow10(p).and_then(|m| f.value.checked_mul(m)) {
            f.value = v;
            f.num.scaled = true;
            f.last += 1;
        }
    }
}

/// The hundredths of a compound amount: "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence",
/// "15 dollars and 50".
fn hundredths(doc: &Doc, f: &mut Figure) {
    if f.num.scaled || f.num.fraction || !f.value.fract().is_zero() || f.unit.is_none() {
        return;
    }
    let mut j = f.last + 1;
    if !doc.same_line(j) {
        return;
    }
    if doc.is(j, "and") {
        j += 1;
    }
    let Some(m) = numbers::number_at(doc, j) else { return };
    if m.scaled
        || m.fraction
        || m.value >= Decimal::ONE_HUNDRED
        || !m.value.fract().is_zero()
        || m.value.is_sign_negative()
    {
        return;
    }
    let named = doc.same_line(m.last + 1) && money::is_hundredth(doc, m.last + 1);
    // Without "cents", only at the end of the clause: "15 dollars and 50." but not "$20 43 people".
    let closes = !doc.same_line(m.last + 1) || matches!(doc.kind(m.last + 1), None | Some(Kind::Sym));
    let percent = doc.sym(m.last + 1, '%');
    if !named && (!closes || percent) {
        return;
    }
    if let Some(v) = div(m.value, Decimal::ONE_HUNDRED).and_then(|c| f.value.checked_add(c)) {
        f.value = v;
        f.last = if named { m.last + 1 } else { m.last };
    }
}

/// "percent of twenty", "per cent of 210": a percentage written the other way round.
fn reversed_percent(doc: &Doc, i: usize) -> Option<Figure> {
    if !doc.s(i).starts_with(['p', 'P']) {
        return None;
    }
    let of = if doc.is_any(i, &["percent", "percents"]) {
        i + 1
    } else if doc.is(i, "per") && doc.is(i + 1, "cent") {
        i + 2
    } else {
        return None;
    };
    if !doc.is(of, "of") {
        return None;
    }
    let n = numbers::number_at(doc, of + 1)?;
    if n.scaled || crate::money::before(doc, n.first).is_some() {
        return None;
    }
    let mut f = base(n);
    f.kind = MentionKind::Percent;
    f.unit = Some("%");
    f.first = i;
    Some(f)
}

fn attach_hedge(doc: &Doc, f: &mut Figure) {
    if let Some(h) = hedge::before(doc, f.first) {
        f.hedge = h.kind;
        f.hedge_toks = Some((h.first, h.last));
    } else if let Some(h) = hedge::after(doc, f.last) {
        f.hedge = h.kind;
        f.hedge_toks = Some((h.first, h.last));
    }
}

/// "one in five", "1 in 4", "two out of three": a ratio.
fn ratio(doc: &Doc, f: &Figure) -> Option<Figure> {
    let n = f.num;
    if n.fraction || n.scaled || n.value < Decimal::ONE || !n.value.fract().is_zero() {
        return None;
    }
    let over = doc.is(n.last + 1, "over");
    let j = if doc.is(n.last + 1, "in") || over {
        n.last + 2
    } else if doc.is(n.last + 1, "out") && doc.is(n.last + 2, "of") {
        n.last + 3
    } else {
        return None;
    };
    let m = numbers::number_at(doc, j)?;
    if m.value.is_zero() || m.fraction || !m.value.fract().is_zero() || m.value > Decimal::from(1000) {
        return None;
    }
    // "one over three" is a division; "$2,000 over 3 years" is not.
    let after = m.last + 1;
    let ends =
        !doc.same_line(after) || doc.kind(after) != Some(Kind::Word) || crate::count::is_function_word(doc.s(after));
    if over {
        if !ends || crate::count::is_time_word(doc.s(after)) {
            return None;
        }
    } else if m.value <= n.value {
        return None;
    }
    let mut r = base(n);
    r.kind = MentionKind::Ratio;
    r.value = div(n.value, m.value)?;
    r.num.fraction = true;
    r.last = m.last;
    r.num_last = m.last;
    attach_hedge(doc, &mut r);
    Some(r)
}

/// Whether a vague magnitude may start at `i`: one word-class look-up, not a table scan.
fn may_start_magnitude(doc: &Doc, i: usize) -> bool {
    use numbers::NumWord::{Dozen, Scales, Vague, A};
    matches!(numbers::word_class(doc, i), Some(Scales(_) | Dozen | Vague | A))
}

/// A vague magnitude as a figure: "millions of jobs", "tens of billions of dollars".
fn magnitude(doc: &Doc, i: usize) -> Option<Figure> {
    let (value, high, last) = hedge::magnitude_at(doc, i)?;
    let n = Num {
        first: i,
        last,
        value,
        form: Form::Words,
        scaled: true,
        fraction: false,
        plain: false,
        glued_word: None,
        mult: Decimal::ONE,
    };
    let mut f = base(n);
    f.hedge = HedgeKind::Indefinite;
    f.value_high = Some(high);
    // "tens of billions of dollars".
    if doc.is(last + 1, "of") {
        if let Some(c) = money::after(doc, last + 2) {
            set_money(&mut f, c);
            f.last = c.last;
        }
    }
    Some(f)
}

/// Joins "A – B", "A to B", "between A and B", "from A to B" into ranges.
/// Joins each figure with the next when the two make a range, in place.
fn join_ranges(doc: &Doc, figs: &mut Vec<Figure>) {
    let mut kept = 0;
    let mut k = 0;
    while k < figs.len() {
        let mut a = figs[k];
        k += 1;
        if let Some(joined) = figs.get(k).and_then(|b| range(doc, &a, b)) {
            a = joined;
            k += 1;
        }
        // "between" and "from" without a range partner hedge nothing.
        if a.hedge == HedgeKind::Range && a.value_high.is_none() {
            a.hedge = HedgeKind::Exact;
            a.hedge_toks = None;
        }
        figs[kept] = a;
        kept += 1;
    }
    figs.truncate(kept);
}

fn range(doc: &Doc, a: &Figure, b: &Figure) -> Option<Figure> {
    if a.value_high.is_some() || b.value_high.is_some() || a.glued_name || b.glued_name {
        return None;
    }
    if !matches!(a.kind, MentionKind::Number | MentionKind::Money | MentionKind::Percent | MentionKind::Quantity) {
        return None;
    }
    let gap = b.first.checked_sub(a.last + 1)?;
    let c = a.last + 1;
    // "rose from 41 percent to 58 percent" is a change between two figures, not a range.
    let change = a.hedge_toks.is_some_and(|(h, _)| doc.is(h, "from") && is_change_verb(doc, h.wrapping_sub(1)));
    if change {
        return None;
    }
    let introduced = a.hedge == HedgeKind::Range;
    let dash = gap == 1 && doc.dash(c);
    let word = gap == 1
        && ((doc.is(c, "to") && (introduced || a.kind != MentionKind::Number || b.kind != MentionKind::Number))
            || (doc.is(c, "and") && introduced && doc.is(a.hedge_toks?.0, "between")));
    if !(dash || word) || !doc.same_line(b.first) {
        return None;
    }
    // Part of a longer chain ("202-456-1111", "2019-2020-2021") or of a name ("COVID-19-20").
    if dash && (doc.joined_after(b.last, is_dash) || doc.joined_before(a.first, is_dash)) {
        return None;
    }
    // Years ("2019-2022", "2020 to $15 billion") are the time module's business.
    if (is_year_like(&a.num) && a.kind == MentionKind::Number)
        || (is_year_like(&b.num) && b.kind == MentionKind::Number)
    {
        return None;
    }
    let (kind, unit) = match (a.kind, b.kind) {
        (x, y) if x == y && a.unit == b.unit => (x, a.unit),
        (MentionKind::Number, y) => (y, b.unit),
        (x, MentionKind::Number) if a.last < b.first => (x, a.unit),
        _ => return None,
    };
    // "$3-5 billion": the low end takes the high end's scale when that keeps it below.
    let mut low = a.value;
    if !a.num.scaled && b.num.scaled {
        if let Some(scaled) = low.checked_mul(b.num.mult) {
            if scaled <= b.value {
                low = scaled;
            }
        }
    }
    if low > b.value {
        return None;
    }
    let mut r = *a;
    r.kind = kind;
    r.unit = unit;
    r.value = low;
    r.value_high = Some(b.value);
    r.last = b.last;
    r.num_last = b.num_last;
    r.hedge = HedgeKind::Range;
    if !introduced {
        r.hedge_toks = None;
    }
    Some(r)
}

/// Verbs of change before "from": "rose from 41 to 58 percent".
fn is_change_verb(doc: &Doc, i: usize) -> bool {
    static VERBS: &[&str] = &[
        "rose",
        "rise",
        "risen",
        "rising",
        "rises",
        "fell",
        "fall",
        "fallen",
        "falling",
        "falls",
        "increased",
        "increase",
        "increasing",
        "decreased",
        "decrease",
        "decreasing",
        "grew",
        "grow",
        "grown",
        "growing",
        "dropped",
        "drop",
        "declined",
        "decline",
        "declining",
        "climbed",
        "climb",
        "jumped",
        "jump",
        "surged",
        "went",
        "up",
        "down",
        "rebounded",
        "shrank",
        "shrunk",
        "expanded",
        "soared",
        "plunged",
        "slipped",
        "cut",
        "reduced",
        "raised",
        "lowered",
        "boosted",
        "doubled",
        "tripled",
        "halved",
        "moved",
        "changed",
    ];
    doc.is_any(i, VERBS)
}

/// A bare four-digit number that could be a year: 1800 to 2100.
pub(crate) fn is_year_like(n: &Num) -> bool {
    n.plain
        && n.form == Form::Digits
        && n.value >= Decimal::from(1800)
        && n.value <= Decimal::from(2100)
        && n.value.fract().is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find(&doc)
            .iter()
            .map(|f| {
                let mut s =
                    format!("{:?} {} {}", f.kind, &text[doc.start(f.first)..doc.end(f.last)], f.value.normalize());
                if let Some(h) = f.value_high {
                    s += &format!("..{}", h.normalize());
                }
                if let Some(u) = f.unit {
                    s += &format!(" {u}");
                }
                if f.hedge != HedgeKind::Exact {
                    s += &format!(" {:?}", f.hedge);
                }
                s
            })
            .collect()
    }

    #[test]
    fn ok_money() {
        assert_eq!(f("totaling $863.4 billion in"), ["Money $863.4 billion 863400000000 USD"]);
        assert_eq!(f("5 million euros"), ["Money 5 million euros 5000000 EUR"]);
        assert_eq!(f("US$1.2B"), ["Money US$1.2B 1200000000 USD"]);
        assert_eq!(f("50 cents"), ["Money 50 cents 0.5 USD"]);
        assert_eq!(f("up to $5 million"), ["Money $5 million 5000000 USD AtMost"]);
    }

    #[test]
    fn ok_percent_and_quantity() {
        assert_eq!(f("rose 4.5 percent"), ["Percent 4.5 percent 4.5 %"]);
        assert_eq!(f("by 2 percentage points"), ["Percent 2 percentage points 2 percentage_point"]);
        assert_eq!(f("500 MW of solar"), ["Quantity 500 MW 500 megawatt"]);
        assert_eq!(f("1.2 million barrels per day"), ["Quantity 1.2 million barrels per day 1200000 barrel_per_day"]);
    }

    #[test]
    fn ok_ranges() {
        assert_eq!(f("between 10 and 20 percent"), ["Percent 10 and 20 percent 10..20 % Range"]);
        assert_eq!(f("$3-5 billion"), ["Money $3-5 billion 3000000000..5000000000 USD Range"]);
        assert_eq!(f("10–20%"), ["Percent 10–20% 10..20 % Range"]);
        assert_eq!(f("from 10 to 20 dollars"), ["Money 10 to 20 dollars 10..20 USD Range"]);
        assert_eq!(f("about $10-$20"), ["Money $10-$20 10..20 USD Range"]);
    }

    #[test]
    fn no_range_across_changes_years_and_phones() {
        assert_eq!(
            f("from $10 billion in 2020 to $15 billion in 2023"),
            [
                "Money $10 billion 10000000000 USD",
                "Number 2020 2020",
                "Money $15 billion 15000000000 USD",
                "Number 2023 2023"
            ]
        );
        assert_eq!(f("2019-2022"), ["Number 2019 2019", "Number 2022 2022"]);
        assert_eq!(f("call 202-456-1111"), ["Number 202 202", "Number 456 456", "Number 1111 1111"]);
    }

    #[test]
    fn ok_ratios_and_magnitudes() {
        assert_eq!(f("one in five adults"), ["Ratio one in five 0.2"]);
        assert_eq!(f("two-thirds of"), ["Ratio two-thirds 0.666666666666667"]);
        assert_eq!(f("millions of jobs"), ["Number millions 1000000..1000000000 Indefinite"]);
        assert_eq!(
            f("tens of billions of dollars"),
            ["Money tens of billions of dollars 10000000000..100000000000 USD Indefinite"]
        );
    }

    #[test]
    fn ok_hedges() {
        assert_eq!(f("nearly 300,000 individuals"), ["Number 300,000 300000 Nearly"]);
        assert_eq!(f("more than 2,000 refugees"), ["Number 2,000 2000 MoreThan"]);
        assert_eq!(f("2,000 or more"), ["Number 2,000 2000 AtLeast"]);
    }
}
