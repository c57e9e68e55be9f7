using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Common;

namespace Dataset;

/// <content>Text: parsing, the canonical form (<c>end 2013-06</c>) and prose (<c>at the end of June 2013</c>).</content>
public sealed partial class TemporalValue
{
    /// <summary>
    /// Parses <c>2013-01</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>, optionally preceded by a
    /// modifier and one space, as <see cref="ToString"/> writes it: <c>start</c>, <c>mid</c>, <c>end</c>,
    /// <c>approx</c>, <c>before</c> or <c>after</c> (the codes of the YAML <c>mod</c> key), as in <c>before 2011</c>.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="modifier">The modifier, when the text has none; a text with its own modifier must agree with it or leave it <see cref="TemporalModifier.None"/>.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a valid temporal value.</exception>
    public static TemporalValue Parse(string text, TemporalModifier modifier = TemporalModifier.None)
    {
        if (TryParse(text, out var value, modifier))
        {
            return value!;
        }

        throw new FormatException($"'{text}' is not a temporal value such as 2013-01, 2013-07-08/2013-07-12, 2011/.., ../2013 or before 2011.");
    }

    /// <summary>Tries to parse a temporal value; see <see cref="Parse"/>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="value">The parsed value, or <see langword="null"/>.</param>
    /// <param name="modifier">The modifier, when the text has none.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(string? text, out TemporalValue? value, TemporalModifier modifier = TemporalModifier.None)
    {
        value = null;
        if (text is null)
        {
            return false;
        }

        var space = text.IndexOf(' ');
        if (space >= 0)
        {
            if (!TryModifier(text.Substring(0, space), out var written) || (modifier != TemporalModifier.None && modifier != written))
            {
                return false;
            }

            modifier = written;
            text = text.Substring(space + 1);
        }

        // The grammar is shared with the generator (src/Common/DateGrammar.cs).
        if (!DateGrammar.TryParseTime(text, out var start, out var end, out var isInterval, out _))
        {
            return false;
        }

        value = isInterval ? new TemporalValue(Date(start), Date(end), modifier) : Point(Date(start)!.Value, modifier);
        return true;
    }

    private static PartialDate? Date(DateParts? parts) =>
        parts is { } p ? PartialDate.From(p) : null;

    /// <summary>
    /// The canonical value with its modifier: <c>2013-01</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c>,
    /// <c>before 2011</c>, <c>end 2013-06</c>. <see cref="Parse"/> reads it back to an equal value.
    /// </summary>
    /// <returns>The value, for example <c>before 2011</c>.</returns>
    public override string ToString()
    {
        var body = IsPoint
            ? Start!.Value.ToString()
            : (Start?.ToString() ?? OpenEnd) + "/" + (End?.ToString() ?? OpenEnd);
        return Modifier == TemporalModifier.None ? body : Code(Modifier) + " " + body;
    }

    /// <summary>
    /// The value in words, as a sentence would put it: <c>in 2011</c>, <c>on 7 May 2012</c>, <c>from 8 to 12 July 2013</c>,
    /// <c>since 2011</c>, <c>before 2011</c>, <c>at the end of June 2013</c>, <c>around 2012</c>.
    /// </summary>
    /// <returns>An English phrase, culture-invariant.</returns>
    public string ToProse()
    {
        switch (Modifier)
        {
            case TemporalModifier.Start:
                return "at the start of " + Bare();
            case TemporalModifier.Mid:
                return "in the middle of " + Bare();
            case TemporalModifier.End:
                return "at the end of " + Bare();
            case TemporalModifier.Approx:
                return "around " + Bare();
            case TemporalModifier.Before:
                return Start is { } s ? "before " + Words(s)
                    : End!.Value.Precision == DatePrecision.Day ? "before " + Words(End.Value) : "before the end of " + Words(End.Value);
            case TemporalModifier.After:
                return End is { } e ? "after " + Words(e)
                    : Start!.Value.Precision == DatePrecision.Day ? "after " + Words(Start.Value) : "after the start of " + Words(Start.Value);
            default:
                if (IsPoint)
                {
                    return (Start!.Value.Precision == DatePrecision.Day ? "on " : "in ") + Words(Start.Value);
                }

                return Start is null ? "until " + Words(End!.Value) : End is null ? "since " + Words(Start.Value) : FromTo(Start.Value, End.Value);
        }
    }

    internal static string Words(PartialDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            DatePrecision.Year => year,
            DatePrecision.Half => "the " + Ordinals[date.Half!.Value - 1] + " half of " + year,
            DatePrecision.Quarter => "the " + Ordinals[date.Quarter!.Value - 1] + " quarter of " + year,
            DatePrecision.Month => MonthNames[date.Month!.Value - 1] + " " + year,
            _ => date.Day!.Value.ToString(CultureInfo.InvariantCulture) + " " + MonthNames[date.Month!.Value - 1] + " " + year,
        };
    }

    private static string FromTo(PartialDate start, PartialDate end) =>
        start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year && start.Month == end.Month
            ? "from " + start.Day!.Value.ToString(CultureInfo.InvariantCulture) + " to " + Words(end)
            : "from " + Words(start) + " to " + Words(end);

    private string Bare()
    {
        if (IsPoint)
        {
            return Words(Start!.Value);
        }

        return Start is null ? "the period until " + Words(End!.Value) : End is null ? "the period since " + Words(Start.Value) : "the period " + FromTo(Start.Value, End.Value);
    }

    // The codes are the generator's (src/Common/ClosedLists.cs): code i is the modifier i + 1, after None.
    private static string Code(TemporalModifier modifier) =>
        modifier > TemporalModifier.None && (int)modifier <= ClosedLists.TimeModifiers.Length
            ? ClosedLists.TimeModifiers[(int)modifier - 1]
            : ((int)modifier).ToString(CultureInfo.InvariantCulture);

    private static bool TryModifier(string code, out TemporalModifier modifier)
    {
        modifier = (TemporalModifier)(ClosedLists.IndexOf(ClosedLists.TimeModifiers, code) + 1);
        return modifier != TemporalModifier.None;
    }
}
