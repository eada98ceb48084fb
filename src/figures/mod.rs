//! Stage 2: numbers with their currency, unit, hedge and range partner, as figures.
//!
//! One pass over the tokens. At each token a number is tried first, then a vague magnitude
//! ("millions of"), an article before a unit ("a liter", "a dollar") or a reversed percentage
//! ("percent of 10"); a number then takes the currency before it, or the unit, percent sign or
//! currency after it, a scale or hundredths after its currency ("75 USD million", "20 dollars 43
//! cents"), the smaller units of a mixed quantity ("7 feet 10 inches"), its ratio partner ("one
//! in five") and the hedge before or after it. A second pass joins ranges (see `range.rs`), and
//! [`localize`] resolves currencies that depend on the document's jurisdiction (a bare "$").

use rust_decimal::Decimal;

use crate::claim::{CurrencySource, HedgeKind, MentionKind};
use crate::hedge;
use crate::lex::{Doc, Kind};
use crate::money::{self, Local};
use crate::numbers::{self, Form, Num, NumWord};
use crate::range::join_ranges;
use crate::units::{self, Measure};
use crate::util::{div, pow10};

mod article;
mod local;
mod measure;

use article::article;
pub(crate) use article::is_article_head;
pub(crate) use local::localize;
use local::pounds;
use measure::{age, below_zero, composite, feet_and_inches};

/// A figure: a number with what the text says around it. Token indices are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figure {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
    pub value: Decimal,
    pub value_high: Option<Decimal>,
    pub unit: Option<&'static str>,
    /// The denominator of a composed unit: "hour" in "140 km/h" (unit `kilometer_per_hour`).
    pub per: Option<&'static str>,
    pub hedge: HedgeKind,
    /// First and last token of the hedge words, if written.
    pub hedge_toks: Option<(usize, usize)>,
    /// The (first) number. For a vague magnitude, a stand-in with its value.
    pub num: Num,
    /// The last token of the number of the range's high end, or of the number itself.
    pub num_last: usize,
    /// A word written against the digits that is no unit: "5G", "3D" (a name, not a figure).
    pub glued_name: bool,
    /// For a range made of two bounds ("more than 10 and less than 20"): whether its low and
    /// high ends belong to it.
    pub bounds: Option<(bool, bool)>,
    /// A currency that depends on the document's jurisdiction, until [`localize`] resolves it.
    pub local: Option<Local>,
    /// How the currency of a money figure was decided.
    pub currency: Option<CurrencySource>,
    /// An age that describes a group ("children under 5", "people aged 65 and over",
    /// "11-year-olds"), not a person: a mention, not a claim.
    pub age_group: bool,
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
        } else if let Some(f) = article(doc, i) {
            i = f.last + 1;
            out.push(f);
        } else {
            i = numbers::unreadable_end(doc, i).unwrap_or(i) + 1;
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
        per: None,
        hedge: HedgeKind::Exact,
        hedge_toks: None,
        num: n,
        num_last: n.last,
        glued_name: false,
        bounds: None,
        local: None,
        currency: None,
        age_group: false,
    }
}

