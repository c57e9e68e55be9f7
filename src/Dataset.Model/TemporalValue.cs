using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataset;

// The numeric values are stored in the generated fact streams: never renumber a member.

/// <summary>
/// A TIMEX3-style modifier that qualifies a <see cref="TemporalValue"/>; written before the value, as in
/// <c>before 2011</c> or <c>end 2013-06</c>. Each one changes the set of days the value may denote; see
/// <see cref="TemporalValue"/> and <c>docs/time-semantics.md</c>.
/// </summary>
public enum TemporalModifier
{
    /// <summary>No modifier: the value means the period itself.</summary>
    None = 0,

    /// <summary>
    /// The start of the period ("at the beginning of July", <c>start 2013-07</c>): some stretch of days within the
    /// first third of the period's days (rounded up).
    /// </summary>
    Start = 1,

    /// <summary>
    /// The middle of the period ("in mid-2013", <c>mid 2013</c>): some stretch of days within the period less a third
    /// of its days (rounded down) at each side.
    /// </summary>
    Mid = 2,

    /// <summary>
    /// The end of the period ("at the end of June", <c>end 2013-06</c>): some stretch of days within the last third of
    /// the period's days (rounded up).
    /// </summary>
    End = 3,

    /// <summary>
    /// Approximately the period ("around 2012", <c>approx 2012</c>): the period with each of its dates widened by one
    /// unit of that date's precision on both sides (around 2012 is some stretch within 2011 to 2013).
    /// </summary>
    Approx = 4,

    /// <summary>
    /// Before the period (<c>before 2011</c>): some stretch of days that ends before the period's first day; how long
    /// before is unknown.
    /// </summary>
    Before = 5,

    /// <summary>
    /// After the period (<c>after 2013</c>): some stretch of days that starts after the period's last day; how long
    /// after is unknown.
    /// </summary>
    After = 6,
}

/// <summary>
/// When something happened: a single <see cref="PartialDate"/> (a point of any precision) or an interval whose
/// ends may be open, with an optional <see cref="TemporalModifier"/>. Written <c>2013-01</c>,
/// <c>2013-07-08/2013-07-12</c>, <c>2011/..</c>, <c>../2013</c>, and with a modifier <c>before 2011</c>,
/// <c>end 2013-06</c> or <c>approx 2012</c> (<see cref="Parse(string, TemporalModifier)"/> reads what
/// <see cref="ToString"/> writes).
/// </summary>
/// <remarks>
/// <para>
/// <b>What a value denotes.</b> A value stands for one real stretch of days, from a first day to a last day, that the
/// data does not pin down exactly. It denotes every stretch it may be, described by two bounds: the days the stretch
/// may start on (<see cref="EarliestStart"/> to <see cref="LatestStart"/>) and the days it may end on
/// (<see cref="EarliestEnd"/> to <see cref="LatestEnd"/>).
/// </para>
/// <list type="bullet">
/// <item><c>2013-01</c>: some stretch within January 2013 (one day of it, or several, or all of it).</item>
/// <item><c>2013-07-08/2013-07-12</c>: starts on a day of the start's period and ends on a day of the end's period.</item>
/// <item><c>2011/..</c>: starts in 2011 and goes on: it covers every later day, as far as the data knows.
/// <c>../2013</c> likewise covers every day before it ends in 2013.</item>
/// <item>A modifier changes the stretch as <see cref="TemporalModifier"/> says: <c>before 2011</c> ends by
/// 31 December 2010 and may start at any time before; <c>end 2013-06</c> lies within 21 to 30 June 2013;
/// <c>approx 2012</c> lies within 2011 to 2013.</item>
/// </list>
/// <para>
/// <b>Questions.</b> Every question answers over all the stretches the value may be. The plain forms
/// (<see cref="IsWithin(PartialDate)"/>, <see cref="Contains(PartialDate)"/>, <see cref="Overlaps(PartialDate)"/>)
/// answer <see langword="true"/> only when it is certain: every stretch gives yes. The <c>May</c> forms
/// (<see cref="MayBeWithin(PartialDate)"/>, <see cref="MayContain(PartialDate)"/>, <see cref="MayOverlap(PartialDate)"/>)
/// answer <see langword="true"/> when it is possible: at least one stretch gives yes. A <see cref="PartialDate"/>
/// argument means its whole period, exactly; a <see cref="TemporalValue"/> argument means every stretch it may be.
/// <see cref="Relate"/> and <see cref="PossibleRelations"/> answer from the same bounds, so
/// <c>x.Contains(y)</c> is true exactly when every relation in <c>x.PossibleRelations(y)</c> is one of containing.
/// </para>
/// </remarks>
public sealed partial class TemporalValue : IEquatable<TemporalValue>, IComparable<TemporalValue>
{
    private const string OpenEnd = Common.DateGrammar.OpenEnd;

