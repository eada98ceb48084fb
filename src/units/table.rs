//! Percent words and units of measure as data.
//!
//! # How to add a unit
//! Add a row: the phrase as written after a number (singular; plurals in "s"/"es" match by
//! themselves), whether its case matters (symbols such as "MW" do, words do not), and the unit's
//! name: singular, snake_case, stable (it is part of the JSON output).

use crate::phrase::Row;

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// A percentage or percentage-point change.
    Percent,
    /// A physical quantity.
    Physical,
}

use Measure::{Percent, Physical};

/// Units written after a number.
pub(crate) static UNITS: &[Row<(&str, Measure)>] = &[
    ("%", false, ("%", Percent)),
    ("percent", false, ("%", Percent)),
    ("per cent", false, ("%", Percent)),
    ("per-cent", false, ("%", Percent)),
    ("pct", false, ("%", Percent)),
    ("percentage", false, ("%", Percent)),
    ("percentage point", false, ("percentage_point", Percent)),
    ("percentage-point", false, ("percentage_point", Percent)),
    ("percent point", false, ("percentage_point", Percent)),
    ("% point", false, ("percentage_point", Percent)),
    ("basis point", false, ("basis_point", Percent)),
    ("bps", false, ("basis_point", Percent)),
    // Mass.
    ("metric ton", false, ("metric_ton", Physical)),
    ("metric tonne", false, ("metric_ton", Physical)),
    ("tonne", false, ("metric_ton", Physical)),
    ("ton", false, ("ton", Physical)),
    ("short ton", false, ("ton", Physical)),
    ("kilogram", false, ("kilogram", Physical)),
    ("kg", true, ("kilogram", Physical)),
    ("gram", false, ("gram", Physical)),
    ("milligram", false, ("milligram", Physical)),
    ("mg", true, ("milligram", Physical)),
    ("lb", false, ("pound", Physical)),
    ("lbs", false, ("pound", Physical)),
    ("ounce", false, ("ounce", Physical)),
    ("oz", false, ("ounce", Physical)),
    // Oil, gas and volume.
    ("barrel per day", false, ("barrel_per_day", Physical)),
    ("barrel a day", false, ("barrel_per_day", Physical)),
    ("barrel of oil per day", false, ("barrel_per_day", Physical)),
    ("barrel of oil a day", false, ("barrel_per_day", Physical)),
    ("bpd", false, ("barrel_per_day", Physical)),
    ("b/d", false, ("barrel_per_day", Physical)),
    ("barrel", false, ("barrel", Physical)),
    ("gallon", false, ("gallon", Physical)),
    ("liter", false, ("liter", Physical)),
    ("litre", false, ("liter", Physical)),
    ("milliliter", false, ("milliliter", Physical)),
    ("millilitre", false, ("milliliter", Physical)),
    ("ml", true, ("milliliter", Physical)),
    ("cubic meter", false, ("cubic_meter", Physical)),
    ("cubic metre", false, ("cubic_meter", Physical)),
    ("cubic feet", false, ("cubic_foot", Physical)),
    ("cubic foot", false, ("cubic_foot", Physical)),
    ("billion cubic feet", false, ("billion_cubic_feet", Physical)),
    ("bcf", false, ("billion_cubic_feet", Physical)),
    // Power and energy.
    ("watt", false, ("watt", Physical)),
    ("kilowatt", false, ("kilowatt", Physical)),
    ("kW", true, ("kilowatt", Physical)),
    ("megawatt", false, ("megawatt", Physical)),
    ("MW", true, ("megawatt", Physical)),
    ("gigawatt", false, ("gigawatt", Physical)),
    ("GW", true, ("gigawatt", Physical)),
    ("terawatt", false, ("terawatt", Physical)),
    ("kilowatt hour", false, ("kilowatt_hour", Physical)),
    ("kilowatt-hour", false, ("kilowatt_hour", Physical)),
    ("kWh", true, ("kilowatt_hour", Physical)),
    ("megawatt hour", false, ("megawatt_hour", Physical)),
    ("megawatt-hour", false, ("megawatt_hour", Physical)),
    ("MWh", true, ("megawatt_hour", Physical)),
    ("gigawatt hour", false, ("gigawatt_hour", Physical)),
    ("gigawatt-hour", false, ("gigawatt_hour", Physical)),
    ("GWh", true, ("gigawatt_hour", Physical)),
    ("terawatt hour", false, ("terawatt_hour", Physical)),
    ("terawatt-hour", false, ("terawatt_hour", Physical)),
    ("TWh", true, ("terawatt_hour", Physical)),
    // Area.
    ("acre", false, ("acre", Physical)),
    ("hectare", false, ("hectare", Physical)),
    ("square mile", false, ("square_mile", Physical)),
    ("square kilometer", false, ("square_kilometer", Physical)),
    ("square kilometre", false, ("square_kilometer", Physical)),
    ("sq km", false, ("square_kilometer", Physical)),
    ("km2", false, ("square_kilometer", Physical)),
    ("square foot", false, ("square_foot", Physical)),
    ("square feet", false, ("square_foot", Physical)),
    ("sq ft", false, ("square_foot", Physical)),
    // Length and speed.
    ("mile", false, ("mile", Physical)),
    ("nautical mile", false, ("nautical_mile", Physical)),
    ("kilometer", false, ("kilometer", Physical)),
    ("kilometre", false, ("kilometer", Physical)),
    ("km", true, ("kilometer", Physical)),
    ("meter", false, ("meter", Physical)),
    ("metre", false, ("meter", Physical)),
    ("m", true, ("meter", Physical)),
    ("centimeter", false, ("centimeter", Physical)),
    ("cm", true, ("centimeter", Physical)),
    ("millimeter", false, ("millimeter", Physical)),
    ("mm", true, ("millimeter", Physical)),
    ("foot", false, ("foot", Physical)),
    ("feet", false, ("foot", Physical)),
    ("ft", true, ("foot", Physical)),
    ("inch", false, ("inch", Physical)),
    ("yard", false, ("yard", Physical)),
    ("mph", false, ("mile_per_hour", Physical)),
    ("miles per hour", false, ("mile_per_hour", Physical)),
    ("km/h", false, ("kilometer_per_hour", Physical)),
    // Temperature.
    ("degrees fahrenheit", false, ("degree_fahrenheit", Physical)),
    ("°F", true, ("degree_fahrenheit", Physical)),
    ("° F", true, ("degree_fahrenheit", Physical)),
    ("F", true, ("degree_fahrenheit", Physical)),
    ("degrees celsius", false, ("degree_celsius", Physical)),
    ("°C", true, ("degree_celsius", Physical)),
    ("° C", true, ("degree_celsius", Physical)),
    ("degree", false, ("degree", Physical)),
];
