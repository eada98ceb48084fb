//! The document as context: which year a month without one belongs to, what "that year" and "a
//! year earlier" refer to, and the role each expression plays. Reads the blocks of a document in
//! order and resolves each expression to a [`TimeRef`].
//!
//! Policies (each documented in the README with an example):
//! - **Frames.** "In 2019, ..." or "In fiscal year 2023:" (a year or fiscal year opening its
//!   sentence or line) frames the rest of its paragraph and the next one: a month, quarter,
//!   season or day without a year there is the one of that year ("In 2019, exports rose. In
//!   March, they fell" is March 2019). A year mentioned in passing frames nothing.
//! - **Tense.** Elsewhere, a month, quarter or season without a year is, in a sentence about the
//!   past (or after "since"), the latest one that began on or before the reference date; in a
//!   sentence about the future the next one not yet over; otherwise the one nearest the reference
//!   date. A day without a year ("June 3") is the nearest one unless the sentence is about the
//!   future. A bare weekday is the latest on or before the reference date, or the next one after
//!   it in a sentence about the future or after "until" or "by".
//! - **Anaphora.** "That year", "the same month", "the following year", "two days later" count
//!   from the latest time placed before them in their paragraph or the one before; with none, from
//!   the period the document's title names ("Consumer Prices, Third Quarter 2023"), else from the
//!   reference date.
//! - **Comparison periods.** "A year earlier", "the same period last year", "year-ago" shift the
//!   period their sentence speaks of ("sales rose in March from a year earlier": March of the year
//!   before); without one, the latest time placed before them, else the reference date. They are
//!   of kind `baseline` where the sentence compares (up, down, rose, compared with, from, than);
//!   so are "from last year" and "compared with 2019" there.

use chrono::NaiveDate;

use super::cursor::{Buf, Toks};
use super::resolve::{self, Ctx, Expr, Part, Unit, YearSpec};
use super::scan::{self, Hit, Role};
use super::{granularity, tense, Granularity, Modifier, ReferenceDate, ReferenceSource, TimeKind, TimeRef};
use crate::claim::Span;
use crate::jurisdiction::{Calendar, Jurisdiction};
use crate::lex::Token;

/// A time expression resolved in its document, with its sides where it is a range joined from
/// two ("from 2019 to 2023"), so each side can govern its own figure.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub time: TimeRef,
    pub sides: Option<Box<[TimeRef; 2]>>,
}

/// A year that frames what follows it ("In 2019, ...").
#[derive(Debug, Clone, Copy)]
enum Frame {
    Year(i32),
    Fiscal(i32),
}

/// The state carried from block to block of one document.
#[derive(Debug)]
pub(crate) struct DocTimes {
    reference: ReferenceDate,
    ctx: Ctx,
    /// The interval of the latest placed time and the block it stands in, for anaphora.
    focus: Option<((NaiveDate, NaiveDate), usize)>,
    /// The latest placed single day and its block: what "the day" refers to ("posted gains on
    /// Friday, ..., ending the day at 8,017").
    day: Option<(NaiveDate, usize)>,
    /// The latest frame and the block it was set in.
    frame: Option<(Frame, usize)>,
    /// The period the document's title names ("Consumer Prices, Third Quarter 2023"): what "the
    /// quarter" refers to where no time before it in reach does.
    title: Option<(NaiveDate, NaiveDate)>,
    block: usize,
    /// Where the first line ends in the tokens last asked about (see [`Self::first_line_end`]):
    /// the byte offset of their first token, and the index of the first token after a break.
    first_line: Option<(usize, usize)>,
    buf: Buf,
    sentences: Vec<Span>,
}

impl DocTimes {
    pub fn new(reference: ReferenceDate, jurisdiction: Jurisdiction) -> DocTimes {
        let ctx = Ctx {
            r: reference.date,
            cal: jurisdiction.fiscal_calendar(),
            start_named: jurisdiction == Jurisdiction::Japan,
        };
        DocTimes {
            reference,
            ctx,
            focus: None,
            day: None,
            frame: None,
            title: None,
            block: 0,
            first_line: None,
            buf: Buf::default(),
            sentences: Vec::new(),
        }
    }

    /// The date relative times are resolved against here (the document's, or its item's).
    pub fn reference_date(&self) -> Option<NaiveDate> {
        self.reference.date
    }

