//! Claims written with no number at all: multiples as verbs or "-fold" words ("exports doubled",
//! "tripled", "quadruples", "halved", "a sixfold increase") and ranks with an ordinal word ("the
//! second-largest trading partner", "the third largest market").
//!
//! [`figures`] finds them as figures of their own, for the claims only (mentions are numbers
//! as written). [`keys`] are the words the vocabulary marks, so that the scan tests one bit per
//! token, and the paragraph pre-scan lets through.

use once_cell::sync::Lazy;
use rust_decimal::Decimal;

use super::rank;
use crate::claim::{Direction, HedgeKind, MentionKind};
use crate::figures::Figure;
use crate::lex::{Doc, Kind};
use crate::numbers::{Form, Num};
use crate::util::Lexicon;
use crate::vocab::WORD_CLAIM;

/// What a word says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A multiple, in tenths ("halved" is 5), and the way it goes: "doubled", "sixfold".
    Multiple(u32, Option<Direction>),
    /// An ordinal, before a superlative: "second-largest".
    Ordinal(u32),
}

const UP: Option<Direction> = Some(Direction::Up);
const DOWN: Option<Direction> = Some(Direction::Down);

/// Every word that makes a claim without a number. Add a row to teach one.
#[rustfmt::skip]
static WORDS: &[(&str, Word)] = &[
    ("doubled", Word::Multiple(20, UP)), ("doubling", Word::Multiple(20, UP)), ("doubles", Word::Multiple(20, UP)),
    ("tripled", Word::Multiple(30, UP)), ("tripling", Word::Multiple(30, UP)), ("triples", Word::Multiple(30, UP)),
    ("trebled", Word::Multiple(30, UP)),
    ("quadrupled", Word::Multiple(40, UP)), ("quadrupling", Word::Multiple(40, UP)), ("quadruples", Word::Multiple(40, UP)),
    ("halved", Word::Multiple(5, DOWN)), ("halving", Word::Multiple(5, DOWN)),
    ("twofold", Word::Multiple(20, None)), ("threefold", Word::Multiple(30, None)), ("fourfold", Word::Multiple(40, None)),
    ("fivefold", Word::Multiple(50, None)), ("sixfold", Word::Multiple(60, None)), ("sevenfold", Word::Multiple(70, None)),
    ("eightfold", Word::Multiple(80, None)), ("ninefold", Word::Multiple(90, None)), ("tenfold", Word::Multiple(100, None)),
    ("second", Word::Ordinal(2)), ("third", Word::Ordinal(3)), ("fourth", Word::Ordinal(4)), ("fifth", Word::Ordinal(5)),
    ("sixth", Word::Ordinal(6)), ("seventh", Word::Ordinal(7)), ("eighth", Word::Ordinal(8)), ("ninth", Word::Ordinal(9)),
    ("tenth", Word::Ordinal(10)),
];

static TABLE: Lazy<Lexicon<Word>> = Lazy::new(|| Lexicon::new(WORDS));

/// Every word that may make a claim without a number, or end one ("3rd"): the vocabulary marks
/// them ([`WORD_CLAIM`](crate::vocab::WORD_CLAIM)), and the paragraph pre-scan lets them through.
pub(crate) fn keys() -> impl Iterator<Item = &'static str> {
    starters().chain(rank::SUFFIXES.iter().copied())
}

/// The words that make a claim without a number, for the paragraph pre-scan (an ordinal suffix
/// needs digits, which let a paragraph through anyway).
pub(crate) fn starters() -> impl Iterator<Item = &'static str> {
    WORDS.iter().map(|&(w, _)| w)
}

/// A figure over tokens `first..=last` with `value`, kind and unit.
fn figure(first: usize, last: usize, value: Decimal, kind: MentionKind, unit: Option<&'static str>) -> Figure {
    let num = Num {
        first,
        last: first,
        value,
        form: Form::Words,
        scaled: false,
        fraction: false,
        plain: false,
        glued_word: None,
        mult: Decimal::ONE,
    };
    Figure {
        first,
        last,
        kind,
        value,
        value_high: None,
        unit,
        per: None,
        hedge: HedgeKind::Exact,
        hedge_toks: None,
        num,
        num_last: first,
        glued_name: false,
        bounds: None,
        local: None,
        currency: None,
        age_group: false,
    }
}

/// A claim without a number found at token `k`: its figure, the direction a multiple verb
/// gives, and what a rank ranks.
#[derive(Debug)]
pub(crate) struct WordFigure {
    pub figure: Figure,
    pub direction: Option<Direction>,
    pub rank: Option<Option<crate::count::Counted>>,
}

/// Every claim without a number in the paragraph, in order, into `out`.
pub(crate) fn figures(doc: &Doc, out: &mut Vec<WordFigure>) {
    // One bit per token: most paragraphs have no such word.
    let marked = doc.toks.iter().enumerate().filter(|(_, t)| t.tables & WORD_CLAIM != 0);
    for (k, t) in marked {
        // "3rd largest", "ranked 12th": the suffix is marked, the number before it read.
        if rank::is_suffix(doc, k) && doc.kind(k.wrapping_sub(1)) == Some(Kind::Num) {
            let Some(value) = crate::util::parse_decimal(doc.s(k - 1)) else { continue };
            if let Some((last, what)) = rank::after_ordinal(doc, k - 1, k) {
                let f = figure(k - 1, last, value, MentionKind::Number, None);
                out.push(WordFigure { figure: f, direction: None, rank: Some(what) });
            }
            continue;
        }
        if t.kind != Kind::Word {
            continue;
        }
        let Some(w) = TABLE.get(doc.s(k)) else { continue };
        match w {
            Word::Multiple(tenths, direction) => {
                let value = Decimal::new(i64::from(tenths), 1).normalize();
                let f = figure(k, k, value, MentionKind::Ratio, Some("times"));
                out.push(WordFigure { figure: f, direction, rank: None });
            }
            Word::Ordinal(n) => {
                // "second-largest", "third largest", "ranked third".
                if let Some((last, what)) = rank::after_ordinal(doc, k, k) {
                    let f = figure(k, last, Decimal::from(n), MentionKind::Number, None);
                    out.push(WordFigure { figure: f, direction: None, rank: Some(what) });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::said;
    use crate::Extractor;

    #[test]
    fn multiples_as_verbs_and_words() {
        assert_eq!(said("Exports doubled last year."), ["doubled delta up"]);
        assert_eq!(said("Output has halved since 2019."), ["halved delta down"]);
        let c = Extractor::new().claims("The fund saw a sixfold increase.");
        assert_eq!(
            (c[0].text.as_str(), c[0].value.to_string(), c[0].unit.as_deref()),
            ("sixfold", "6".into(), Some("times"))
        );
        let c = Extractor::new().claims("Output halved.");
        assert_eq!((c[0].kind, c[0].value.to_string()), (crate::ClaimKind::Ratio, "0.5".into()));
    }

    #[test]
    fn ordinal_words_rank() {
        let c = Extractor::new().claims("Mexico is the second-largest trading partner of the United States.");
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].kind, c[0].text.as_str(), c[0].value.to_string()),
            (crate::ClaimKind::Rank, "second-largest", "2".into())
        );
        assert_eq!(c[0].counted.as_deref(), Some("trading partner"));
        assert!(Extractor::new().claims("The second meeting was held in Ottawa.").is_empty());
        assert!(Extractor::new().claims("Double the effort.").is_empty());
    }
}
