//! Currencies as data.
//!
//! # How to add a currency
//! Add its symbol to [`SYMBOLS`] if it has one, its names and codes to [`AFTER`] (written after
//! the amount: "5 million euros", "20 EUR") and its codes to [`BEFORE`] (written before the
//! amount: "EUR 20"). Plurals in "s"/"es" match by themselves ("euro" matches "euros").
//!
//! A currency that depends on whose document it is takes one of the placeholder codes below
//! instead of an ISO code; `Jurisdiction` resolves it (see `jurisdiction.rs`): a bare "$" is the
//! Canadian dollar in a Canadian release, "pounds" are sterling in a British one and a weight
//! elsewhere.

use crate::phrase::Row;

/// A bare "$": the dollar of the document's jurisdiction (the peso in Mexico).
pub(crate) const DOLLAR_SIGN: &str = "$";
/// "dollars", "bucks", "cents": the dollar of the document's jurisdiction (the US dollar in
/// Mexico, where "$" is the peso).
pub(crate) const DOLLAR_WORD: &str = "dollar";
/// "pounds": sterling in the United Kingdom or beside words of money ("profit of 361 million
/// pounds"), a weight elsewhere.
pub(crate) const POUND_WORD: &str = "pound";
/// "penny", "pennies": a hundredth of sterling in the United Kingdom, of the local dollar
/// elsewhere.
pub(crate) const PENNY: &str = "penny";