    /// A new reference date from here on (a dated item of a page of several).
    pub fn set_reference(&mut self, reference: ReferenceDate) {
        self.ctx.r = reference.date;
        self.reference = reference;
    }

    /// The time expressions of one block (`toks`, tokens of `text[block]` with offsets into
    /// `text`), resolved, appended to `out`. Blocks must come in document order.
    pub fn block(&mut self, text: &str, block: std::ops::Range<usize>, toks: &[Token], out: &mut Vec<Located>) {
        let mut buf = std::mem::take(&mut self.buf);
        let t = buf.toks(text, toks);
        let hits = scan::scan(&t);
        self.sentences.clear();
        if hits.iter().any(|h| needs_sentences(&h.expr, h.prep)) {
            crate::text::sentences_into(&text[block.clone()], block.start, &mut self.sentences);
        }
        let first = out.len();
        for (k, h) in hits.iter().enumerate() {
            let located = self.resolve(&t, &hits, k, &out[first..]);
            self.remember(&t, h, &located.time);
            out.push(located);
        }
        self.buf = buf;
        self.block += 1;
    }

    /// What a block without claims leaves for the blocks after it, read cheaply: the frame a
    /// sentence opens with ("In 2019, ..."), and the times of its last words (the latest placed
    /// one is what "that year" refers to next). Blocks must come in document order, mixed with
    /// [`Self::block`].
    pub fn context(&mut self, text: &str, block: std::ops::Range<usize>, toks: &[Token]) {
        // Without a number or a word of the calendar ("the two leaders met"), nothing to read.
        use super::grammar::class;
        let calendar = class::MONTH | class::WEEKDAY | class::UNIT | class::SEASON | class::PART;
        let lex = super::lexicon::table();
        let dated = toks.iter().any(|t| {
            t.kind == crate::lex::Kind::Num
                || lex.get(usize::from(t.time_word)).is_some_and(|e| e.class & calendar != 0)
        });
        if !dated {
            self.block += 1;
            return;
        }
        let mut buf = std::mem::take(&mut self.buf);
        let t = buf.toks(text, toks);
        self.sentences.clear();
        let tail = t.len().saturating_sub(CONTEXT_TAIL);
        for i in 0..tail {
            let opening = i == 0 || t.line_break_before(i) || matches!(t.s(i - 1), "." | ":" | ";" | "!" | "?");
            if !opening || t.class(i) == 0 && t.entry(i).prep == 0 {
                continue;
            }
            if let Some(h) = scan::at(&t, i) {
                let located = self.resolve(&t, std::slice::from_ref(&h), 0, &[]);
                self.remember(&t, &h, &located.time);
            }
        }
        let view = t.from(tail);
        let hits = scan::scan(&view);
        for (k, h) in hits.iter().enumerate() {
            let located = self.resolve(&view, &hits, k, &[]);
            self.remember(&view, h, &located.time);
        }
        let _ = block;
        self.buf = buf;
        self.block += 1;
    }

    /// A block with nothing to read (no number, no word of time): only counted, so that what is
    /// "in reach" (this paragraph or the one before) means the same in every reading.
    pub fn skip(&mut self) {
        self.block += 1;
    }

    /// The latest placed time, if it stands in this block or the one before.
    fn focus(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.focus.filter(|&(_, b)| self.block - b <= 1).map(|(f, _)| f)
    }

    /// The sentence (span) holding byte `pos`, if sentences were split.
    fn sentence_of(&self, pos: usize) -> Option<Span> {
        let k = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(k).copied().filter(|s| s.start <= pos)
    }

