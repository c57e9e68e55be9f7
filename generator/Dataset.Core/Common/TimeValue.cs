using System;

namespace Dataset.Core.Common;

/// <summary>A partial date as the generator checks it: the same TIMEX3 forms the runtime's PartialDate reads.</summary>
internal readonly record struct DateValue(int Year, int Precision, int Part, int Day)
{
    // Precision: 0 year, 1 half, 2 quarter, 3 month, 4 day (the runtime's DatePrecision values).
    public DateTime First => Precision switch
    {
        0 => new DateTime(Year, 1, 1),
        1 => new DateTime(Year, Part == 1 ? 1 : 7, 1),
        2 => new DateTime(Year, ((Part - 1) * 3) + 1, 1),
        3 => new DateTime(Year, Part, 1),
        _ => new DateTime(Year, Part, Day),
    };

    public DateTime Last => Precision switch
    {
        0 => new DateTime(Year, 12, 31),
        1 => Part == 1 ? new DateTime(Year, 6, 30) : new DateTime(Year, 12, 31),
        2 => new DateTime(Year, Part * 3, DateTime.DaysInMonth(Year, Part * 3)),
        3 => new DateTime(Year, Part, DateTime.DaysInMonth(Year, Part)),
        _ => new DateTime(Year, Part, Day),
    };

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
            return new DateValue(year, 0, 0, 0);
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

            return new DateValue(year, half ? 1 : 2, n, 0);
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
                return new DateValue(year, 3, month, 0);
            }

            if (text.Length == 10 && text[7] == '-' && Digits(text, 8, 2, out var day))
            {
                var days = DateTime.DaysInMonth(year, month);
                if (day < 1 || day > days)
                {
                    error = "that day does not exist: " + text.Substring(0, 7) + " has " + days + " days";
                    return null;
                }

                return new DateValue(year, 4, month, day);
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

/// <summary>A checked time value: a point or an interval with open ends.</summary>
internal readonly record struct TimeValue(DateValue? Start, DateValue? End)
{
    public static TimeValue? Parse(string text, out string? error)
    {
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            var point = DateValue.Parse(text, out error);
            return point is { } p ? new TimeValue(p, p) : null;
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

        return new TimeValue(start, end);
    }
}