/// Currency symbols and the currency each stands for when nothing qualifies it.
pub(crate) static SYMBOLS: &[(&str, &str)] = &[
    ("$", DOLLAR_SIGN),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₴", "UAH"),
    ("₿", "BTC"),
    ("元", "CNY"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("฿", "THB"),
];

/// Letters written against a "$" that say which dollar (or peso) it is: "US$", "C$", "HK$".
pub(crate) static DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("u.s", "USD"),
    ("usd", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("cad", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("mex", "MXN"),
    ("mx", "MXN"),
    ("mxn", "MXN"),
    ("r", "BRL"),
    ("nt", "TWD"),
];

/// Codes and abbreviations written before the amount: "USD 200", "Rs. 20".
pub(crate) static BEFORE: &[Row<&str>] = &[
    ("usd", false, "USD"),
    ("eur", false, "EUR"),
    ("gbp", false, "GBP"),
    ("jpy", false, "JPY"),
    ("cny", false, "CNY"),
    ("rmb", false, "CNY"),
    ("mxn", false, "MXN"),
    ("cad", false, "CAD"),
    ("aud", false, "AUD"),
    ("chf", false, "CHF"),
    ("inr", false, "INR"),
    ("krw", false, "KRW"),
    ("brl", false, "BRL"),
    ("zar", false, "ZAR"),
    ("uah", false, "UAH"),
    ("myr", false, "MYR"),
    ("RM", true, "MYR"),
    ("ringgit", false, "MYR"),
    ("rs", false, "INR"),
    ("rs.", false, "INR"),
    ("kwd", false, "KWD"),
    ("sar", false, "SAR"),
    ("qar", false, "QAR"),
    ("aed", false, "AED"),
    ("egp", false, "EGP"),
    ("ils", false, "ILS"),
    ("TRY", true, "TRY"),
    ("rub", false, "RUB"),
    ("sek", false, "SEK"),
    ("nok", false, "NOK"),
    ("dkk", false, "DKK"),
    ("hkd", false, "HKD"),
    ("sgd", false, "SGD"),
    ("nzd", false, "NZD"),
    ("mnt", false, "MNT"),
    ("bgn", false, "BGN"),
    ("lbp", false, "LBP"),
    ("btc", false, "BTC"),
];

/// Names and codes written after the amount: "5 million euros", "20 Canadian dollars", "115USD".
pub(crate) static AFTER: &[Row<&str>] = &[
    ("dollar", false, DOLLAR_WORD),
    ("buck", false, DOLLAR_WORD),
    ("u.s. dollar", false, "USD"),
    ("us dollar", false, "USD"),
    ("american dollar", false, "USD"),
    ("united states dollar", false, "USD"),
    ("usd", false, "USD"),
    ("us$", false, "USD"),
    ("canadian dollar", false, "CAD"),
    ("cad", false, "CAD"),
    ("australian dollar", false, "AUD"),
    ("aud", false, "AUD"),
    ("hong kong dollar", false, "HKD"),
    ("hkd", false, "HKD"),
    ("new zealand dollar", false, "NZD"),
    ("nzd", false, "NZD"),
    ("singapore dollar", false, "SGD"),
    ("sgd", false, "SGD"),
    ("taiwan dollar", false, "TWD"),
    ("new taiwan dollar", false, "TWD"),
    ("euro", false, "EUR"),
    ("eur", false, "EUR"),
    ("€", false, "EUR"),
    ("€ur", false, "EUR"),
    ("pound sterling", false, "GBP"),
    ("pounds sterling", false, "GBP"),
    ("british pound", false, "GBP"),
    ("sterling", false, "GBP"),
    ("pound", false, POUND_WORD),
    ("quid", false, "GBP"),
    ("gbp", false, "GBP"),
    ("egyptian pound", false, "EGP"),
    ("egyptianpound", false, "EGP"),
    ("egp", false, "EGP"),
    ("le", false, "EGP"),
    ("l.e", false, "EGP"),
    ("l.e.", false, "EGP"),
    ("geneh", false, "EGP"),
    ("genihat masriya", false, "EGP"),
    ("lebanese pound", false, "LBP"),
    ("lbp", false, "LBP"),
    ("yen", false, "JPY"),
    ("japanese yen", false, "JPY"),
    ("jpy", false, "JPY"),
    ("yuan", false, "CNY"),
    ("chinese yuan", false, "CNY"),
    ("renminbi", false, "CNY"),
    ("rmb", false, "CNY"),
    ("cny", false, "CNY"),
    ("peso", false, "MXN"),
    ("mexican peso", false, "MXN"),
    ("mxn", false, "MXN"),
    ("argentine peso", false, "ARS"),
    ("colombian peso", false, "COP"),
    ("chilean peso", false, "CLP"),
    ("philippine peso", false, "PHP"),
    ("rupee", false, "INR"),
    ("indian rupee", false, "INR"),
    ("inr", false, "INR"),
    ("Rs", true, "INR"),
    ("pakistani rupee", false, "PKR"),
    ("sri lankan rupee", false, "LKR"),
    ("swiss franc", false, "CHF"),
    ("chf", false, "CHF"),
    ("real", false, "BRL"),
    ("reais", false, "BRL"),
    ("brazilian real", false, "BRL"),
    ("won", false, "KRW"),
    ("korean won", false, "KRW"),
    ("south korean won", false, "KRW"),
    ("ruble", false, "RUB"),
    ("rouble", false, "RUB"),
    ("rand", false, "ZAR"),
    ("lira", false, "TRY"),
    ("turkish lira", false, "TRY"),
    ("shekel", false, "ILS"),
    ("ils", false, "ILS"),
    ("hryvnia", false, "UAH"),
    ("hryvnias", false, "UAH"),
    ("uah", false, "UAH"),
    ("zloty", false, "PLN"),
    ("ringgit", false, "MYR"),
    ("malaysian ringgit", false, "MYR"),
    ("malaysia ringgit", false, "MYR"),
    ("myr", false, "MYR"),
    ("RM", true, "MYR"),
    ("kuwaiti dinar", false, "KWD"),
    ("kwd", false, "KWD"),
    ("saudi riyal", false, "SAR"),
    ("saudiriyal", false, "SAR"),
    ("sar", false, "SAR"),
    ("qatari riyal", false, "QAR"),
    ("qar", false, "QAR"),
    ("dirham", false, "AED"),
    ("aed", false, "AED"),
    ("baht", false, "THB"),
    ("rupiah", false, "IDR"),
    ("naira", false, "NGN"),
    ("tugrik", false, "MNT"),
    ("mnt", false, "MNT"),
    ("bgn", false, "BGN"),
    ("swedish krona", false, "SEK"),
    ("swedish kronor", false, "SEK"),
    ("sek", false, "SEK"),
    ("norwegian krone", false, "NOK"),
    ("danish krone", false, "DKK"),
    ("bitcoin", false, "BTC"),
    ("btc", false, "BTC"),
    ("$", false, DOLLAR_SIGN),
    ("£", false, "GBP"),
    ("¥", false, "JPY"),
    ("元", false, "CNY"),
    ("₡", false, "CRC"),
    ("₾", false, "GEL"),
    ("₭", false, "LAK"),
    ("₹", false, "INR"),
    ("ரூ", false, "LKR"),
];

/// Subunits written after the amount, with the currency and how many make one unit.
pub(crate) static SUBUNITS: &[Row<(&str, u32)>] = &[
    ("cent", false, (DOLLAR_WORD, 100)),
    ("¢", false, (DOLLAR_WORD, 100)),
    ("penny", false, (PENNY, 100)),
    ("pennies", false, (PENNY, 100)),
    ("pence", false, ("GBP", 100)),
    ("p", true, ("GBP", 100)),
];

/// Words for the subunit in a compound amount ("20 dollars 43 cents", "3 GBP 1 pence"): the
/// hundredth of whatever currency precedes.
pub(crate) static HUNDREDTHS: &[&str] =
    &["cent", "cents", "c", "¢", "pence", "penny", "sen", "sens", "kopiyka", "kopiykas"];

/// Codes for millions of a currency, as finance writes them: "30 MUSD", "MAUD 60".
pub(crate) static MILLIONS: &[Row<&str>] = &[
    ("musd", false, "USD"),
    ("meur", false, "EUR"),
    ("mgbp", false, "GBP"),
    ("maud", false, "AUD"),
    ("mcad", false, "CAD"),
    ("mchf", false, "CHF"),
    ("mjpy", false, "JPY"),
    ("msek", false, "SEK"),
    ("mnok", false, "NOK"),
    ("mdkk", false, "DKK"),
];
