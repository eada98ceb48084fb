//! Ranges: two figures that together state one interval.
//!
//! - "between 10 and 20 percent", "from 10 to 20 dollars", "10–20%", "$3-5 billion", "20 through
//!   100", "20~100", "2 - ~7 grams", "four to five thousand people";
//! - a unit shared by two numbers: "eight or nine euros", "about 8 or $9", "7- or 8-inch";
//! - two bounds: "more than 10 and less than 20", "at most 100 and at least 20", "above 1,000
//!   and below 1,500" (each end inclusive or not as its hedge says).
//!
//! Not ranges: a change and a level ("rose from 41 percent to 58 percent", "gained 0.7 percent
//! to 6,327.80"), years ("2019-2022"), chains of numbers ("202-456-1111").

use rust_decimal::Decimal;

use crate::claim::{HedgeKind, MentionKind};
use crate::figures::{is_year_like, Figure};
use crate::lex::{is_dash, Doc};

/// Joins each figure with the next when the two make a range, in place.
pub(crate) fn join_ranges(doc: &Doc, figs: &mut Vec<Figure>) {
    let mut kept = 0;
    let mut k = 0;
    while k < figs.len() {
        let mut a = figs[k];
        k += 1;
        if let Some(joined) = figs.get(k).and_then(|b| range(doc, &a, b).or_else(|| bounds(doc, &a, b))) {
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

/// Whether a figure can be an end of a range.
fn joinable(f: &Figure) -> bool {
    f.value_high.is_none()
        && !f.glued_name
        && matches!(
            f.kind,
            MentionKind::Number
                | MentionKind::Money
                | MentionKind::Percent
                | MentionKind::Quantity
                | MentionKind::Ratio
        )
}

/// The first token of `b`, with an approximate hedge of its own ("about 7", "~7") counted in.
fn start_with_hedge(b: &Figure) -> usize {
    match b.hedge_toks {
        Some((h, _)) if b.hedge == HedgeKind::Approximate => h.min(b.first),
        _ => b.first,
    }
}

fn range(doc: &Doc, a: &Figure, b: &Figure) -> Option<Figure> {
    if !joinable(a) || !joinable(b) {
        return None;
    }
    let mut c = a.last + 1;
    let mut gap = start_with_hedge(b).checked_sub(c)?;
    // "5- to 11-year-olds": the first number keeps the hyphen of the compound.
    if gap == 2 && doc.dash(c) && doc.glued(c) && doc.is(c + 1, "to") {
        (c, gap) = (c + 1, 1);
    }
    // "rose from 41 percent to 58 percent" is a change between two figures, not a range.
    let change = a.hedge_toks.is_some_and(|(h, _)| doc.is(h, "from") && is_change_verb(doc, h.wrapping_sub(1)));
    if change {
        return None;
    }
    let introduced = a.hedge == HedgeKind::Range;
    let bare = a.kind == MentionKind::Number && b.kind == MentionKind::Number;
    let dash = gap == 1 && doc.dash(c);
    // "20~100": the tilde between is no "about" of the second number.
    let tilde = gap == 0 && doc.sym(c, '~') && doc.glued(c) && doc.glued(c + 1);
    let through = gap == 1 && doc.is_any(c, &["through", "thru"]);
    // "four to five thousand people": bare numbers make a range with "to" before what they
    // count, or when the second carries a scale ("add 2 to 3" is none).
    let to = gap == 1
        && doc.is(c, "to")
        && (introduced
            || !bare
            || b.num.scaled
            || crate::count::counted(doc, b.last).is_some()
            || doc.is(b.last + 1, "times"));
    let to = to || through;
    // "gained 0.7 percent to 6,327.80", "rose 0.3 percent to 4.1 percent": a change and a level.
    // "slipped by $1.6 billion to $270.0 billion" too.
    let verb = before_figure(a);
    let verb = if doc.is(verb, "by") { verb.wrapping_sub(1) } else { verb };
    let to = to && !(a.kind != MentionKind::Number && !introduced && is_change_verb(doc, verb));
    // "deliver $1,888 to 13.6 million taxpayers": an amount given to a count is no range.
    let to = to
        && !(a.kind != MentionKind::Number
            && b.kind == MentionKind::Number
            && !introduced
            && crate::count::counted(doc, b.last).is_some());
    // "the unemployment rate fell 0.3 to 3.9 percent": a rate moves by points to a level.
    let to = to
        && !(a.kind == MentionKind::Number
            && b.kind == MentionKind::Percent
            && !introduced
            && crate::semantics::rate_delta(doc, a.first, a.last, None));
    let and = gap == 1 && doc.is(c, "and") && introduced && doc.is(a.hedge_toks?.0, "between");
    let or = shared_unit(doc, a, b, gap);
    // Two figures on different lines are never a range ("$4 million\n- $7 million").
    if !(dash || tilde || to || and || or) || !doc.one_line(a.last + 1, b.first) {
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
    // A percentage up to a number beyond any percentage is a change and a level.
    if a.kind == MentionKind::Percent && b.kind == MentionKind::Number && b.value > Decimal::ONE_HUNDRED {
        return None;
    }
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
    let mut r = joined(a, b, low, b.value)?;
    if !introduced {
        r.hedge_toks = None;
    }
    Some(r)
}

/// "eight or nine euros", "about 8 or $9", "one or two countries", "7- or 8-inch": a bare number,
/// "or", and a greater number with the unit or noun both share.
fn shared_unit(doc: &Doc, a: &Figure, b: &Figure, gap: usize) -> bool {
    let c = a.last + 1;
    // "7- or 8-inch": the first number keeps the hyphen of the compound.
    let or_at = match gap {
        1 => c,
        2 if doc.dash(c) && doc.glued(c) => c + 1,
        _ => return false,
    };
    if !doc.is(or_at, "or") || a.kind != MentionKind::Number || a.num.fraction || a.value >= b.value {
        return false;
    }
    b.kind != MentionKind::Number || crate::count::counted(doc, b.last).is_some()
}

/// "more than 10 and less than 20", "at most 100 and at least 20 apples", "higher or equal than
/// 100, lower or equal than 300": a lower and an upper bound joined by "and", "but" or a comma.
fn bounds(doc: &Doc, a: &Figure, b: &Figure) -> Option<Figure> {
    if !joinable(a) || !joinable(b) {
        return None;
    }
    let ((ah, ah_last), (bh, bh_last)) = (a.hedge_toks?, b.hedge_toks?);
    if ah > a.first || bh > b.first {
        return None;
    }
    let lower = |k: HedgeKind| matches!(k, HedgeKind::MoreThan | HedgeKind::AtLeast);
    let upper = |k: HedgeKind| matches!(k, HedgeKind::LessThan | HedgeKind::AtMost);
    let (lo, hi) = if lower(a.hedge) && upper(b.hedge) {
        (a, b)
    } else if upper(a.hedge) && lower(b.hedge) {
        (b, a)
    } else {
        return None;
    };
    let c = a.last + 1;
    let linked = match bh.checked_sub(c)? {
        1 => doc.is_any(c, &["and", "but"]) || doc.sym(c, ','),
        2 => doc.sym(c, ',') && doc.is_any(c + 1, &["and", "but"]),
        _ => false,
    };
    if !linked || !doc.one_line(c, b.first) || lo.value >= hi.value {
        return None;
    }
    let mut r = joined(a, b, lo.value, hi.value)?;
    r.hedge_toks = Some((ah, bh_last.max(ah_last)));
    r.bounds = Some((lo.hedge == HedgeKind::AtLeast, hi.hedge == HedgeKind::AtMost));
    Some(r)
}

/// `a` and `b` as one range from `low` to `high`, with the unit both share or one of them gives
/// the other ("10 to 20 dollars", "$3-5 billion"); `None` when their units differ.
fn joined(a: &Figure, b: &Figure, low: Decimal, high: Decimal) -> Option<Figure> {
    let (kind, unit, per) = match (a.kind, b.kind) {
        (x, y) if x == y && a.unit == b.unit && a.per == b.per => (x, a.unit, a.per),
        (MentionKind::Number, y) => (y, b.unit, b.per),
        (x, MentionKind::Number) => (x, a.unit, a.per),
        _ => return None,
    };
    let mut r = *a;
    r.kind = kind;
    r.unit = unit;
    r.per = per;
    r.local = a.local.or(b.local);
    r.currency = a.currency.or(b.currency);
    r.age_group = a.age_group || b.age_group;
    r.value = low;
    r.value_high = Some(high);
    r.last = b.last;
    r.num_last = b.num_last;
    r.hedge = HedgeKind::Range;
    Some(r)
}

/// The token before figure `f` and its hedge.
fn before_figure(f: &Figure) -> usize {
    f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first)).wrapping_sub(1)
}

/// Verbs of change before "from": "rose from 41 to 58 percent".
pub(crate) fn is_change_verb(doc: &Doc, i: usize) -> bool {
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
        "gained",
        "gain",
        "gains",
        "lost",
        "advanced",
        "added",
        "eased",
        "slid",
        "tumbled",
        "sank",
        "dipped",
        "edged",
        "inched",
        "ticked",
        "narrowed",
        "widened",
        "climbing",
        "higher",
        "lower",
    ];
    doc.is_any(i, VERBS)
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::f;

    #[test]
    fn ok_ranges() {
        assert_eq!(f("between 10 and 20 percent"), ["Percent 10 and 20 percent 10..20 % Range"]);
        assert_eq!(f("$3-5 billion"), ["Money $3-5 billion 3000000000..5000000000 USD Range"]);
        assert_eq!(f("10–20%"), ["Percent 10–20% 10..20 % Range"]);
        assert_eq!(f("from 10 to 20 dollars"), ["Money 10 to 20 dollars 10..20 USD Range"]);
        assert_eq!(f("about $10-$20"), ["Money $10-$20 10..20 USD Range"]);
        assert_eq!(f("20 through 100"), ["Number 20 through 100 20..100 Range"]);
        assert_eq!(f("about 20~100"), ["Number 20~100 20..100 Range"]);
        assert_eq!(f("2 - ~7 grams"), ["Quantity 2 - ~7 grams 2..7 gram Range"]);
        assert_eq!(f("around 2 -7 g"), ["Quantity 2 -7 g 2..7 gram Range"]);
        assert_eq!(f("between 2.0 g and about 7.0 g"), ["Quantity 2.0 g and about 7.0 g 2..7 gram Range"]);
        assert_eq!(f("four to five thousand people"), ["Number four to five thousand 4000..5000 Range"]);
        assert_eq!(
            f("between a third and a half of voters"),
            ["Ratio a third and a half 0.333333333333333..0.5 Range"]
        );
    }

    #[test]
    fn both_ends_take_the_scale_of_the_currency() {
        // The scale a currency code or a trailing scale word carries applies to both ends.
        assert_eq!(f("3-5 MUSD"), ["Money 3-5 MUSD 3000000..5000000 USD Range"]);
        assert_eq!(f("3-5 USD million"), ["Money 3-5 USD million 3000000..5000000 USD Range"]);
        assert_eq!(f("between 3 and 5 USD million"), ["Money 3 and 5 USD million 3000000..5000000 USD Range"]);
        assert_eq!(f("$3-5 million"), ["Money $3-5 million 3000000..5000000 USD Range"]);
        assert_eq!(f("tens of MUSD"), ["Money tens of MUSD 10000000..100000000 USD Indefinite"]);
        assert_eq!(f("millions of MUSD"), ["Money millions of MUSD 1000000000000..1000000000000000 USD Indefinite"]);
        // A lone amount keeps its scale once.
        assert_eq!(f("75 USD million"), ["Money 75 USD million 75000000 USD"]);
        assert_eq!(f("30 MUSD"), ["Money 30 MUSD 30000000 USD"]);
    }

    #[test]
    fn ok_shared_units() {
        assert_eq!(f("eight or nine euros"), ["Money eight or nine euros 8..9 EUR Range"]);
        assert_eq!(f("about 8 or $9"), ["Money 8 or $9 8..9 USD Range"]);
        assert_eq!(f("a 7- or 8-inch tablet"), ["Quantity 7- or 8-inch 7..8 inch Range"]);
        assert_eq!(f("one or two countries"), ["Number one or two 1..2 Range"]);
        assert_eq!(f("for 5- to 11-year-olds"), ["Quantity 5- to 11-year-olds 5..11 year_of_age Range"]);
        assert_eq!(f("$10 or $20"), ["Money $10 10 USD", "Money $20 20 USD"]);
    }

    #[test]
    fn ok_bound_pairs() {
        assert_eq!(f("more than 10 and less than 20"), ["Number 10 and less than 20 10..20 Range"]);
        assert_eq!(f("at most 100 and at least 20 apples"), ["Number 100 and at least 20 20..100 Range"]);
        assert_eq!(f("above 1000 and below 1500"), ["Number 1000 and below 1500 1000..1500 Range"]);
        assert_eq!(
            f("higher or equal than one hundred, lower or equal than three hundred"),
            ["Number one hundred, lower or equal than three hundred 100..300 Range"]
        );
        assert_eq!(f("above one quarter and below a half"), ["Ratio one quarter and below a half 0.25..0.5 Range"]);
        // Incoherent bounds stay two figures.
        assert_eq!(f("more than 40 and less than 10"), ["Number 40 40 MoreThan", "Number 10 10 LessThan"]);
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
        assert_eq!(
            f("the index gained 0.7 percent to 6,327.80"),
            ["Percent 0.7 percent 0.7 %", "Number 6,327.80 6327.8"]
        );
        assert_eq!(
            f("unemployment rose 0.3 percent to 4.1 percent"),
            ["Percent 0.3 percent 0.3 %", "Percent 4.1 percent 4.1 %"]
        );
        assert_eq!(f("prices rose by 5 to 10 percent"), ["Percent 5 to 10 percent 5..10 % Range"]);
        assert_eq!(
            f("imports slipped by $1.6 billion to $270.0 billion"),
            ["Money $1.6 billion 1600000000 USD", "Money $270.0 billion 270000000000 USD"]
        );
        assert_eq!(f("add 2 to 3"), ["Number 2 2", "Number 3 3"]);
        assert_eq!(
            f("cuts worth $1,888 to 13.6 million taxpayers"),
            ["Money $1,888 1888 USD", "Number 13.6 million 13600000"]
        );
    }

    #[test]
    fn no_range_across_lines() {
        // A list item's dash on the next line joins nothing: two figures, each on its line.
        assert_eq!(
            f("Highlights: total aid $4 million\n- $7 million for food\n"),
            ["Money $4 million 4000000 USD", "Money $7 million 7000000 USD"]
        );
        assert_eq!(f("from 10\nto 20 dollars"), ["Number 10 10", "Money 20 dollars 20 USD"]);
        assert_eq!(f("more than 10\nand less than 20"), ["Number 10 10 MoreThan", "Number 20 20 LessThan"]);
        // Within a line the same words still make one.
        assert_eq!(f("total aid $4 - $7 million"), ["Money $4 - $7 million 4000000..7000000 USD Range"]);
    }
}
