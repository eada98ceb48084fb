//! The Arrow form of a claim: one flat row, a column per leaf of its JSON form.
//!
//! A column is named after its JSON path joined by `_` (`hedge.kind` is `hedge_kind`,
//! `time.span.start` is `time_span_start`). Decimals are strings, exactly as in JSON (a
//! `decimal128` needs one scale for all values, and claims range from 0.333333333333333 to 10^28);
//! dates are `date32`; spans are `int64` character offsets, like the dicts'. The Python tests check
//! that these columns are exactly the leaves of a claim's dict, so a field added to [`Claim`]
//! without a column here fails them.
//!
//! How to add a column: one line in [`claim_columns!`] below: name, column kind, whether it may be
//! null, and how to read it from a claim (`o` converts byte offsets to characters).

use std::fmt::Write;
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Date32Builder, Int64Builder, StringBuilder};
use arrow_array::ArrayRef;
use arrow_schema::{DataType, Field};
use chrono::{Datelike, NaiveDate};
use policy_claims::Claim;
use rust_decimal::Decimal;

use crate::offsets::CharIndex;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01, Arrow's day 0.
const UNIX_EPOCH_FROM_CE: i32 = 719_163;

/// A `date32` value: days since 1970-01-01.
pub(crate) fn date32(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - UNIX_EPOCH_FROM_CE
}

