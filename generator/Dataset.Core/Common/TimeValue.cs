using System;
using Dataset.Common;

namespace Dataset.Core.Common;

/// <summary>How precise a date is. The values are the runtime's <c>DatePrecision</c> values (a test keeps them equal).</summary>
internal enum Precision
{
    /// <summary>A year: <c>2013</c>.</summary>
    Year = 0,

    /// <summary>A half year: <c>2013-H2</c>.</summary>
    Half = 1,

    /// <summary>A quarter: <c>2013-Q3</c>.</summary>
    Quarter = 2,

    /// <summary>A month: <c>2013-07</c>.</summary>
    Month = 3,

    /// <summary>A day: <c>2013-07-08</c>.</summary>
    Day = 4,
}

/// <summary>
/// A partial date as the generator checks it: the same TIMEX3 forms the runtime's PartialDate reads.
/// <paramref name="Part"/> is the half (1–2), quarter (1–4) or month (1–12), 0 for a year.
/// </summary>
internal readonly record struct DateValue(int Year, Precision Precision, int Part, int Day)
{
    /// <summary>The first day the date covers.</summary>
    public DateTime First => Parts().First;

    /// <summary>The last day the date covers.</summary>
    public DateTime Last => Parts().Last;

    /// <summary>The date as written in the data: <c>2013</c>, <c>2013-H2</c>, <c>2013-Q3</c>, <c>2013-07</c> or <c>2013-07-08</c>.</summary>
    public override string ToString()
    {
        var year = Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var part = Part.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Precision switch
        {
            Precision.Year => year,
            Precision.Half => year + "-H" + part,
            Precision.Quarter => year + "-Q" + part,
            Precision.Month => year + "-" + Part.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            _ => year + "-" + Part.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private DateParts Parts() => new(Year, (int)Precision, Part, Day);

    /// <summary>Parses a date, or says what is wrong with it (the grammar is the runtime's: <see cref="DateGrammar"/>).</summary>
    public static DateValue? Parse(string text, out string? error) =>
        DateGrammar.TryParse(text, out var year, out var precision, out var part, out var day, out error)
            ? new DateValue(year, (Precision)precision, part, day)
            : null;
}

/// <summary>
/// A checked time value, parsed once when the file is read: a point (<see cref="IsInterval"/> false, both ends the same
/// date) or an interval, whose ends may be open (null).
/// </summary>
internal readonly record struct TimeValue(DateValue? Start, DateValue? End, bool IsInterval)
{
    /// <summary>Parses <c>2013-07</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>, or says what is wrong (the runtime's grammar: <see cref="DateGrammar"/>).</summary>
    public static TimeValue? Parse(string text, out string? error) =>
        DateGrammar.TryParseTime(text, out var start, out var end, out var isInterval, out error)
            ? new TimeValue(Date(start), Date(end), isInterval)
            : null;

    private static DateValue? Date(DateParts? parts) =>
        parts is { } p ? new DateValue(p.Year, (Precision)p.Precision, p.Part, p.Day) : null;
}
