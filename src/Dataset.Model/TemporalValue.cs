using System;

namespace Dataset;

/// <summary>A TIMEX3-style modifier that qualifies a <see cref="TemporalValue"/>.</summary>
public enum TemporalModifier
{
    /// <summary>No modifier: the value means the period itself.</summary>
    None = 0,

    /// <summary>The start of the period ("at the beginning of July").</summary>
    Start,

    /// <summary>The middle of the period ("in mid-2013").</summary>
    Mid,

    /// <summary>The end of the period ("at the end of June").</summary>
    End,

    /// <summary>Approximately the period ("around 2012").</summary>
    Approx,

    /// <summary>Before the period.</summary>
    Before,

    /// <summary>After the period.</summary>
    After,
}

/// <summary>
/// When something happened: a single <see cref="PartialDate"/> (a point of any precision) or an interval whose
/// ends may be open, with an optional <see cref="TemporalModifier"/>. Written <c>2013-01</c>,
/// <c>2013-07-08/2013-07-12</c>, <c>2011/..</c> or <c>../2013</c>.
/// </summary>
public sealed class TemporalValue : IEquatable<TemporalValue>
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