/// The date of a `date32` value, if chrono can hold it.
pub(crate) fn from_date32(days: i32) -> Option<NaiveDate> {
    days.checked_add(UNIX_EPOCH_FROM_CE).and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// A `utf8` column.
pub(crate) struct Text(StringBuilder);

impl Text {
    const TYPE: DataType = DataType::Utf8;
    fn with_capacity(rows: usize) -> Text {
        Text(StringBuilder::with_capacity(rows, rows * 8))
    }
    fn push(&mut self, v: Option<&str>) {
        self.0.append_option(v);
    }
    fn finish(&mut self) -> ArrayRef {
        Arc::new(self.0.finish())
    }
}

/// A decimal, written as a `utf8` string without an allocation of its own.
pub(crate) struct Number(StringBuilder);

impl Number {
    const TYPE: DataType = DataType::Utf8;
    fn with_capacity(rows: usize) -> Number {
        Number(StringBuilder::with_capacity(rows, rows * 8))
    }
    fn push(&mut self, v: Option<Decimal>) {
        match v {
            Some(d) => {
                // Writing into the builder's buffer cannot fail.
                let _ = write!(self.0, "{d}");
                self.0.append_value("");
            }
            None => self.0.append_null(),
        }
    }
    fn finish(&mut self) -> ArrayRef {
        Arc::new(self.0.finish())
    }
}

/// An `int64` column (offsets).
pub(crate) struct Int(Int64Builder);

impl Int {
    const TYPE: DataType = DataType::Int64;
    fn with_capacity(rows: usize) -> Int {
        Int(Int64Builder::with_capacity(rows))
    }
    fn push(&mut self, v: Option<usize>) {
        self.0.append_option(v.map(|n| i64::try_from(n).unwrap_or(i64::MAX)));
    }
    fn finish(&mut self) -> ArrayRef {
        Arc::new(self.0.finish())
    }
}

/// A `bool` column.
pub(crate) struct Flag(BooleanBuilder);

impl Flag {
    const TYPE: DataType = DataType::Boolean;
    fn with_capacity(rows: usize) -> Flag {
        Flag(BooleanBuilder::with_capacity(rows))
    }
    fn push(&mut self, v: Option<bool>) {
        self.0.append_option(v);
    }
    fn finish(&mut self) -> ArrayRef {
        Arc::new(self.0.finish())
    }
}

/// A `date32` column.
pub(crate) struct Day(Date32Builder);

impl Day {
    const TYPE: DataType = DataType::Date32;
    fn with_capacity(rows: usize) -> Day {
        Day(Date32Builder::with_capacity(rows))
    }
    fn push(&mut self, v: Option<NaiveDate>) {
        self.0.append_option(v.map(date32));
    }
    fn finish(&mut self) -> ArrayRef {
        Arc::new(self.0.finish())
    }
}

/// Declares the claim columns: `name: Kind, nullable, |claim, offsets| value;`.
macro_rules! claim_columns {
    ($($name:ident: $kind:ident, $nullable:expr, |$c:ident, $o:ident| $get:expr;)*) => {
        /// Column builders for a batch of claims.
        pub(crate) struct ClaimColumns {
            $($name: $kind,)*
        }

        impl ClaimColumns {
            /// The columns' fields, in order.
            pub(crate) fn fields() -> Vec<Field> {
                vec![$(Field::new(stringify!($name), $kind::TYPE, $nullable),)*]
            }

            /// Builders with room for `rows` claims.
            pub(crate) fn with_capacity(rows: usize) -> ClaimColumns {
                ClaimColumns { $($name: $kind::with_capacity(rows),)* }
            }

            /// Appends one claim; `$o` converts byte offsets into its text to characters.
            pub(crate) fn push(&mut self, claim: &Claim, offsets: &CharIndex<'_>) {
                $({
                    let ($c, $o) = (claim, offsets);
                    self.$name.push($get);
                })*
            }

            /// The built columns, in the order of [`ClaimColumns::fields`].
            pub(crate) fn finish(&mut self) -> Vec<ArrayRef> {
                vec![$(self.$name.finish(),)*]
            }
        }
    };
}

claim_columns! {
    text:                    Text,   false, |c, _o| Some(c.text.as_str());
    span_start:              Int,    false, |c, o| Some(o.chars(c.span.start));
    span_end:                Int,    false, |c, o| Some(o.chars(c.span.end));
    kind:                    Text,   false, |c, _o| Some(c.kind.as_str());
    value:                   Number, false, |c, _o| Some(c.value);
    value_high:              Number, true,  |c, _o| c.value_high;
    unit:                    Text,   true,  |c, _o| c.unit.as_deref();
    currency_source:         Text,   true,  |c, _o| c.currency_source.map(|s| s.as_str());
    counted:                 Text,   true,  |c, _o| c.counted.as_deref();
    hedge_kind:              Text,   false, |c, _o| Some(c.hedge.kind.as_str());
    hedge_text:              Text,   true,  |c, _o| c.hedge.text.as_deref();
    hedge_span_start:        Int,    true,  |c, o| c.hedge.span.map(|s| o.chars(s.start));
    hedge_span_end:          Int,    true,  |c, o| c.hedge.span.map(|s| o.chars(s.end));
    interval_low:            Number, true,  |c, _o| c.interval.low;
    interval_low_inclusive:  Flag,   false, |c, _o| Some(c.interval.low_inclusive);
    interval_high:           Number, true,  |c, _o| c.interval.high;
    interval_high_inclusive: Flag,   false, |c, _o| Some(c.interval.high_inclusive);
    interval_approximate:    Flag,   false, |c, _o| Some(c.interval.approximate);
    time_text:               Text,   true,  |c, _o| c.time.as_ref().map(|t| t.text.as_str());
    time_span_start:         Int,    true,  |c, o| c.time.as_ref().map(|t| o.chars(t.span.start));
    time_span_end:           Int,    true,  |c, o| c.time.as_ref().map(|t| o.chars(t.span.end));
    time_start:              Day,    true,  |c, _o| c.time.as_ref().and_then(|t| t.start);
    time_end:                Day,    true,  |c, _o| c.time.as_ref().and_then(|t| t.end);
    time_granularity:        Text,   true,  |c, _o| c.time.as_ref().map(|t| t.granularity.as_str());
    time_kind:               Text,   true,  |c, _o| c.time.as_ref().map(|t| t.kind.as_str());
    time_relative:           Flag,   true,  |c, _o| c.time.as_ref().map(|t| t.relative);
    time_resolved_from:      Text,   true,  |c, _o| c.time.as_ref().map(|t| t.resolved_from.as_str());
    time_duration:           Text,   true,  |c, _o| c.time.as_ref().and_then(|t| t.duration.as_deref());
    time_calendar:           Text,   true,  |c, _o| c.time.as_ref().map(|t| t.calendar.as_str());
    time_modifier:           Text,   true,  |c, _o| c.time.as_ref().and_then(|t| t.modifier.map(|m| m.as_str()));
    change_role:             Text,   true,  |c, _o| c.change.map(|ch| ch.role.as_str());
    change_direction:        Text,   true,  |c, _o| c.change.and_then(|ch| ch.direction.map(|d| d.as_str()));
    change_partner:          Int,    true,  |c, _o| c.change.and_then(|ch| ch.partner);
    modality:                Text,   false, |c, _o| Some(c.modality.as_str());
    sentence_start:          Int,    false, |c, o| Some(o.chars(c.sentence.start));
    sentence_end:            Int,    false, |c, o| Some(o.chars(c.sentence.end));
}