    fn resolve(&self, t: &Toks<'_>, hits: &[Hit], k: usize, earlier: &[Located]) -> Located {
        let h = &hits[k];
        let at = t.start(h.core);
        let (text_on, role) = h.prep_row.map_or((true, Role::Period), scan::prep_role);
        let role = if role == Role::Period && matches!(h.prep, Some("in" | "on")) && since_clause(t, hits, k) {
            Role::Since
        } else {
            role
        };
        // The sentence's tense matters only where a year or day is left to read.
        // "since November" always looks back; "starting in May", "after March" as the tense says.
        let looks_back = h.prep == Some("since");
        let (past, future) = if needs_tense(&h.expr) {
            let tense = tense::at(t.text, at);
            let past = tense == Some(tense::Tense::Past) || looks_back;
            (past, !past && tense == Some(tense::Tense::Future))
        } else {
            (looks_back, false)
        };
        let expr = self.read(&h.expr, past, future, role);
        let sentence = self.sentence_of(at);
        let (expr, compared) = self.compare(t, hits, k, earlier, expr, sentence);
        let mut kind = h.kind.unwrap_or(match role {
            Role::Since => TimeKind::Since,
            Role::Deadline => TimeKind::Deadline,
            Role::AsOf => TimeKind::AsOf,
            Role::Baseline => TimeKind::Baseline,
            Role::Period => TimeKind::Period,
        });
        if compared && matches!(kind, TimeKind::Period) {
            kind = TimeKind::Baseline;
        }
        let start = if text_on { h.first } else { h.core };
        let span = Span::new(t.start(start), t.end(h.last - 1));
        let time = self.time_ref(t.text, span, &expr, kind, h.prep);
        let sides = h.sides.map(|[(a0, a1), (b0, b1)]| {
            let Expr::Range(a, b) = &expr else { return None };
            let side = |e: &Expr, s: usize, l: usize| {
                self.time_ref(t.text, Span::new(t.start(s), t.end(l - 1)), e, TimeKind::Period, None)
            };
            Some(Box::new([side(a, a0, a1), side(b, b0, b1)]))
        });
        Located { time, sides: sides.flatten() }
    }

    /// `e` with years it does not write read from the frame or the tense, and anaphora resolved.
    fn read(&self, e: &Expr, past: bool, future: bool, role: Role) -> Expr {
        let frame = self.frame.filter(|&(_, b)| self.block - b <= 1).map(|(f, _)| f);
        let spec = |m: u32, day: bool| -> YearSpec {
            match frame {
                Some(Frame::Year(y)) => YearSpec::Abs(y),
                Some(Frame::Fiscal(fy)) => {
                    let start = self.ctx.cal.start_month();
                    let starts_in = if self.ctx.start_named { fy } else { fy - 1 };
                    YearSpec::Abs(if start > 1 && m >= start {
                        starts_in
                    } else if start > 1 {
                        starts_in + 1
                    } else {
                        fy
                    })
                }
                None if future => YearSpec::Upcoming,
                // A day is news of the days around the reference ("a June 3 hearing has been
                // scheduled"), whatever the tense of the sentence reporting it.
                None if day => YearSpec::Nearest,
                None if past && role != Role::Deadline => YearSpec::Latest,
                None => YearSpec::Nearest,
            }
        };
        match e {
            Expr::Month(YearSpec::Implied, m) => Expr::Month(spec(*m, false), *m),
            Expr::Day(YearSpec::Implied, m, d) => Expr::Day(spec(*m, true), *m, *d),
            Expr::Season(YearSpec::Implied, m) => Expr::Season(spec(*m, false), *m),
            Expr::CalYear(YearSpec::Implied) => Expr::CalYear(spec(1, false)),
            Expr::FiscalYear(YearSpec::Implied) => match frame {
                Some(Frame::Fiscal(fy)) => Expr::FiscalYear(YearSpec::Abs(fy)),
                _ if future => Expr::FiscalYear(YearSpec::Upcoming),
                _ if past => Expr::FiscalYear(YearSpec::Latest),
                _ => Expr::FiscalYear(YearSpec::Implied),
            },
            // "until Friday": a deadline's weekday is the next one.
            Expr::Weekday(wd, None) if future || role == Role::Deadline => Expr::WeekdayAfter(*wd, 1),
            Expr::Sub(n, i, b) => Expr::Sub(*n, *i, Box::new(self.read(b, past, future, role))),
            Expr::Third(p, b) => Expr::Third(*p, Box::new(self.read(b, past, future, role))),
            Expr::Range(a, b) => {
                Expr::Range(Box::new(self.read(a, past, future, role)), Box::new(self.read(b, past, future, role)))
            }
            Expr::FirstN(u, n, b) => Expr::FirstN(*u, *n, Box::new(self.read(b, past, future, role))),
            Expr::WindowEnding(u, n, b) => Expr::WindowEnding(*u, *n, Box::new(self.read(b, past, future, role))),
            Expr::NthWeekdayOf(n, wd, b) => Expr::NthWeekdayOf(*n, *wd, Box::new(self.read(b, past, future, role))),
            Expr::NthDayOf(n, b) => Expr::NthDayOf(*n, Box::new(self.read(b, past, future, role))),
            Expr::NthWeekOf(n, b) => Expr::NthWeekOf(*n, Box::new(self.read(b, past, future, role))),
            Expr::NthMonthOf(n, b) => Expr::NthMonthOf(*n, Box::new(self.read(b, past, future, role))),
            Expr::Anaphor(u, k) => {
                let placed = self.anaphor(*u, *k);
                // "plans to assist 7 million people by the end of the year": a sentence about
                // what is to come does not refer to a period already over.
                match (&placed, self.ctx.r) {
                    (Expr::Fixed(_, end), Some(r)) if future && *end < r => match u {
                        Unit::FiscalYear => Expr::FiscalYear(YearSpec::Rel(*k)),
                        _ => Expr::RelUnit(*u, *k),
                    },
                    _ => placed,
                }
            }
            Expr::Same => match self.focus() {
                Some((s, e)) => fixed(s, e),
                None => Expr::Same,
            },
            Expr::Shift(b, u, n) => Expr::Shift(Box::new(self.read(b, past, future, role)), *u, *n),
            Expr::SpanFrom(b, u, n) => Expr::SpanFrom(Box::new(self.read(b, past, future, role)), *u, *n),
            Expr::WeekOf(b) => Expr::WeekOf(Box::new(self.read(b, past, future, role))),
            other => other.clone(),
        }
    }

