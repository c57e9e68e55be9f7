using System;

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
    public DateTime First => Precision switch
    {
        Precision.Year => new DateTime(Year, 1, 1),
        Precision.Half => new DateTime(Year, Part == 1 ? 1 : 7, 1),
        Precision.Quarter => new DateTime(Year, ((Part - 1) * 3) + 1, 1),
        Precision.Month => new DateTime(Year, Part, 1),
        _ => new DateTime(Year, Part, Day),
    };

    /// <summary>The last day the date covers.</summary>
    public DateTime Last => Precision switch
    {
        Precision.Year => new DateTime(Year, 12, 31),
        Precision.Half => Part == 1 ? new DateTime(Year, 6, 30) : new DateTime(Year, 12, 31),
        Precision.Quarter => new DateTime(Year, Part * 3, DateTime.DaysInMonth(Year, Part * 3)),
        Precision.Month => new DateTime(Year, Part, DateTime.DaysInMonth(Year, Part)),
        _ => new DateTime(Year, Part, Day),
    };

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

    /// <summary>Parses a date, or says what is wrong with it.</summary>
    public static DateValue? Parse(string text, out string? error)
    {
        error = null;
        if (text.Length < 4 || !Digits(text, 0, 4, out var year) || year < 1)
        {
            error = "a date starts with a four-digit year";
            return null;
        }

        if (text.Length == 4)
        {
            return new DateValue(year, Precision.Year, 0, 0);
        }

        if (text[4] != '-')
        {
            error = "expected '-' after the year";
            return null;
        }

        if (text.Length == 7 && (text[5] == 'H' || text[5] == 'Q') && Digits(text, 6, 1, out var n))
        {
            var half = text[5] == 'H';
            if (n < 1 || n > (half ? 2 : 4))
            {
                error = half ? "a half is H1 or H2" : "a quarter is Q1 to Q4";
                return null;
            }

            return new DateValue(year, half ? Precision.Half : Precision.Quarter, n, 0);
        }

        if (text.Length >= 7 && Digits(text, 5, 2, out var month))
        {
            if (month < 1 || month > 12)
            {
                error = "the month must be 01 to 12";
                return null;
            }

            if (text.Length == 7)
            {
                return new DateValue(year, Precision.Month, month, 0);
            }

            if (text.Length == 10 && text[7] == '-' && Digits(text, 8, 2, out var day))
            {
                var days = DateTime.DaysInMonth(year, month);
                if (day < 1 || day > days)
                {
                    error = "that day does not exist: " + text.Substring(0, 7) + " has " + days + " days";
                    return null;
                }

                return new DateValue(year, Precision.Day, month, day);
            }
        }

        error = "use 2013, 2013-H2, 2013-Q3, 2013-07 or 2013-07-08";
        return null;
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

/// <summary>
/// A checked time value, parsed once when the file is read: a point (<see cref="IsInterval"/> false, both ends the same
/// date) or an interval, whose ends may be open (null).
/// </summary>
internal readonly record struct TimeValue(DateValue? Start, DateValue? End, bool IsInterval)
{
    /// <summary>Parses <c>2013-07</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>, or says what is wrong.</summary>
    public static TimeValue? Parse(string text, out string? error)
    {
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            var point = DateValue.Parse(text, out error);
            return point is { } p ? new TimeValue(p, p, false) : null;
        }

        var left = text.Substring(0, slash);
        var right = text.Substring(slash + 1);
        DateValue? start = null, end = null;
        error = null;
        if (left != "..")
        {
            start = DateValue.Parse(left, out error);
            if (start is null)
            {
                return null;
            }
        }

        if (right != "..")
        {
            end = DateValue.Parse(right, out error);
            if (end is null)
            {
                return null;
            }
        }

        if (start is null && end is null)
        {
            error = "an interval needs at least one end";
            return null;
        }

        if (start is { } s && end is { } e && e.Last < s.First)
        {
            error = "the interval ends before it starts; write the earlier date first";
            return null;
        }

        return new TimeValue(start, end, true);
    }
}
