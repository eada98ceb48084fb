//! What in a document says whose it is, as data.
//!
//! # How to add a cue
//! Add a row: the text as written (case matters), the kind of cue, and the jurisdiction it points
//! to. The kinds weigh differently ([`Cue::weight`]): a government web domain or a dateline
//! decides alone, a government naming itself or a currency written with its country ("C$")
//! counts for two, a people ("Canadians") for one; a jurisdiction needs 3. Each kind counts once per jurisdiction,
//! however often it occurs, so a long document about Canada written in Washington does not
//! become Canadian by repetition.

use super::Jurisdiction::{self, *};

/// The kind of a cue, and how it must stand in the text to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    /// A government web domain, at the end of a host name: "canada.ca", "www.gov.uk/...".
    Domain,
    /// A city at the start of a line, before a comma or a dash: "OTTAWA, Ontario —".
    Dateline,
    /// A government naming itself: "Government of Canada", "The White House".
    Government,
    /// A currency written with its country: "C$", "A$", "£", "₹".
    Currency,
    /// A people or an adjective of nationality, or a way of counting: "Canadians", "crore".
    People,
    /// A currency that says the document's own dollar is not this one ("US$" in a document that
    /// writes bare "$" for another dollar). Counts against its jurisdiction.
    Foreign,
}

impl Cue {
    /// How much a cue of this kind counts towards its jurisdiction.
    pub(crate) const fn weight(self) -> i32 {
        match self {
            Cue::Domain | Cue::Dateline => 3,
            Cue::Government | Cue::Currency => 2,
            Cue::People => 1,
            Cue::Foreign => -1,
        }
    }
}

use Cue::*;

/// Every cue.
pub(crate) static CUES: &[(&str, Cue, Jurisdiction)] = &[
    // United States.
    ("whitehouse.gov", Domain, UnitedStates),
    ("state.gov", Domain, UnitedStates),
    ("treasury.gov", Domain, UnitedStates),
    ("usa.gov", Domain, UnitedStates),
    ("WASHINGTON", Dateline, UnitedStates),
    ("Washington", Dateline, UnitedStates),
    ("NEW YORK", Dateline, UnitedStates),
    ("White House", Government, UnitedStates),
    ("U.S. Government", Government, UnitedStates),
    ("United States Government", Government, UnitedStates),
    ("Administration", Government, UnitedStates),
    ("U.S.", People, UnitedStates),
    ("United States", People, UnitedStates),
    ("Americans", People, UnitedStates),
    ("US$", Foreign, UnitedStates),
    ("$US", Foreign, UnitedStates),
    ("USD", Foreign, UnitedStates),
    // Canada.
    ("canada.ca", Domain, Canada),
    ("gc.ca", Domain, Canada),
    ("OTTAWA", Dateline, Canada),
    ("Ottawa", Dateline, Canada),
    ("TORONTO", Dateline, Canada),
    ("Toronto", Dateline, Canada),
    ("VANCOUVER", Dateline, Canada),
    ("MONTREAL", Dateline, Canada),
    ("CALGARY", Dateline, Canada),
    ("EDMONTON", Dateline, Canada),
    ("WINNIPEG", Dateline, Canada),
    ("HALIFAX", Dateline, Canada),
    ("Government of Canada", Government, Canada),
    ("Canadian Government", Government, Canada),
    ("Statistics Canada", Government, Canada),
    ("C$", Currency, Canada),
    ("CA$", Currency, Canada),
    ("CAD", Currency, Canada),
    ("Canadian", People, Canada),
    ("Canadians", People, Canada),
    // Australia.
    ("gov.au", Domain, Australia),
    ("CANBERRA", Dateline, Australia),
    ("Canberra", Dateline, Australia),
    ("SYDNEY", Dateline, Australia),
    ("Sydney", Dateline, Australia),
    ("MELBOURNE", Dateline, Australia),
    ("BRISBANE", Dateline, Australia),
    ("PERTH", Dateline, Australia),
    ("ADELAIDE", Dateline, Australia),
    ("Australian Government", Government, Australia),
    ("Albanese Government", Government, Australia),
    ("Commonwealth of Australia", Government, Australia),
    ("Australian Bureau of Statistics", Government, Australia),
    ("A$", Currency, Australia),
    ("AU$", Currency, Australia),
    ("$A", Currency, Australia),
    ("AUD", Currency, Australia),
    ("Australian", People, Australia),
    ("Australians", People, Australia),
    // New Zealand.
    ("govt.nz", Domain, NewZealand),
    ("WELLINGTON", Dateline, NewZealand),
    ("Wellington", Dateline, NewZealand),
    ("AUCKLAND", Dateline, NewZealand),
    ("New Zealand Government", Government, NewZealand),
    ("Stats NZ", Government, NewZealand),
    ("NZ$", Currency, NewZealand),
    ("$NZ", Currency, NewZealand),
    ("NZD", Currency, NewZealand),
    ("New Zealanders", People, NewZealand),
    // Singapore.
    ("gov.sg", Domain, Singapore),
    ("SINGAPORE", Dateline, Singapore),
    ("Singapore Government", Government, Singapore),
    ("Government of Singapore", Government, Singapore),
    ("S$", Currency, Singapore),
    ("SGD", Currency, Singapore),
    ("Singaporeans", People, Singapore),
    // Hong Kong.
    ("gov.hk", Domain, HongKong),
    ("HONG KONG", Dateline, HongKong),
    ("HKSAR Government", Government, HongKong),
    ("HK$", Currency, HongKong),
    ("HKD", Currency, HongKong),
    // United Kingdom.
    ("gov.uk", Domain, UnitedKingdom),
    ("LONDON", Dateline, UnitedKingdom),
    ("London", Dateline, UnitedKingdom),
    ("EDINBURGH", Dateline, UnitedKingdom),
    ("CARDIFF", Dateline, UnitedKingdom),
    ("HM Treasury", Government, UnitedKingdom),
    ("HM Government", Government, UnitedKingdom),
    ("UK Government", Government, UnitedKingdom),
    ("His Majesty's Government", Government, UnitedKingdom),
    ("Office for National Statistics", Government, UnitedKingdom),
    ("£", Currency, UnitedKingdom),
    ("GBP", Currency, UnitedKingdom),
    ("sterling", Currency, UnitedKingdom),
    ("Britons", People, UnitedKingdom),
    ("British", People, UnitedKingdom),
    // European Union.
    ("europa.eu", Domain, EuropeanUnion),
    ("BRUSSELS", Dateline, EuropeanUnion),
    ("European Commission", Government, EuropeanUnion),
    ("Eurostat", Government, EuropeanUnion),
    ("€", Currency, EuropeanUnion),
    // India.
    ("gov.in", Domain, India),
    ("nic.in", Domain, India),
    ("NEW DELHI", Dateline, India),
    ("New Delhi", Dateline, India),
    ("MUMBAI", Dateline, India),
    ("Government of India", Government, India),
    ("₹", Currency, India),
    ("Rs.", Currency, India),
    ("INR", Currency, India),
    ("crore", People, India),
    ("lakh", People, India),
    // Japan.
    ("go.jp", Domain, Japan),
    ("TOKYO", Dateline, Japan),
    ("Government of Japan", Government, Japan),
    ("JPY", Currency, Japan),
    // Mexico.
    ("gob.mx", Domain, Mexico),
    ("MEXICO CITY", Dateline, Mexico),
    ("Gobierno de México", Government, Mexico),
    ("Mex$", Currency, Mexico),
    ("MXN", Currency, Mexico),
];