    /// "that year" (0), "the following month" (1), "two days later" (2): the unit containing the
    /// focus, moved; with no focus, the unit containing the reference date.
    fn anaphor(&self, u: Unit, k: i32) -> Expr {
        // "the day" refers to the latest day named in reach, else to the reference date.
        let focus = match u {
            Unit::Day => self.day.filter(|&(_, b)| self.block - b <= 1).map(|(d, _)| (d, d)),
            _ => self.focus().or(self.title),
        };
        let Some((s, _)) = focus else {
            return match u {
                Unit::FiscalYear => Expr::FiscalYear(YearSpec::Rel(k)),
                _ => Expr::RelUnit(u, k),
            };
        };
        let moved = resolve::shift(s, u, i64::from(k));
        match moved.and_then(|d| resolve::unit_span(d, u, &self.ctx)) {
            Some((a, b)) => fixed(a, b),
            None => Expr::Vague,
        }
    }

    /// A comparison period placed against the period its sentence speaks of, and whether the
    /// expression is a comparison ("up 12 percent from last year").
    fn compare(
        &self,
        t: &Toks<'_>,
        hits: &[Hit],
        k: usize,
        earlier: &[Located],
        e: Expr,
        sentence: Option<Span>,
    ) -> (Expr, bool) {
        let h = &hits[k];
        let comparing = || sentence.is_some_and(|s| compares(t, s, t.start(h.first)));
        match e {
            Expr::Earlier(gran, unit, n) => {
                // The sentence's own period: the nearest placed time in the sentence that is no
                // comparison itself.
                let main = sentence.and_then(|s| {
                    let in_sentence = |lt: &&Located| s.contains(lt.time.span) && lt.time.kind == TimeKind::Period;
                    earlier.iter().rev().find(in_sentence).and_then(|lt| Some((lt.time.start?, lt.time.end?)))
                });
                // Else a period named later in the sentence, if it is placed without the
                // reference ("beat the year-ago quarter in the second quarter of 2024").
                let later = || {
                    let s = sentence?;
                    hits[k + 1..]
                        .iter()
                        .take_while(|l| t.end(l.last - 1) <= s.end)
                        .filter(|l| {
                            l.sides.is_none() && l.prep_row.map_or(true, |r| scan::prep_role(r).1 == Role::Period)
                        })
                        .filter(|l| l.kind.map_or(true, |k| k == TimeKind::Period) && !resolve::needs_ref(&l.expr))
                        .find_map(|l| resolve::interval(&l.expr, &self.ctx))
                };
                let base = main.or_else(later).or(self.focus()).or(self.title);
                let placed = match base {
                    Some((s, end)) => shift_back(s, end, gran, unit, n, &self.ctx),
                    None => None,
                };
                let e = placed.map_or(Expr::Earlier(gran, unit, n), |(a, b)| fixed(a, b));
                // "from a year earlier" compares whatever the verb.
                (e, h.kind == Some(TimeKind::Baseline) || h.prep == Some("from") || comparing())
            }
            other => {
                let relative_past = matches!(
                    other,
                    Expr::Ago(_, _, -1)
                        | Expr::RelUnit(_, -1)
                        | Expr::MonthRel(_, -1)
                        | Expr::FiscalYear(YearSpec::Rel(-1))
                        | Expr::Fixed(..)
                ) || matches!(h.expr, Expr::Anaphor(_, k) if k < 0);
                // "changed little over the month" is the change during the month in focus ("over
                // the year" in a monthly release is the year to that month: left alone).
                let during = h.prep == Some("over")
                    && matches!(h.expr, Expr::Anaphor(Unit::Day | Unit::Week | Unit::Month | Unit::Quarter, k) if k >= 0);
                // "a 55% increase over 2022", "up 12 percent from 2022": after a change, any period.
                // (A named period only: "rose 2.1 percent over the last 12 months" is the window
                // of the change.)
                let named = matches!(
                    h.expr,
                    Expr::Year(_)
                        | Expr::FiscalYear(YearSpec::Abs(_))
                        | Expr::Month(YearSpec::Abs(_), _)
                        | Expr::Sub(..)
                );
                let after_change = named
                    && h.first > 0
                    && (t.is_any(h.first - 1, CHANGE_SIZES) || crate::semantics::is_change_noun(t.s(h.first - 1)));
                let from = matches!(h.prep, Some("from" | "over"))
                    && (relative_past || after_change)
                    && h.sides.is_none()
                    && !during;
                // "an increase over 2021 levels", "above 2019 figures": a period compared with.
                let level = matches!(h.prep, Some("from" | "over" | "above" | "below" | "than"))
                    && t.is_any(h.last, &["level", "levels", "figure", "figures", "average", "averages", "baseline"]);
                (other, (from && comparing()) || level)
            }
        }
    }

