//! One of a unit or currency written with an article: "a liter", "a dollar", "a percentage
//! point".

use once_cell::sync::Lazy;
use rust_decimal::Decimal;

use crate::claim::MentionKind;
use crate::hedge;
use crate::lex::{Doc, Kind};
use crate::money::{self, Local};
use crate::numbers::{self, Form, Num, NumWord};
use crate::units;
use crate::util::{words, WordSet};
use crate::vocab::Table;

use super::local::pounds;
use super::{attach_hedge, base, hundredths, set_money, set_unit, Figure};

/// Units that "a" or "an" can quantify as one: "a liter", "a kilogram", "a percentage point".
/// Not "a degree", "a foot", "a meter" or "a bar", which are ordinary words too.
const ARTICLE_UNITS: &[&str] = &[
    "liter",
    "milliliter",
    "gallon",
    "kilogram",
    "gram",
    "pound",
    "ounce",
    "mile",
    "kilometer",
    "hectare",
    "acre",
    "metric_ton",
    "percentage_point",
    "basis_point",
    "kilowatt_hour",
    "megawatt_hour",
];

/// The words that may follow "a" or "an" in a figure of one unit or currency (the first word of
/// an [`ARTICLE_UNITS`] unit, or a currency's name). The pre-scan reads them too.
static ARTICLE_HEADS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "liter",
        "litre",
        "milliliter",
        "millilitre",
        "ml",
        "gallon",
        "kilogram",
        "kilogramme",
        "kilo",
        "kg",
        "gram",
        "gramme",
        "pound",
        "lb",
        "ounce",
        "oz",
        "mile",
        "kilometer",
        "kilometre",
        "km",
        "hectare",
        "acre",
        "tonne",
        "metric",
        "percentage",
        "basis",
        "kilowatt",
        "kwh",
        "megawatt",
        "mwh",
        "dollar",
        "euro",
        "buck",
        "quid",
        "cent",
        "penny",
        "yen",
        "rupee",
        "peso",
        "franc",
    ])
});

/// Whether `word` may follow "a" or "an" in a figure ("a liter", "a dollar").
pub(crate) fn is_article_head(word: &[u8]) -> bool {
    std::str::from_utf8(word).is_ok_and(|w| ARTICLE_HEADS.contains(w))
}

/// "a liter", "an ml", "a dollar", "a percentage point": one of a unit or currency, written
/// with an article, before nothing it modifies ("a dollar store", "a euro zone" are no amounts)
/// and not "a ton of" or "a pound of" (a great deal).
pub(super) fn article(doc: &Doc, i: usize) -> Option<Figure> {
    if numbers::word_class(doc, i) != Some(NumWord::A) || !doc.same_line(i + 1) || !ARTICLE_HEADS.contains(doc.s(i + 1))
    {
        return None;
    }
    // "9.8 pence a litre", "$3.47 a gallon": "a" is "per" after an amount.
    let p = i.wrapping_sub(1);
    let after_amount = doc.toks.get(p).is_some_and(|t| {
        t.kind == Kind::Num || t.tables & (Table::Units.last_bit() | Table::MoneyAfter.last_bit()) != 0
    });
    if after_amount && doc.same_line(i) {
        return None;
    }
    let n = Num {
        first: i,
        last: i,
        value: Decimal::ONE,
        form: Form::Words,
        scaled: false,
        fraction: false,
        plain: false,
        glued_word: None,
        mult: Decimal::ONE,
    };
    let mut f = base(n);
    if let Some(c) = money::after(doc, i + 1).filter(|c| c.per_unit == 1 && c.scale == 0) {
        set_money(&mut f, c);
        f.last = c.last;
        if c.local == Some(Local::PoundWord) {
            pounds(doc, &mut f);
        }
    } else {
        let u = units::at(doc, i + 1)?;
        if !ARTICLE_UNITS.contains(&u.name) {
            return None;
        }
        set_unit(&mut f, u);
    }
    let next = f.last + 1;
    let modifies = doc.same_line(next)
        && doc.kind(next) == Some(Kind::Word)
        && !crate::count::is_function_word(doc.s(next))
        && hedge::after(doc, f.last).is_none();
    let great_deal = doc.is(next, "of") && matches!(f.unit, Some("metric_ton" | "pound" | "GBP"));
    if modifies || great_deal {
        return None;
    }
    if f.kind == MentionKind::Money {
        hundredths(doc, &mut f);
    }
    attach_hedge(doc, &mut f);
    Some(f)
}
