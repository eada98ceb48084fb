//! Whose conventions a document follows: which dollar `$` is, and which fiscal calendar "FY 2024"
//! or "2023-24" names.
//!
//! The caller may fix it ([`ExtractorBuilder::jurisdiction`](crate::ExtractorBuilder::jurisdiction));
//! otherwise the United States is assumed. Money and time read the same setting, so a Canadian
//! release gets Canadian dollars and April-to-March fiscal years together.

use serde::{Deserialize, Serialize};

use crate::util::snake_names;

snake_names!(Jurisdiction {
    UnitedStates => "united_states",
    Canada => "canada",
    UnitedKingdom => "united_kingdom",
    Australia => "australia",
    NewZealand => "new_zealand",
    Singapore => "singapore",
    HongKong => "hong_kong",
    EuropeanUnion => "european_union",
    India => "india",
    Japan => "japan",
    Mexico => "mexico",
});

/// A government whose conventions a document follows.
///
/// It decides what a bare `$` means (US, Canadian, Australian dollars, ...) and which fiscal
/// calendar fiscal years follow (see [`FiscalCalendar`]).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// The United States (the default): `$` is USD; fiscal years run October to September.
    #[default]
    UnitedStates,
    /// Canada: `$` is CAD; fiscal years run April to March.
    Canada,
    /// The United Kingdom: fiscal (financial) years run April to March.
    UnitedKingdom,
    /// Australia: `$` is AUD; financial years run July to June.
    Australia,
    /// New Zealand: `$` is NZD; fiscal years run July to June.
    NewZealand,
    /// Singapore: `$` is SGD; financial years run April to March.
    Singapore,
    /// Hong Kong: `$` is HKD; financial years run April to March.
    HongKong,
    /// The European Union: budgets follow the calendar year.
    EuropeanUnion,
    /// India: fiscal years run April to March.
    India,
    /// Japan: fiscal years run April to March.
    Japan,
    /// Mexico: `$` is MXN; fiscal years follow the calendar year.
    Mexico,
}

snake_names!(FiscalCalendar {
    UsFederalFiscal => "us_federal_fiscal",
    AprilFiscal => "april_fiscal",
    JulyFiscal => "july_fiscal",
    Gregorian => "gregorian",
});

/// The calendar a time expression was resolved in.
///
/// Fiscal year N is named after the calendar year it ends in (US federal FY 2024 runs from
/// 1 October 2023 to 30 September 2024; Australian FY2024 from 1 July 2023 to 30 June 2024),
/// except in Japan, where fiscal 2023 starts on 1 April 2023. "2023-24" names the April or July
/// fiscal year that starts in 2023.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FiscalCalendar {
    /// The US federal fiscal year: 1 October to 30 September.
    UsFederalFiscal,
    /// A fiscal year from 1 April to 31 March (UK, Canada, India, Japan, Singapore, Hong Kong).
    AprilFiscal,
    /// A fiscal year from 1 July to 30 June (Australia, New Zealand).
    JulyFiscal,
    /// The calendar year (January to December).
    Gregorian,
}

impl FiscalCalendar {
    /// The month (1-12) a fiscal year of this calendar starts in.
    pub const fn start_month(self) -> u32 {
        match self {
            FiscalCalendar::UsFederalFiscal => 10,
            FiscalCalendar::AprilFiscal => 4,
            FiscalCalendar::JulyFiscal => 7,
            FiscalCalendar::Gregorian => 1,
        }
    }
}

impl Jurisdiction {
    /// The fiscal calendar this government's budget years follow.
    pub const fn fiscal_calendar(self) -> FiscalCalendar {
        match self {
            Jurisdiction::UnitedStates => FiscalCalendar::UsFederalFiscal,
            Jurisdiction::Canada
            | Jurisdiction::UnitedKingdom
            | Jurisdiction::Singapore
            | Jurisdiction::HongKong
            | Jurisdiction::India
            | Jurisdiction::Japan => FiscalCalendar::AprilFiscal,
            Jurisdiction::Australia | Jurisdiction::NewZealand => FiscalCalendar::JulyFiscal,
            Jurisdiction::EuropeanUnion | Jurisdiction::Mexico => FiscalCalendar::Gregorian,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendars() {
        assert_eq!(Jurisdiction::default(), Jurisdiction::UnitedStates);
        assert_eq!(Jurisdiction::Canada.fiscal_calendar().start_month(), 4);
        assert_eq!(Jurisdiction::Australia.fiscal_calendar(), FiscalCalendar::JulyFiscal);
        assert_eq!(Jurisdiction::UnitedStates.fiscal_calendar().as_str(), "us_federal_fiscal");
        for j in Jurisdiction::VARIANTS {
            assert_eq!(serde_json::to_value(j).unwrap(), j.as_str());
        }
        for c in FiscalCalendar::VARIANTS {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
    }
}