    /// Keeps what later expressions refer to: the focus and the frame.
    fn remember(&mut self, t: &Toks<'_>, h: &Hit, time: &TimeRef) {
        // The document's own date (its dateline, "Released on") is when it speaks, not what of.
        let own_date = self.reference.span.is_some_and(|s| s.overlaps(time.span));
        // The title: the first period named on the document's first line, unless it is the
        // document's own date ("WASHINGTON, March 14, 2024").
        if self.block == 0
            && !own_date
            && self.title.is_none()
            && time.kind == TimeKind::Period
            && time.granularity != Granularity::Span
            && h.first < self.first_line_end(t)
        {
            self.title = time.start.zip(time.end);
        }
        if let (Some(s), Some(e), false) = (time.start, time.end, own_date) {
            if matches!(time.kind, TimeKind::Period | TimeKind::AsOf) && time.granularity != Granularity::Span {
                self.focus = Some(((s, e), self.block));
            }
            if time.kind == TimeKind::Period && s == e {
                self.day = Some((s, self.block));
            }
        }
        if time.kind != TimeKind::Period {
            return;
        }
        let opening = h.first == 0
            || t.line_break_before(h.first)
            || matches!(t.s(h.first - 1), "." | ":" | ";" | "\"" | "\u{201c}");
        // Only a year or fiscal year opening its sentence or line frames what follows: a year
        // mentioned in passing ("since its launch in 2003") does not.
        let frame = match &h.expr {
            Expr::Year(y) if opening => Some(Frame::Year(*y)),
            Expr::FiscalYear(YearSpec::Abs(y)) if opening => Some(Frame::Fiscal(*y)),
            _ => None,
        };
        if let Some(f) = frame {
            self.frame = Some((f, self.block));
        }
    }

    /// The first token of `t` after a line break (`usize::MAX` if none), looked for once per
    /// token slice, so that asking for every time of a long first line costs linear time.
    fn first_line_end(&mut self, t: &Toks<'_>) -> usize {
        let key = t.toks.first().map_or(usize::MAX, |x| x.start);
        match self.first_line {
            Some((k, end)) if k == key => end,
            _ => {
                let end = (1..t.len()).find(|&j| t.line_break_before(j)).unwrap_or(usize::MAX);
                self.first_line = Some((key, end));
                end
            }
        }
    }

