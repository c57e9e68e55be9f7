using System;
using System.Globalization;
using Dataset.Common;

namespace Dataset;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>A calendar year, written <c>2013</c>.</summary>
    Year = 0,

    /// <summary>A half year, written <c>2013-H2</c>.</summary>
    Half = 1,

    /// <summary>A quarter, written <c>2013-Q3</c>.</summary>
    Quarter = 2,

    /// <summary>A month, written <c>2013-07</c>.</summary>
    Month = 3,

    /// <summary>A day, written <c>2013-07-08</c>.</summary>
    Day = 4,
}

/// <summary>
/// A calendar date known to a given precision: a year, half, quarter, month or day (TIMEX3 values such as
/// <c>2013</c>, <c>2013-H2</c>, <c>2013-Q3</c>, <c>2013-07</c>, <c>2013-07-08</c>).
/// </summary>
/// <remarks>
/// A partial date denotes the whole period it names: <c>2013-H2</c> covers 1 July to 31 December 2013.
/// The canonical order (<see cref="CompareTo"/>) sorts by first day, then wider periods before narrower ones,
/// so <c>2013</c> sorts before <c>2013-01</c>, which sorts before <c>2013-01-01</c>.
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private readonly short _year;
    private readonly byte _precision;
    private readonly byte _part;
    private readonly byte _day;

    private PartialDate(int year, DatePrecision precision, int part, int day)
    {
        _year = (short)year;
        _precision = (byte)precision;
        _part = (byte)part;
        _day = (byte)day;
    }

    /// <summary>The year (1 to 9999).</summary>
    public int Year => _year;

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => (DatePrecision)_precision;

    /// <summary>The half (1 or 2) for <see cref="DatePrecision.Half"/>; otherwise <see langword="null"/>.</summary>
    public int? Half => Precision == DatePrecision.Half ? _part : null;

    /// <summary>The quarter (1 to 4) for <see cref="DatePrecision.Quarter"/>; otherwise <see langword="null"/>.</summary>
    public int? Quarter => Precision == DatePrecision.Quarter ? _part : null;

    /// <summary>The month (1 to 12) for <see cref="DatePrecision.Month"/> and <see cref="DatePrecision.Day"/>; otherwise <see langword="null"/>.</summary>
    public int? Month => Precision >= DatePrecision.Month ? _part : null;

    /// <summary>The day of the month for <see cref="DatePrecision.Day"/>; otherwise <see langword="null"/>.</summary>
    public int? Day => Precision == DatePrecision.Day ? _day : null;

    /// <summary>The first day of the period, at midnight (<see cref="DateTimeKind.Unspecified"/>).</summary>
    public DateTime FirstDay => Precision switch
    {
        DatePrecision.Year => new DateTime(Year, 1, 1),
        DatePrecision.Half => new DateTime(Year, _part == 1 ? 1 : 7, 1),
        DatePrecision.Quarter => new DateTime(Year, ((_part - 1) * 3) + 1, 1),
        DatePrecision.Month => new DateTime(Year, _part, 1),
        _ => new DateTime(Year, _part, _day),
    };

    /// <summary>The last day of the period (inclusive), at midnight.</summary>
    public DateTime LastDay => Precision switch
    {
        DatePrecision.Year => new DateTime(Year, 12, 31),
        DatePrecision.Half => _part == 1 ? new DateTime(Year, 6, 30) : new DateTime(Year, 12, 31),
        DatePrecision.Quarter => EndOfMonth(Year, _part * 3),
        DatePrecision.Month => EndOfMonth(Year, _part),
        _ => new DateTime(Year, _part, _day),
    };

    /// <summary>Creates a year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The partial date <c>yyyy</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate OfYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, DatePrecision.Year, 0, 0);
    }

    /// <summary>Creates a half year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">1 for January to June, 2 for July to December.</param>
    /// <returns>The partial date <c>yyyy-Hn</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PartialDate OfHalf(int year, int half)
    {
        CheckYear(year);
        CheckRange(half, 1, 2, nameof(half));
        return new PartialDate(year, DatePrecision.Half, half, 0);
    }

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The partial date <c>yyyy-Qn</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PartialDate OfQuarter(int year, int quarter)
    {
        CheckYear(year);
        CheckRange(quarter, 1, 4, nameof(quarter));
        return new PartialDate(year, DatePrecision.Quarter, quarter, 0);
    }

    /// <summary>Creates a month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The partial date <c>yyyy-mm</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PartialDate OfMonth(int year, int month)
    {
        CheckYear(year);
        CheckRange(month, 1, 12, nameof(month));
        return new PartialDate(year, DatePrecision.Month, month, 0);
    }

    /// <summary>Creates a day.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month; must exist in that month (no 30 February).</param>
    /// <returns>The partial date <c>yyyy-mm-dd</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PartialDate OfDay(int year, int month, int day)
    {
        CheckYear(year);
        CheckRange(month, 1, 12, nameof(month));
        CheckRange(day, 1, DateTime.DaysInMonth(year, month), nameof(day));
        return new PartialDate(year, DatePrecision.Day, month, day);
    }

    /// <summary>Whether the whole period of <paramref name="other"/> lies within this period.</summary>
    /// <param name="other">The date to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts and ends inside this period.</returns>
    public bool Contains(PartialDate other) => FirstDay <= other.FirstDay && other.LastDay <= LastDay;

    /// <summary>Whether this period and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The date to test.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(PartialDate other) => FirstDay <= other.LastDay && other.FirstDay <= LastDay;

    /// <summary>Parses a TIMEX3 date value: <c>2013</c>, <c>2013-H2</c>, <c>2013-Q3</c>, <c>2013-07</c> or <c>2013-07-08</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a valid partial date.</exception>
    public static PartialDate Parse(string text)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        throw new FormatException($"'{text}' is not a partial date such as 2013, 2013-H2, 2013-Q3, 2013-07 or 2013-07-08.");
    }

    /// <summary>Tries to parse a TIMEX3 date value; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The parsed date, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid, existing partial date.</returns>
    public static bool TryParse(string? text, out PartialDate value)
    {
        // The grammar is shared with the generator (src/Common/DateGrammar.cs), so what it accepts is what this reads.
        value = default;
        if (!DateGrammar.TryParse(text, out var year, out var precision, out var part, out var day, out _))
        {
            return false;
        }

        value = From(new DateParts(year, precision, part, day));
        return true;
    }

    /// <summary>The date the shared grammar parsed (its precisions are this type's <see cref="DatePrecision"/> values).</summary>
    internal static PartialDate From(DateParts parts) => new(parts.Year, (DatePrecision)parts.Precision, parts.Part, parts.Day);

    /// <summary>The canonical TIMEX3 value, which <see cref="Parse"/> reads back.</summary>
    /// <returns>For example <c>2013-H2</c>.</returns>
    public override string ToString()
    {
        var y = Year.ToString("D4", CultureInfo.InvariantCulture);
        return Precision switch
        {
            DatePrecision.Year => y,
            DatePrecision.Half => y + "-H" + _part.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Quarter => y + "-Q" + _part.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => y + "-" + _part.ToString("D2", CultureInfo.InvariantCulture),
            _ => y + "-" + _part.ToString("D2", CultureInfo.InvariantCulture) + "-" + _day.ToString("D2", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Canonical order: by first day, then wider periods first.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PartialDate other)
    {
        var c = FirstDay.CompareTo(other.FirstDay);
        return c != 0 ? c : other.LastDay.CompareTo(LastDay);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj is PartialDate other
        ? CompareTo(other)
        : throw new ArgumentException("The object is not a PartialDate.", nameof(obj));

    /// <summary>Whether both values name the same period at the same precision.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PartialDate other) =>
        _year == other._year && _precision == other._precision && _part == other._part && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_year << 16) | (_precision << 13) | (_part << 5) | _day;

    /// <summary>Equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Canonical order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Canonical order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Canonical order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Canonical order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static DateTime EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static void CheckYear(int year) => CheckRange(year, 1, 9999, nameof(year));

    private static void CheckRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max}.");
        }
    }
}