/// A number with its currency, unit and hedge.
fn from_number(doc: &Doc, n: Num) -> Figure {
    let mut f = base(n);
    if let Some(c) = money::before(doc, n.first) {
        set_money(&mut f, c);
        f.first = c.first;
        negative_currency(doc, &mut f);
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
        // "half a liter", "a quarter of a gallon": a fraction of one unit.
        if n.fraction && n.form == Form::Words && doc.is_any(j, &["a", "an"]) && doc.same_line(j) {
            j += 1;
        }
        if let Some(c) = money::after(doc, j) {
            set_money(&mut f, c);
            f.last = c.last;
            if c.local == Some(Local::PoundWord) {
                pounds(doc, &mut f);
            }
        } else if let Some(u) = units::at(doc, j) {
            set_unit(&mut f, u);
            composite(doc, &mut f);
        } else if n.glued_word.is_some() {
            f.glued_name = true;
        } else if let Some(last) = feet_and_inches(doc, &mut f) {
            f.last = last;
        } else {
            age(doc, &mut f);
        }
    }
    below_zero(doc, &mut f);
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

fn set_unit(f: &mut Figure, u: units::Unit) {
    f.kind = match u.measure {
        Measure::Percent => MentionKind::Percent,
        Measure::Physical => MentionKind::Quantity,
    };
    f.unit = Some(u.name);
    f.per = u.per;
    f.last = u.last;
}

fn set_money(f: &mut Figure, c: money::Currency) {
    f.kind = MentionKind::Money;
    f.unit = Some(c.code);
    f.local = c.local;
    f.currency = c.local.is_none().then_some(CurrencySource::Written);
    // Both ends of a magnitude ("tens of MUSD") take the currency's subunit and scale.
    if c.per_unit > 1 {
        let per = Decimal::from(c.per_unit);
        if let (Some(v), Some(h)) = (div(f.value, per), f.value_high.map_or(Some(None), |h| div(h, per).map(Some))) {
            (f.value, f.value_high) = (v, h);
        }
    }
    if c.scale > 0 {
        if let Some(m) = pow10(c.scale) {
            let _ = scale_by(f, m);
        }
    }
}

/// Multiplies both ends of `f` by the scale `m` a currency code or a trailing scale word carries
/// ("5 MUSD", "75 USD million"), and records it in the number's multiplier, so that the low end
/// of a range takes it too ("3-5 MUSD" is 3 to 5 million). Whether it did: not if a product
/// overflows.
fn scale_by(f: &mut Figure, m: Decimal) -> bool {
    let high = f.value_high.map_or(Some(None), |h| h.checked_mul(m).map(Some));
    let (Some(v), Some(h), Some(mult)) = (f.value.checked_mul(m), high, f.num.mult.checked_mul(m)) else {
        return false;
    };
    (f.value, f.value_high) = (v, h);
    f.num.scaled = true;
    f.num.mult = mult;
    true
}

/// "-$50.8bn": a minus sign before the currency.
fn negative_currency(doc: &Doc, f: &mut Figure) {
    let m = f.first.wrapping_sub(1);
    let sign = (doc.sym(m, '-') || doc.sym(m, '−')) && doc.glued(f.first);
    // Not a hyphen: nothing written against it on the left ("US-$5" is no sign).
    if sign && !(doc.glued(m) && matches!(doc.kind(m.wrapping_sub(1)), Some(Kind::Word | Kind::Num))) {
        f.value = -f.value;
        f.first = m;
    }
}

/// A scale written after the currency: "75 USD million".
fn trailing_scale(doc: &Doc, f: &mut Figure) {
    if f.num.scaled || !doc.same_line(f.last + 1) {
        return;
    }
    if let Some(NumWord::Scale(p)) = numbers::word_class(doc, f.last + 1) {
        if pow10(p).is_some_and(|m| scale_by(f, m)) {
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

/// The hedge before the figure, or after it; a bound after it wins over "about" before it
/// ("about 500 or more" is at least 500).
fn attach_hedge(doc: &Doc, f: &mut Figure) {
    let before = hedge::before(doc, f.first);
    let after = || hedge::after(doc, f.last);
    let h = match before {
        Some(b) if b.kind == HedgeKind::Approximate => match after() {
            Some(a) if matches!(a.kind, HedgeKind::AtLeast | HedgeKind::AtMost) => Some(a),
            _ => Some(b),
        },
        Some(b) => Some(b),
        None => after(),
    };
    if let Some(h) = h {
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

/// A bare four-digit number that could be a year: 1800 to 2100.
pub(crate) fn is_year_like(n: &Num) -> bool {
    n.plain
        && n.form == Form::Digits
        && n.value >= Decimal::from(1800)
        && n.value <= Decimal::from(2100)
        && n.value.fract().is_zero()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Each figure of `text` as "Kind text value[..high] [unit] [hedge]".
    pub(crate) fn f(text: &str) -> Vec<String> {
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
                if let Some(p) = f.per {
                    s += &format!("_per_{p}");
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
