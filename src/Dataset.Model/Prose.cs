using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dataset;

// Helpers for the ToString sentences of the public types: plain English, culture-invariant.
internal static class Prose
{
    // "1 event", "2 events".
    public static string Times(int n) => n == 1 ? "once" : n == 2 ? "twice" : Count(n, "time");

    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    // "a", "a and b", "a, b and c".
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[all.Count - 1],
        };
    }

    public static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    // A sentence ends with one full stop (or the mark it already has).
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var last = trimmed[trimmed.Length - 1];
        return last is '.' or '!' or '?' or '\u201D' or '"' ? trimmed : trimmed + ".";
    }

    // Without its final full stop, to continue the sentence.
    public static string Clause(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(".", StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - 1) : trimmed;
    }

    // A kebab-case code as words: "bilateral-trade" is "bilateral trade".
    public static string Words(string code) => code.Replace('-', ' ');

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " per cent";

    public static string Quoted(string text) => "\u201C" + text + "\u201D";

    public static string Source(Entity? source) => source?.Name ?? "the author";

    public static string Factuality(Factuality value) => value switch
    {
        Dataset.Factuality.Certain => "presents it as a fact",
        Dataset.Factuality.Probable => "presents it as probable",
        Dataset.Factuality.Possible => "presents it as possible",
        Dataset.Factuality.Unknown => "does not commit either way",
        Dataset.Factuality.ProbableNot => "presents it as probably not the case",
        Dataset.Factuality.CertainNot => "presents it as not the case",
        _ => "gives it factuality " + ((int)value).ToString(CultureInfo.InvariantCulture),
    };

    public static string Stance(Stance stance) => stance.Prose;
}