    /// The public form of an expression.
    fn time_ref(&self, text: &str, span: Span, e: &Expr, kind: TimeKind, prep: Option<&str>) -> TimeRef {
        let r = self.ctx.r;
        // "early 2024": a period is its base period with a modifier; a bound ("since mid-2023",
        // "by early June") is the part's own.
        let (e, modifier) = match e {
            Expr::Third(part, base) => (
                if matches!(kind, TimeKind::Period | TimeKind::AsOf | TimeKind::Baseline) { base.as_ref() } else { e },
                Some(match part {
                    Part::Early => Modifier::Start,
                    Part::Mid => Modifier::Mid,
                    Part::Late => Modifier::End,
                }),
            ),
            _ => (e, None),
        };
        let gran_expr = match e {
            Expr::Third(_, base) => base.as_ref(),
            other => other,
        };
        let iv = resolve::interval(e, &self.ctx);
        let mut used_ref = resolve::needs_ref(e);
        let (start, end) = match (kind, e) {
            (TimeKind::Vague | TimeKind::Duration | TimeKind::Set, _) | (_, Expr::Vague) => (None, None),
            (TimeKind::Since, _) => {
                used_ref = true;
                let start = match prep {
                    Some("after") => iv.and_then(|(_, e)| e.succ_opt()),
                    _ => iv.map(|(s, _)| s),
                };
                let end = match (e, start) {
                    (Expr::UnitToDate(_), _) => iv.map(|(_, e)| e),
                    (_, Some(s)) => r.filter(|&r| r >= s),
                    (_, None) => None,
                };
                (start, end)
            }
            (TimeKind::Deadline, _) => {
                let end = match prep {
                    Some("before" | "prior to") => iv.and_then(|(s, _)| s.pred_opt()),
                    _ => iv.map(|(_, e)| e),
                };
                (None, end)
            }
            _ => (iv.map(|(s, _)| s), iv.map(|(_, e)| e)),
        };
        let granularity = granularity(gran_expr, &self.ctx);
        // "the previous fiscal year", placed against the fiscal year in focus, is still one.
        let calendar = match granularity {
            Granularity::FiscalYear if self.ctx.cal != Calendar::Gregorian => self.ctx.cal,
            _ => calendar_of(e, &self.ctx),
        };
        TimeRef {
            text: text[span.start..span.end].to_string(),
            span,
            start,
            end,
            granularity,
            kind,
            relative: used_ref || matches!(e, Expr::Vague),
            resolved_from: if used_ref { self.reference.source } else { ReferenceSource::None },
            duration: duration_of(e),
            calendar,
            modifier,
        }
    }
}

/// How many tokens at the end of a block without claims are read for its latest time.
const CONTEXT_TAIL: usize = 48;

/// Whether an expression leaves a year or day to read from the sentence's tense.
fn needs_tense(e: &Expr) -> bool {
    match e {
        Expr::Month(YearSpec::Implied, _)
        | Expr::Day(YearSpec::Implied, ..)
        | Expr::Season(YearSpec::Implied, _)
        | Expr::CalYear(YearSpec::Implied)
        | Expr::FiscalYear(YearSpec::Implied)
        | Expr::Weekday(_, None)
        | Expr::Anaphor(..) => true,
        Expr::Sub(_, _, b)
        | Expr::Third(_, b)
        | Expr::FirstN(_, _, b)
        | Expr::WindowEnding(_, _, b)
        | Expr::NthWeekdayOf(_, _, b)
        | Expr::NthDayOf(_, b)
        | Expr::NthWeekOf(_, b)
        | Expr::NthMonthOf(_, b)
        | Expr::Shift(b, ..)
        | Expr::SpanFrom(b, ..)
        | Expr::WeekOf(b) => needs_tense(b),
        Expr::Range(a, b) => needs_tense(a) || needs_tense(b),
        _ => false,
    }
}

/// How far back "since" may open the clause a time closes.
const SINCE_CLAUSE: usize = 8;

/// Whether the time `hits[k]` ends a clause opened by "since": "since the conflict began in April
/// 2023", "since taking office in 2021" count from that date. The "since" stands at most
/// [`SINCE_CLAUSE`] words before, with no punctuation and no other time between.
fn since_clause(t: &Toks<'_>, hits: &[Hit], k: usize) -> bool {
    let first = hits[k].first;
    let floor = if k > 0 { hits[k - 1].last } else { 0 }.max(first.saturating_sub(SINCE_CLAUSE));
    for j in (floor..first).rev() {
        if t.is(j, "since") {
            return true;
        }
        if matches!(t.s(j), "," | ";" | "." | ":" | "(" | ")") || t.line_break_before(j + 1) {
            return false;
        }
    }
    false
}

