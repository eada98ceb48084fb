//! Currencies that depend on whose document it is: "pounds" as money or a weight, and the
//! resolution of a bare "$" once the document's jurisdiction is known.

use crate::claim::{CurrencySource, MentionKind};
use crate::jurisdiction::Jurisdiction;
use crate::lex::{Doc, Kind};
use crate::money::Local;

use super::Figure;

/// Words before "pounds" that make them money: "a profit of 361 million pounds".
const MONEY_WORDS: &[&str] = &[
    "cost",
    "costs",
    "costing",
    "paid",
    "pay",
    "pays",
    "paying",
    "price",
    "priced",
    "worth",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "loss",
    "losses",
    "fine",
    "fined",
    "salary",
    "wage",
    "wages",
    "budget",
    "spent",
    "spend",
    "spending",
    "raised",
    "raise",
    "bid",
    "offer",
    "valued",
    "value",
    "fee",
    "fees",
    "tax",
    "income",
    "earned",
    "earn",
    "earns",
    "earning",
    "invest",
    "invested",
    "investment",
    "deal",
    "sold",
    "bought",
    "buy",
    "charge",
    "charged",
    "donated",
    "grant",
    "funding",
    "fund",
    "loan",
    "debt",
    "bill",
    "rent",
];

/// Words before "pounds" that make them a weight: "weighed 7 pounds", "lost 25 pounds".
const WEIGHT_WORDS: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "lost", "lose", "losing", "gained", "gain", "drop", "dropped",
    "shed", "heavy", "heavier", "lighter", "lbs", "baby",
];

/// "pounds" are money beside words of money and a weight beside words of weight; otherwise the
/// jurisdiction decides ([`localize`]). Reads back at most eight tokens, within the sentence.
pub(super) fn pounds(doc: &Doc, f: &mut Figure) {
    let mut k = f.first;
    while k > 0 && f.first - k < 8 && doc.same_line(k) {
        k -= 1;
        if doc.kind(k) == Some(Kind::Sym) && matches!(doc.s(k), "." | ";" | "!" | "?") {
            break;
        }
        if doc.is_any(k, MONEY_WORDS) {
            f.local = None;
            f.currency = Some(CurrencySource::Written);
            return;
        }
        if doc.is_any(k, WEIGHT_WORDS) {
            to_weight(f);
            return;
        }
    }
}

/// "pounds" read as a weight.
fn to_weight(f: &mut Figure) {
    f.kind = MentionKind::Quantity;
    f.unit = Some("pound");
    f.local = None;
    f.currency = None;
}

/// Resolves the currencies that depend on whose document it is: a bare "$" is `jurisdiction`'s
/// dollar, "pounds" are sterling in the United Kingdom and a weight elsewhere. `source` says
/// whether the jurisdiction was given, inferred or assumed.
pub(crate) fn localize(figs: &mut [Figure], jurisdiction: Jurisdiction, source: CurrencySource) {
    for f in figs.iter_mut() {
        let Some(local) = f.local.take() else { continue };
        if f.kind != MentionKind::Money {
            continue;
        }
        let uk = jurisdiction == Jurisdiction::UnitedKingdom;
        let code = match local {
            Local::DollarSign => jurisdiction.dollar_sign(),
            Local::DollarWord => jurisdiction.dollar(),
            Local::Penny if uk => "GBP",
            Local::Penny => jurisdiction.dollar(),
            Local::PoundWord if uk => "GBP",
            Local::PoundWord => {
                to_weight(f);
                continue;
            }
        };
        f.unit = Some(code);
        f.currency = Some(source);
    }
}
