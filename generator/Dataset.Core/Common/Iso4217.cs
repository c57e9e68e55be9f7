using System;
using System.Collections.Generic;

namespace Dataset.Core.Common;

/// <summary>ISO 4217 alphabetic currency codes.</summary>
internal static class Iso4217
{
    /// <summary>
    /// The active alphabetic codes: ISO 4217 List One ("Current currency &amp; funds code list"), published by SIX
    /// Financial Information AG as the standard's maintenance agency, as amended up to 2025 (with XCG and ZWG; without
    /// HRK, CUC, VEF, ZWL). It includes the fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW) and the X codes
    /// for precious metals, SDR and testing. Withdrawn codes (List Three, for example LTL or BYR) are not accepted.
    /// Update this set when the maintenance agency publishes an amendment.
    /// </summary>
    private static readonly HashSet<string> Active = new(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
        "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
        "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
        "DJF", "DKK", "DOP", "DZD",
        "EGP", "ERN", "ETB", "EUR",
        "FJD", "FKP",
        "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD",
        "HKD", "HNL", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK",
        "JMD", "JOD", "JPY",
        "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
        "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
        "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN",
        "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
        "OMR",
        "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG",
        "QAR",
        "RON", "RSD", "RUB", "RWF",
        "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
        "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
        "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS",
        "VED", "VES", "VND", "VUV",
        "WST",
        "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX",
        "YER",
        "ZAR", "ZMW", "ZWG",
    };

    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 alphabetic code (case-sensitive: codes are capitals).</summary>
    public static bool IsActive(string code) => Active.Contains(code);

    /// <summary>Three capital letters: the form of a code, whether or not it is assigned.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length == 3 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';
}