    // Day numbers are days since 0001-01-01. An open end lies at ±Open; the unknown far side of "before" and "after" at
    // ±Far, a little inside, so that a stretch before a date never starts on the "day" a value open at the start does.
    private const long Open = 1L << 40;
    private const long Far = Open - 8;

    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] Ordinals = { "first", "second", "third", "fourth" };

    private Bounds? _bounds;

    private TemporalValue(PartialDate? start, PartialDate? end, TemporalModifier modifier)
    {
        Start = start;
        End = end;
        Modifier = modifier;
    }

    /// <summary>The start as written, or <see langword="null"/> when the interval is open at the start.</summary>
    public PartialDate? Start { get; }

    /// <summary>The end as written, or <see langword="null"/> when the interval is open at the end (ongoing, "since 2011").</summary>
    public PartialDate? End { get; }

    /// <summary>The modifier; <see cref="TemporalModifier.None"/> by default.</summary>
    public TemporalModifier Modifier { get; }

    /// <summary>Whether this is a single partial date rather than an interval.</summary>
    public bool IsPoint => Start.HasValue && End.HasValue && Start.Value == End.Value;

    /// <summary>
    /// The earliest day the stretch may start on, modifier included, or <see langword="null"/> when there is no
    /// earliest day (open at the start, or <see cref="TemporalModifier.Before"/>).
    /// </summary>
    public DateTime? EarliestStart => ToDate(GetBounds().EarliestStart);

    /// <summary>
    /// The latest day the stretch may start on, modifier included, or <see langword="null"/> when it is open at the
    /// start (<c>../2013</c> covers every earlier day) or starts at some unknown time <see cref="TemporalModifier.After"/>
    /// the period.
    /// </summary>
    public DateTime? LatestStart => ToDate(GetBounds().LatestStart);

    /// <summary>
    /// The earliest day the stretch may end on, modifier included, or <see langword="null"/> when it is open at the end
    /// (<c>2011/..</c> covers every later day) or ends at some unknown time <see cref="TemporalModifier.Before"/> the period.
    /// </summary>
    public DateTime? EarliestEnd => ToDate(GetBounds().EarliestEnd);

    /// <summary>
    /// The latest day the stretch may end on, modifier included, or <see langword="null"/> when there is no latest day
    /// (open at the end, or <see cref="TemporalModifier.After"/>).
    /// </summary>
    public DateTime? LatestEnd => ToDate(GetBounds().LatestEnd);

    /// <summary>The earliest day this value may cover: <see cref="EarliestStart"/>.</summary>
    public DateTime? EarliestDay => EarliestStart;

    /// <summary>The latest day this value may cover: <see cref="LatestEnd"/>.</summary>
    public DateTime? LatestDay => LatestEnd;

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

    /// <summary>
    /// The canonical order, a total order consistent with <see cref="Equals(TemporalValue)"/>: by earliest possible
    /// start (no earliest start first: open starts, then <c>before</c> values), then by latest possible end (no latest
    /// end last), then by the start as written (open first), the end as written (open last), then by modifier.
    /// Only equal values compare as 0.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(TemporalValue? other)
    {
        if (other is null)
        {
            return 1;
        }

        var a = GetBounds();
        var b = other.GetBounds();
        var c = a.EarliestStart.CompareTo(b.EarliestStart);
        if (c == 0)
        {
            c = a.LatestEnd.CompareTo(b.LatestEnd);
        }

        if (c == 0)
        {
            c = Compare(Start, other.Start, openFirst: true);
        }

        if (c == 0)
        {
            c = Compare(End, other.End, openFirst: false);
        }

        return c != 0 ? c : Modifier.CompareTo(other.Modifier);
    }

    /// <summary>Whether both values are written the same: the same ends and modifier.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(TemporalValue? other) =>
        other is not null && Start == other.Start && End == other.End && Modifier == other.Modifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TemporalValue);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((Start?.GetHashCode() ?? 0) * 397) ^ ((End?.GetHashCode() ?? 0) * 31) ^ (int)Modifier;

    private static int Compare(PartialDate? x, PartialDate? y, bool openFirst)
    {
        if (x is null || y is null)
        {
            return x is null == y is null ? 0 : (x is null == openFirst ? -1 : 1);
        }

        return x.Value.CompareTo(y.Value);
    }
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
