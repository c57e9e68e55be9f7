using System;
using System.Collections.Generic;

namespace Dataset;

// The numeric values are stored in the generated fact streams: never renumber a member.

/// <summary>A TIMEX3-style modifier that qualifies a <see cref="TemporalValue"/>.</summary>
public enum TemporalModifier
{
    /// <summary>No modifier: the value means the period itself.</summary>
    None = 0,

    /// <summary>The start of the period ("at the beginning of July").</summary>
    Start = 1,

    /// <summary>The middle of the period ("in mid-2013").</summary>
    Mid = 2,

    /// <summary>The end of the period ("at the end of June").</summary>
    End = 3,

    /// <summary>Approximately the period ("around 2012").</summary>
    Approx = 4,

    /// <summary>Before the period.</summary>
    Before = 5,

    /// <summary>After the period.</summary>
    After = 6,
}

/// <summary>
/// When something happened: a single <see cref="PartialDate"/> (a point of any precision) or an interval whose
/// ends may be open, with an optional <see cref="TemporalModifier"/>. Written <c>2013-01</c>,
/// <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>.
/// </summary>
public sealed class TemporalValue : IEquatable<TemporalValue>, IComparable<TemporalValue>
{
    private const string OpenEnd = "..";

    private TemporalValue(PartialDate? start, PartialDate? end, TemporalModifier modifier)
    {
        Start = start;
        End = end;
        Modifier = modifier;
    }

    /// <summary>The start, or <see langword="null"/> when the interval is open at the start.</summary>
    public PartialDate? Start { get; }

    /// <summary>The end, or <see langword="null"/> when the interval is open at the end (ongoing, "since 2011").</summary>
    public PartialDate? End { get; }

    /// <summary>The modifier; <see cref="TemporalModifier.None"/> by default.</summary>
    public TemporalModifier Modifier { get; }

    /// <summary>Whether this is a single partial date rather than an interval.</summary>
    public bool IsPoint => Start.HasValue && End.HasValue && Start.Value == End.Value;

    /// <summary>The earliest day this value can cover, or <see langword="null"/> when open at the start.</summary>
    public DateTime? EarliestDay => Start?.FirstDay;

    /// <summary>The latest day this value can cover, or <see langword="null"/> when open at the end.</summary>
    public DateTime? LatestDay => End?.LastDay;

    /// <summary>A single partial date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="modifier">An optional modifier.</param>
    /// <returns>The value.</returns>
    public static TemporalValue Point(PartialDate date, TemporalModifier modifier = TemporalModifier.None) =>
        new(date, date, modifier);