/// Whether expressions of this form need the sentence split (comparisons).
fn needs_sentences(e: &Expr, prep: Option<&str>) -> bool {
    matches!(e, Expr::Earlier(..)) || matches!(prep, Some("from" | "over"))
}

/// An interval already placed.
fn fixed(s: NaiveDate, e: NaiveDate) -> Expr {
    Expr::Fixed(s, e)
}

/// `s..=e` moved back `n` units; with `gran`, the unit of that granularity holding the moved
/// start.
fn shift_back(
    s: NaiveDate,
    e: NaiveDate,
    gran: Option<Unit>,
    unit: Unit,
    n: u32,
    ctx: &Ctx,
) -> Option<(NaiveDate, NaiveDate)> {
    let back = -i64::from(n);
    let s2 = resolve::shift(s, unit, back)?;
    match gran {
        Some(g) => resolve::unit_span(s2, g, ctx),
        None => {
            let e2 = resolve::shift(e.succ_opt()?, unit, back)?.pred_opt()?;
            Some((s2, e2))
        }
    }
}

/// Words of the size of a change that, like a noun of change (`semantics`' table), make a period
/// after "from" or "over" the one compared with: "up 12 percent from 2022" ("a 55% increase over
/// 2022").
const CHANGE_SIZES: &[&str] = &["percent", "%", "points", "cent"];

/// Words that make a sentence a comparison.
const COMPARING: &[&str] = &[
    "up",
    "down",
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "increase",
    "increased",
    "increases",
    "decrease",
    "decreased",
    "grew",
    "grown",
    "growth",
    "declined",
    "decline",
    "higher",
    "lower",
    "compared",
    "gain",
    "gained",
    "drop",
    "dropped",
    "jumped",
    "climbed",
    "slipped",
    "more",
    "less",
    "fewer",
    "than",
    "increasing",
    "decreasing",
    "change",
    "changed",
    "doubled",
    "tripled",
    "halved",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "advanced",
    "slid",
    "eased",
    "improved",
    "improvement",
    "versus",
    "vs",
];

/// Whether the sentence `s` compares before byte `at` (a change or comparison word).
fn compares(t: &Toks<'_>, s: Span, at: usize) -> bool {
    let from = t.toks.partition_point(|x| x.start < s.start);
    let to = t.toks.partition_point(|x| x.start < at);
    (from..to).any(|i| t.is_any(i, COMPARING))
}

/// The ISO 8601 length of a duration, set or rolling window.
fn duration_of(e: &Expr) -> Option<String> {
    use rust_decimal::Decimal;
    match e {
        Expr::Duration(d) | Expr::Set(d) => Some(d.iso()),
        Expr::Window(u, n, _) => Some(resolve::Dur { n: Some(Decimal::from(*n)), unit: *u }.iso()),
        Expr::NextDays(n) => Some(resolve::Dur { n: Some(Decimal::from(*n)), unit: Unit::Day }.iso()),
        _ => None,
    }
}

/// The calendar an expression was resolved in: the fiscal calendar for fiscal years, else the
/// Gregorian calendar.
fn calendar_of(e: &Expr, ctx: &Ctx) -> Calendar {
    fn fiscal(e: &Expr, ctx: &Ctx) -> bool {
        match e {
            Expr::FiscalYear(_) => true,
            Expr::SplitYear(_, marked) => {
                *marked || !matches!(ctx.cal, Calendar::UsFederalFiscal | Calendar::Gregorian)
            }
            Expr::RelUnit(Unit::FiscalYear, _)
            | Expr::Window(Unit::FiscalYear, ..)
            | Expr::UnitToDate(Unit::FiscalYear)
            | Expr::UnitRest(Unit::FiscalYear) => true,
            Expr::Sub(_, _, b)
            | Expr::Third(_, b)
            | Expr::FirstN(_, _, b)
            | Expr::WindowEnding(_, _, b)
            | Expr::NthMonthOf(_, b)
            | Expr::NthWeekOf(_, b)
            | Expr::NthDayOf(_, b)
            | Expr::NthWeekdayOf(_, _, b) => fiscal(b, ctx),
            Expr::Range(a, b) => fiscal(a, ctx) || fiscal(b, ctx),
            _ => false,
        }
    }
    if fiscal(e, ctx) {
        ctx.cal
    } else {
        Calendar::Gregorian
    }
}
