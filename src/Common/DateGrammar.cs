using System;

namespace Dataset.Common;

// Compiled into both Dataset.Model (the runtime's PartialDate) and Dataset.Core (the generator's DateValue), as linked
// source, so that the grammar the generator checks is the grammar the runtime reads: one text, no parallel copy.

/// <summary>
/// The TIMEX3 partial dates of the data: <c>2013</c>, <c>2013-H2</c>, <c>2013-Q3</c>, <c>2013-07</c> and
/// <c>2013-07-08</c>. Precisions are numbered as the runtime's <c>DatePrecision</c>: 0 year, 1 half, 2 quarter,
/// 3 month, 4 day.
/// </summary>
internal static class DateGrammar
{
    /// <summary>A year.</summary>
    public const int Year = 0;

    /// <summary>A half year.</summary>
    public const int Half = 1;

    /// <summary>A quarter.</summary>
    public const int Quarter = 2;

    /// <summary>A month.</summary>
    public const int Month = 3;

    /// <summary>A day.</summary>
    public const int Day = 4;

    /// <summary>
    /// Parses a date: its year, precision, part (the half 1–2, quarter 1–4 or month 1–12; 0 for a year) and day
    /// (0 below day precision), or says what is wrong with it.
    /// </summary>
    public static bool TryParse(string? text, out int year, out int precision, out int part, out int day, out string? error)
    {
        year = precision = part = day = 0;
        error = null;
        if (text is null || text.Length < 4 || !Digits(text, 0, 4, out year) || year < 1)
        {
            error = "a date starts with a four-digit year";
            return false;
        }

        if (text.Length == 4)
        {
            precision = Year;
            return true;
        }

        if (text[4] != '-')
        {
            error = "expected '-' after the year";
            return false;
        }

        if (text.Length == 7 && (text[5] == 'H' || text[5] == 'Q') && Digits(text, 6, 1, out var n))
        {
            var half = text[5] == 'H';
            if (n < 1 || n > (half ? 2 : 4))
            {
                error = half ? "a half is H1 or H2" : "a quarter is Q1 to Q4";
                return false;
            }

            precision = half ? Half : Quarter;
            part = n;
            return true;
        }

        if (text.Length >= 7 && Digits(text, 5, 2, out var month))
        {
            if (month < 1 || month > 12)
            {
                error = "the month must be 01 to 12";
                return false;
            }

            if (text.Length == 7)
            {
                precision = Month;
                part = month;
                return true;
            }

            if (text.Length == 10 && text[7] == '-' && Digits(text, 8, 2, out var d))
            {
                var days = DateTime.DaysInMonth(year, month);
                if (d < 1 || d > days)
                {
                    error = "that day does not exist: " + text.Substring(0, 7) + " has " + days + " days";
                    return false;
                }

                precision = Day;
                part = month;
                day = d;
                return true;
            }
        }

        error = "use 2013, 2013-H2, 2013-Q3, 2013-07 or 2013-07-08";
        return false;
    }

    /// <summary>The text that stands for an open end of an interval: <c>2011/..</c>, <c>../2013</c>.</summary>
    public const string OpenEnd = "..";

    /// <summary>
    /// Parses a time value: a date (<paramref name="isInterval"/> false, both ends that date) or an interval
    /// <c>start/end</c> whose ends may be open (<c>..</c>, null), or says what is wrong with it.
    /// </summary>
    public static bool TryParseTime(string? text, out DateParts? start, out DateParts? end, out bool isInterval, out string? error)
    {
        start = end = null;
        isInterval = false;
        var slash = text?.IndexOf('/') ?? -1;
        if (slash < 0)
        {
            if (!TryParse(text, out var point, out error))
            {
                return false;
            }

            start = end = point;
            return true;
        }

        isInterval = true;
        var left = text!.Substring(0, slash);
        var right = text.Substring(slash + 1);
        error = null;
        if (left != OpenEnd)
        {
            if (!TryParse(left, out var s, out error))
            {
                return false;
            }

            start = s;
        }

        if (right != OpenEnd)
        {
            if (!TryParse(right, out var e, out error))
            {
                return false;
            }

            end = e;
        }

        if (start is null && end is null)
        {
            error = "an interval needs at least one end";
            return false;
        }

        if (start is { } first && end is { } last && last.Last < first.First)
        {
            error = "the interval ends before it starts; write the earlier date first";
            return false;
        }

        return true;
    }

    private static bool TryParse(string? text, out DateParts date, out string? error)
    {
        var ok = TryParse(text, out var year, out var precision, out var part, out var day, out error);
        date = new DateParts(year, precision, part, day);
        return ok;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}

/// <summary>A parsed date: its year, precision (see <see cref="DateGrammar"/>), part and day.</summary>
internal readonly struct DateParts
{
    public DateParts(int year, int precision, int part, int day)
    {
        Year = year;
        Precision = precision;
        Part = part;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The precision: 0 year, 1 half, 2 quarter, 3 month, 4 day.</summary>
    public int Precision { get; }

    /// <summary>The half (1–2), quarter (1–4) or month (1–12); 0 for a year.</summary>
    public int Part { get; }

    /// <summary>The day of the month at day precision, else 0.</summary>
    public int Day { get; }

    /// <summary>The first day the date covers.</summary>
    public DateTime First => Precision switch
    {
        DateGrammar.Year => new DateTime(Year, 1, 1),
        DateGrammar.Half => new DateTime(Year, Part == 1 ? 1 : 7, 1),
        DateGrammar.Quarter => new DateTime(Year, ((Part - 1) * 3) + 1, 1),
        DateGrammar.Month => new DateTime(Year, Part, 1),
        _ => new DateTime(Year, Part, Day),
    };

    /// <summary>The last day the date covers.</summary>
    public DateTime Last => Precision switch
    {
        DateGrammar.Year => new DateTime(Year, 12, 31),
        DateGrammar.Half => Part == 1 ? new DateTime(Year, 6, 30) : new DateTime(Year, 12, 31),
        DateGrammar.Quarter => new DateTime(Year, Part * 3, DateTime.DaysInMonth(Year, Part * 3)),
        DateGrammar.Month => new DateTime(Year, Part, DateTime.DaysInMonth(Year, Part)),
        _ => new DateTime(Year, Part, Day),
    };
}