    /// <summary>An interval; either end may be open (<see langword="null"/>), not both.</summary>
    /// <param name="start">The start, or <see langword="null"/> for an open start.</param>
    /// <param name="end">The end, or <see langword="null"/> for an open end.</param>
    /// <param name="modifier">An optional modifier.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">Both ends are open, or the end lies before the start.</exception>
    public static TemporalValue Interval(PartialDate? start, PartialDate? end, TemporalModifier modifier = TemporalModifier.None)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("An interval needs at least one end.", nameof(end));
        }

        if (start is { } s && end is { } e && e.LastDay < s.FirstDay)
        {
            throw new ArgumentException($"The interval {s}/{e} ends before it starts.", nameof(end));
        }

        return new TemporalValue(start, end, modifier);
    }

    /// <summary>Parses <c>2013-01</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="modifier">An optional modifier.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a valid temporal value.</exception>
    public static TemporalValue Parse(string text, TemporalModifier modifier = TemporalModifier.None)
    {
        if (TryParse(text, out var value, modifier))
        {
            return value!;
        }

        throw new FormatException($"'{text}' is not a temporal value such as 2013-01, 2013-07-08/2013-07-12, 2011/.. or ../2013.");
    }

    /// <summary>Tries to parse a temporal value; see <see cref="Parse"/>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="value">The parsed value, or <see langword="null"/>.</param>
    /// <param name="modifier">An optional modifier.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(string? text, out TemporalValue? value, TemporalModifier modifier = TemporalModifier.None)
    {
        value = null;
        if (text is null)
        {
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!PartialDate.TryParse(text, out var point))
            {
                return false;
            }

            value = Point(point, modifier);
            return true;
        }

        var left = text.Substring(0, slash);
        var right = text.Substring(slash + 1);
        PartialDate? start = null, end = null;
        if (left != OpenEnd)
        {
            if (!PartialDate.TryParse(left, out var s))
            {
                return false;
            }

            start = s;
        }

        if (right != OpenEnd)
        {
            if (!PartialDate.TryParse(right, out var e))
            {
                return false;
            }

            end = e;
        }

        if ((start is null && end is null) || (start is { } a && end is { } b && b.LastDay < a.FirstDay))
        {
            return false;
        }

        value = new TemporalValue(start, end, modifier);
        return true;
    }

    /// <summary>Whether <paramref name="date"/> lies entirely within this value (open ends extend without limit).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(PartialDate date) =>
        (EarliestDay is not { } first || first <= date.FirstDay) && (LatestDay is not { } last || date.LastDay <= last);

    /// <summary>Whether <paramref name="other"/> lies entirely within this value.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(TemporalValue other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        var startOk = EarliestDay is not { } first || (other.EarliestDay is { } otherFirst && first <= otherFirst);
        var endOk = LatestDay is not { } last || (other.LatestDay is { } otherLast && otherLast <= last);
        return startOk && endOk;
    }

    /// <summary>Whether this value and <paramref name="other"/> can share a day.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TemporalValue other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        return !IsDefinitelyBefore(other) && !other.IsDefinitelyBefore(this);
    }

    /// <summary>Whether this value certainly ends before <paramref name="other"/> begins, whatever the imprecision.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> only when every day this value can cover precedes every day of <paramref name="other"/>.</returns>
    public bool IsDefinitelyBefore(TemporalValue other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        return LatestDay is { } last && other.EarliestDay is { } otherFirst && last < otherFirst;
    }

    /// <summary>
    /// The Allen interval relation between this value and <paramref name="other"/>, taking imprecision into account:
    /// a value of month precision may be any stretch of days within that month, an open end may lie anywhere beyond.
    /// Returns <see cref="TemporalRelation.Indeterminate"/> when the precision does not allow a single verdict
    /// (2013-01 against 2013), and for values with the <see cref="TemporalModifier.Approx"/> modifier.
    /// <see cref="TemporalModifier.Before"/> and <see cref="TemporalModifier.After"/> mean the days before the value's
    /// first day or after its last; the other modifiers narrow within the value and are treated as the whole value.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>The one relation every reading of both values agrees on, or <see cref="TemporalRelation.Indeterminate"/>.</returns>
    public TemporalRelation Relate(TemporalValue other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (Modifier == TemporalModifier.Approx || other.Modifier == TemporalModifier.Approx)
        {
            return TemporalRelation.Indeterminate;
        }

        var a = Bounds();
        var b = other.Bounds();
        var found = TemporalRelation.Indeterminate;
        foreach (var s1s2 in Signs(a.StartMin, a.StartMax, b.StartMin, b.StartMax))
        {
            foreach (var e1e2 in Signs(a.EndMin, a.EndMax, b.EndMin, b.EndMax))
            {
                foreach (var e1s2 in Signs(a.EndMin, a.EndMax, b.StartMin, b.StartMax))
                {
                    foreach (var s1e2 in Signs(a.StartMin, a.StartMax, b.EndMin, b.EndMax))
                    {
                        if (!Consistent(s1s2, e1e2, e1s2, s1e2))
                        {
                            continue;
                        }

                        var relation = Classify(s1s2, e1e2, e1s2, s1e2);
                        if (found != TemporalRelation.Indeterminate && found != relation)
                        {
                            return TemporalRelation.Indeterminate;
                        }

                        found = relation;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The canonical order: by earliest possible day (an open start first), then by latest possible day (an open end
    /// last), then coarser precision first (start, then end), then by modifier. Consistent with
    /// <see cref="Equals(TemporalValue)"/>: only equal values compare as 0.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(TemporalValue? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Compare(EarliestDay, other.EarliestDay, openFirst: true);
        if (c == 0)
        {
            c = Compare(LatestDay, other.LatestDay, openFirst: false);
        }

        if (c == 0)
        {
            c = Precision(Start).CompareTo(Precision(other.Start));
        }

        if (c == 0)
        {
            c = Precision(End).CompareTo(Precision(other.End));
        }

        return c != 0 ? c : Modifier.CompareTo(other.Modifier);
    }

    private static int Compare(DateTime? x, DateTime? y, bool openFirst)
    {
        if (x is null || y is null)
        {
            return x is null == y is null ? 0 : (x is null == openFirst ? -1 : 1);
        }

        return x.Value.CompareTo(y.Value);
    }

    private static int Precision(PartialDate? date) => date is { } d ? (int)d.Precision : -1;

    // Day numbers of the possible start and (exclusive) end of the real interval; ±Open for an unbounded side.
    private (long StartMin, long StartMax, long EndMin, long EndMax) Bounds()
    {
        const long Open = long.MaxValue / 2;
        long first = Start is { } s ? DayNumber(s.FirstDay) : -Open;
        long last = End is { } e ? DayNumber(e.LastDay) + 1 : Open;
        long startLast = Start is { } s2 ? DayNumber(s2.LastDay) : last - 1;
        long endFirst = End is { } e2 ? DayNumber(e2.FirstDay) + 1 : first + 1;
        switch (Modifier)
        {
            case TemporalModifier.Before:
                // Some stretch of days wholly before the value's first day.
                return (-Open, first - 1, -Open + 1, first);
            case TemporalModifier.After:
                // Some stretch of days wholly after the value's last day.
                return (last, Open - 1, last + 1, Open);
            default:
                // A start within the start's period, an end within the end's period; a point may be any stretch within it.
                return (first, IsPoint ? last - 1 : startLast, IsPoint ? first + 1 : endFirst, last);
        }
    }

    private static long DayNumber(DateTime day) => day.Ticks / TimeSpan.TicksPerDay;

    // The possible signs of x - y for x in [x0, x1] and y in [y0, y1]: -1, 0, +1.
    private static IEnumerable<int> Signs(long x0, long x1, long y0, long y1)
    {
        if (x0 < y1)
        {
            yield return -1;
        }

        if (x0 <= y1 && y0 <= x1)
        {
            yield return 0;
        }

        if (x1 > y0)
        {
            yield return 1;
        }
    }

    // Rules out sign combinations no two real intervals (start before end) can produce.
    private static bool Consistent(int s1s2, int e1e2, int e1s2, int s1e2)
    {
        if (e1s2 <= 0 && (s1s2 >= 0 || e1e2 >= 0 || s1e2 >= 0))
        {
            return false; // ends no later than the other starts: starts and ends first
        }

        if (s1e2 >= 0 && (s1s2 <= 0 || e1e2 <= 0 || e1s2 <= 0))
        {
            return false; // starts no earlier than the other ends: starts and ends after
        }

        if (s1s2 >= 0 && e1s2 <= 0)
        {
            return false;
        }

        return !(e1e2 <= 0 && s1e2 >= 0);
    }

    private static TemporalRelation Classify(int s1s2, int e1e2, int e1s2, int s1e2)
    {
        if (e1s2 < 0)
        {
            return TemporalRelation.Before;
        }

        if (e1s2 == 0)
        {
            return TemporalRelation.Meets;
        }

        if (s1e2 > 0)
        {
            return TemporalRelation.After;
        }

        if (s1e2 == 0)
        {
            return TemporalRelation.MetBy;
        }

        return (s1s2, e1e2) switch
        {
            (0, 0) => TemporalRelation.Equals,
            (0, < 0) => TemporalRelation.Starts,
            (0, > 0) => TemporalRelation.StartedBy,
            (> 0, 0) => TemporalRelation.Finishes,
            (< 0, 0) => TemporalRelation.FinishedBy,
            (> 0, < 0) => TemporalRelation.During,
            (< 0, > 0) => TemporalRelation.Contains,
            (< 0, < 0) => TemporalRelation.Overlaps,
            _ => TemporalRelation.OverlappedBy,
        };
    }

    /// <summary>The canonical value: <c>2013-01</c>, <c>2013-07-08/2013-07-12</c>, <c>2011/..</c>; the modifier is not included.</summary>
    /// <returns>The value, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => IsPoint
        ? Start!.Value.ToString()
        : (Start?.ToString() ?? OpenEnd) + "/" + (End?.ToString() ?? OpenEnd);

    /// <summary>Whether both values have the same ends and modifier.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(TemporalValue? other) =>
        other is not null && Start == other.Start && End == other.End && Modifier == other.Modifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TemporalValue);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((Start?.GetHashCode() ?? 0) * 397) ^ ((End?.GetHashCode() ?? 0) * 31) ^ (int)Modifier;
}

/// <summary>
/// The thirteen relations of Allen's interval algebra between two time values, read at day granularity, plus
/// <see cref="Indeterminate"/> when the values' precision allows more than one.
/// </summary>
public enum TemporalRelation
{
    /// <summary>The precision of the values allows more than one relation.</summary>
    Indeterminate = 0,

    /// <summary>Ends at least a day before the other starts.</summary>
    Before,

    /// <summary>Ends the day before the other starts.</summary>
    Meets,

    /// <summary>Starts first and ends while the other is going on.</summary>
    Overlaps,

    /// <summary>Starts on the same day as the other and ends first.</summary>
    Starts,

    /// <summary>Lies strictly within the other.</summary>
    During,

    /// <summary>Ends on the same day as the other and starts later.</summary>
    Finishes,

    /// <summary>Covers the same days.</summary>
    Equals,

    /// <summary>Ends on the same day as the other and starts first.</summary>
    FinishedBy,

    /// <summary>The other lies strictly within it.</summary>
    Contains,

    /// <summary>Starts on the same day as the other and ends later.</summary>
    StartedBy,

    /// <summary>Starts while the other is going on and ends later.</summary>
    OverlappedBy,

    /// <summary>Starts the day after the other ends.</summary>
    MetBy,

    /// <summary>Starts at least a day after the other ends.</summary>
    After,
}
