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
public sealed class TemporalValue : IEquatable<TemporalValue>, IComparable<TemporalValue>
{
    private const string OpenEnd = "..";

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

    /// <summary>
    /// Whether this value certainly lies within the year <paramref name="year"/>: "what happened in 2013?" is
    /// <c>e.Time?.IsWithin(2013) == true</c>.
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when every stretch this value may be lies within the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool IsWithin(int year) => IsWithin(PartialDate.OfYear(year));

    /// <summary>Whether this value certainly lies within the whole period of <paramref name="period"/>.</summary>
    /// <param name="period">The period, for example <c>PartialDate.OfMonth(2013, 7)</c>.</param>
    /// <returns><see langword="true"/> when every stretch this value may be lies within the period.</returns>
    public bool IsWithin(PartialDate period) => Within(GetBounds(), Bounds.Exact(period));

    /// <summary>Whether this value certainly lies within the days from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    /// <param name="first">The first period, for example <c>PartialDate.OfYear(2011)</c>.</param>
    /// <param name="last">The last period, for example <c>PartialDate.OfYear(2013)</c>.</param>
    /// <returns><see langword="true"/> when every stretch this value may be lies within those days.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> ends before <paramref name="first"/> starts.</exception>
    public bool IsWithin(PartialDate first, PartialDate last) => Within(GetBounds(), Bounds.Exact(first, last));

    /// <summary>Whether this value certainly lies within <paramref name="other"/>, whichever stretch each may be.</summary>
    /// <param name="other">The value to test against.</param>
    /// <returns><see langword="true"/> when certain; the same as <c>other.Contains(this)</c>.</returns>
    public bool IsWithin(TemporalValue other) => Within(GetBounds(), Of(other));

    /// <summary>Whether this value may lie within the year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be lies within the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool MayBeWithin(int year) => MayBeWithin(PartialDate.OfYear(year));

    /// <summary>Whether this value may lie within the whole period of <paramref name="period"/>.</summary>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be lies within the period.</returns>
    public bool MayBeWithin(PartialDate period) => MayBeWithin(GetBounds(), Bounds.Exact(period));

    /// <summary>Whether this value may lie within the days from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    /// <param name="first">The first period.</param>
    /// <param name="last">The last period.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be lies within those days.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> ends before <paramref name="first"/> starts.</exception>
    public bool MayBeWithin(PartialDate first, PartialDate last) => MayBeWithin(GetBounds(), Bounds.Exact(first, last));

    /// <summary>Whether this value may lie within <paramref name="other"/>.</summary>
    /// <param name="other">The value to test against.</param>
    /// <returns><see langword="true"/> when possible; the same as <c>other.MayContain(this)</c>.</returns>
    public bool MayBeWithin(TemporalValue other) => MayBeWithin(GetBounds(), Of(other));

    /// <summary>Whether this value certainly covers every day of the year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when every stretch this value may be covers the whole year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool Contains(int year) => Contains(PartialDate.OfYear(year));

    /// <summary>
    /// Whether this value certainly covers every day of <paramref name="date"/>'s period: an office held
    /// <c>2012-05-07/..</c> contains <c>2013-08-08</c>. To ask whether something happened in a period, use
    /// <see cref="IsWithin(PartialDate)"/> instead.
    /// </summary>
    /// <param name="date">The period to test.</param>
    /// <returns><see langword="true"/> when every stretch this value may be covers the whole period.</returns>
    public bool Contains(PartialDate date) => Within(Bounds.Exact(date), GetBounds());

    /// <summary>Whether this value certainly covers <paramref name="other"/>, whichever stretch each may be.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when certain; the same as <c>other.IsWithin(this)</c>.</returns>
    public bool Contains(TemporalValue other) => Within(Of(other), GetBounds());

    /// <summary>Whether this value may cover every day of the year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be covers the whole year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool MayContain(int year) => MayContain(PartialDate.OfYear(year));

    /// <summary>Whether this value may cover every day of <paramref name="date"/>'s period.</summary>
    /// <param name="date">The period to test.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be covers the whole period.</returns>
    public bool MayContain(PartialDate date) => MayBeWithin(Bounds.Exact(date), GetBounds());

    /// <summary>Whether this value may cover <paramref name="other"/>.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when possible; the same as <c>other.MayBeWithin(this)</c>.</returns>
    public bool MayContain(TemporalValue other) => MayBeWithin(Of(other), GetBounds());

    /// <summary>Whether this value certainly shares a day with the year <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when every stretch this value may be has a day in the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool Overlaps(int year) => Overlaps(PartialDate.OfYear(year));

    /// <summary>Whether this value certainly shares a day with <paramref name="date"/>'s period.</summary>
    /// <param name="date">The period to test.</param>
    /// <returns><see langword="true"/> when every stretch this value may be has a day in the period.</returns>
    public bool Overlaps(PartialDate date) => Overlap(GetBounds(), Bounds.Exact(date));

    /// <summary>Whether this value and <paramref name="other"/> certainly share a day, whichever stretch each may be.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when certain.</returns>
    public bool Overlaps(TemporalValue other) => Overlap(GetBounds(), Of(other));

    /// <summary>Whether this value may share a day with the year <paramref name="year"/>: "what may have been going on in 2013?".</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be has a day in the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public bool MayOverlap(int year) => MayOverlap(PartialDate.OfYear(year));

    /// <summary>Whether this value may share a day with <paramref name="date"/>'s period.</summary>
    /// <param name="date">The period to test.</param>
    /// <returns><see langword="true"/> when at least one stretch this value may be has a day in the period.</returns>
    public bool MayOverlap(PartialDate date) => MayOverlap(GetBounds(), Bounds.Exact(date));

    /// <summary>Whether this value and <paramref name="other"/> may share a day.</summary>
    /// <param name="other">The value to test.</param>
    /// <returns><see langword="true"/> when possible.</returns>
    public bool MayOverlap(TemporalValue other) => MayOverlap(GetBounds(), Of(other));

    /// <summary>Whether this value certainly ends before <paramref name="other"/> begins, whatever the imprecision.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>
    /// <see langword="true"/> only when every day this value may cover precedes every day <paramref name="other"/> may
    /// cover: every relation in <see cref="PossibleRelations"/> is <see cref="TemporalRelation.Before"/> or
    /// <see cref="TemporalRelation.Meets"/>.
    /// </returns>
    public bool IsDefinitelyBefore(TemporalValue other)
    {
        var o = Of(other);
        return GetBounds().LatestEnd < o.EarliestStart;
    }

    /// <summary>
    /// Every Allen relation (at day granularity) that some stretch this value may be has with some stretch
    /// <paramref name="other"/> may be, in the order of <see cref="TemporalRelation"/>; never empty.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>The possible relations, without <see cref="TemporalRelation.Indeterminate"/>.</returns>
    public IReadOnlyList<TemporalRelation> PossibleRelations(TemporalValue other)
    {
        var a = GetBounds();
        var b = Of(other);
        var found = new List<TemporalRelation>(13);
        for (var r = TemporalRelation.Before; r <= TemporalRelation.After; r++)
        {
            if (Feasible(a, b, r))
            {
                found.Add(r);
            }
        }

        return found.ToArray();
    }

    /// <summary>
    /// The Allen interval relation between this value and <paramref name="other"/>, taking imprecision and modifiers
    /// into account: the one relation in <see cref="PossibleRelations"/>, or <see cref="TemporalRelation.Indeterminate"/>
    /// when there are several (two things "in January 2013" may come in any order).
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>The one relation every reading of both values agrees on, or <see cref="TemporalRelation.Indeterminate"/>.</returns>
    public TemporalRelation Relate(TemporalValue other)
    {
        var possible = PossibleRelations(other);
        return possible.Count == 1 ? possible[0] : TemporalRelation.Indeterminate;
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

    private static string Code(TemporalModifier modifier) => modifier switch
    {
        TemporalModifier.Start => "start",
        TemporalModifier.Mid => "mid",
        TemporalModifier.End => "end",
        TemporalModifier.Approx => "approx",
        TemporalModifier.Before => "before",
        TemporalModifier.After => "after",
        _ => ((int)modifier).ToString(CultureInfo.InvariantCulture),
    };

    private static bool TryModifier(string code, out TemporalModifier modifier)
    {
        modifier = code switch
        {
            "start" => TemporalModifier.Start,
            "mid" => TemporalModifier.Mid,
            "end" => TemporalModifier.End,
            "approx" => TemporalModifier.Approx,
            "before" => TemporalModifier.Before,
            "after" => TemporalModifier.After,
            _ => TemporalModifier.None,
        };
        return modifier != TemporalModifier.None;
    }

    private static int Compare(PartialDate? x, PartialDate? y, bool openFirst)
    {
        if (x is null || y is null)
        {
            return x is null == y is null ? 0 : (x is null == openFirst ? -1 : 1);
        }

        return x.Value.CompareTo(y.Value);
    }

    private static Bounds Of(TemporalValue other) =>
        (other ?? throw new ArgumentNullException(nameof(other))).GetBounds();

    // Every stretch x may be lies within every stretch o may be.
    private static bool Within(Bounds x, Bounds o) => x.EarliestStart >= o.LatestStart && x.LatestEnd <= o.EarliestEnd;

    // Some stretch x may be lies within some stretch o may be.
    private static bool MayBeWithin(Bounds x, Bounds o) => x.LatestStart >= o.EarliestStart && x.EarliestEnd <= o.LatestEnd;

    // Every stretch x may be shares a day with every stretch o may be.
    private static bool Overlap(Bounds x, Bounds o) => x.LatestStart <= o.EarliestEnd && o.LatestStart <= x.EarliestEnd;

    // Some stretch x may be shares a day with some stretch o may be.
    private static bool MayOverlap(Bounds x, Bounds o) => x.EarliestStart <= o.LatestEnd && o.EarliestStart <= x.LatestEnd;

    private static long Day(DateTime day) => day.Ticks / TimeSpan.TicksPerDay;

    private static DateTime? ToDate(long day)
    {
        if (day <= -Far || day >= Far)
        {
            return null;
        }

        var max = Day(DateTime.MaxValue);
        return new DateTime((day < 0 ? 0 : day > max ? max : day) * TimeSpan.TicksPerDay);
    }

    private Bounds GetBounds() => _bounds ??= ComputeBounds();

    private Bounds ComputeBounds()
    {
        var earliestStart = Start is { } s ? Day(s.FirstDay) : -Open;
        var latestStart = Start is { } s2 ? Day(s2.LastDay) : -Open;
        var earliestEnd = End is { } e ? Day(e.FirstDay) : Open;
        var latestEnd = End is { } e2 ? Day(e2.LastDay) : Open;
        switch (Modifier)
        {
            case TemporalModifier.Approx:
                if (Start is { } a)
                {
                    earliestStart = Day(Widen(a, -1));
                    latestStart = Day(Widen(a, +1));
                }

                if (End is { } b)
                {
                    earliestEnd = Day(Widen(b, -1));
                    latestEnd = Day(Widen(b, +1));
                }

                break;
            case TemporalModifier.Start:
            case TemporalModifier.Mid:
            case TemporalModifier.End:
                if (earliestStart > -Open && latestEnd < Open)
                {
                    // A third of the days, rounded up at the start and end, rounded down at each side of the middle.
                    var first = earliestStart;
                    var last = latestEnd;
                    var n = last - first + 1;
                    (first, last) = Modifier switch
                    {
                        TemporalModifier.Start => (first, first + ((n + 2) / 3) - 1),
                        TemporalModifier.End => (last - ((n + 2) / 3) + 1, last),
                        _ => (first + (n / 3), last - (n / 3)),
                    };
                    return new Bounds(first, last, first, last);
                }

                break; // an open side has no length to divide: the modifier leaves the value as it is
            case TemporalModifier.Before:
                // Wholly before the first day; with an open start, before the last day (all the value says is that it started by then).
                var before = (earliestStart > -Open ? earliestStart : latestEnd) - 1;
                return new Bounds(-Far, before, -Far, before);
            case TemporalModifier.After:
                // Wholly after the last day; with an open end, after the first day.
                var after = (latestEnd < Open ? latestEnd : earliestStart) + 1;
                return new Bounds(after, Far, after, Far);
        }

        // A stretch never ends before it starts: an end period that begins before the start's is read from the start on.
        return new Bounds(earliestStart, Math.Min(latestStart, latestEnd), Math.Max(earliestEnd, earliestStart), latestEnd);
    }

    // The first day one unit of the date's precision earlier (direction -1), or the last day one unit later (+1).
    private static DateTime Widen(PartialDate date, int direction)
    {
        try
        {
            if (date.Precision == DatePrecision.Day)
            {
                return date.FirstDay.AddDays(direction);
            }

            var months = date.Precision switch
            {
                DatePrecision.Year => 12,
                DatePrecision.Half => 6,
                DatePrecision.Quarter => 3,
                _ => 1,
            };
            return direction < 0 ? date.FirstDay.AddMonths(-months) : date.LastDay.AddDays(1).AddMonths(months).AddDays(-1);
        }
        catch (ArgumentOutOfRangeException)
        {
            return direction < 0 ? DateTime.MinValue : DateTime.MaxValue.Date;
        }
    }

    // Whether some stretch a may be and some stretch b may be stand in the relation: a system of difference constraints
    // over the four ends (s1, e1, s2, e2) and a zero node, feasible exactly when its graph has no negative cycle.
    private static bool Feasible(Bounds a, Bounds b, TemporalRelation relation)
    {
        const int S1 = 0, E1 = 1, S2 = 2, E2 = 3, Zero = 4, N = 5;
        const long None = long.MaxValue / 4;
        var d = new long[N * N];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = i % (N + 1) == 0 ? 0 : None;
        }

        // x - y <= c: an edge from y to x of weight c.
        void AtMost(int x, int y, long c)
        {
            if (c < d[(y * N) + x])
            {
                d[(y * N) + x] = c;
            }
        }

        void Box(int x, long lo, long hi)
        {
            AtMost(x, Zero, hi);
            AtMost(Zero, x, -lo);
        }

        void Less(int x, int y) => AtMost(x, y, -1);

        void Same(int x, int y)
        {
            AtMost(x, y, 0);
            AtMost(y, x, 0);
        }

        Box(S1, a.EarliestStart, a.LatestStart);
        Box(E1, a.EarliestEnd, a.LatestEnd);
        Box(S2, b.EarliestStart, b.LatestStart);
        Box(E2, b.EarliestEnd, b.LatestEnd);
        AtMost(S1, E1, 0);
        AtMost(S2, E2, 0);
        switch (relation)
        {
            case TemporalRelation.Before:
                AtMost(E1, S2, -2);
                break;
            case TemporalRelation.Meets:
                AtMost(E1, S2, -1);
                AtMost(S2, E1, 1);
                break;
            case TemporalRelation.Overlaps:
                Less(S1, S2);
                AtMost(S2, E1, 0);
                Less(E1, E2);
                break;
            case TemporalRelation.Starts:
                Same(S1, S2);
                Less(E1, E2);
                break;
            case TemporalRelation.During:
                Less(S2, S1);
                Less(E1, E2);
                break;
            case TemporalRelation.Finishes:
                Less(S2, S1);
                Same(E1, E2);
                break;
            case TemporalRelation.Equals:
                Same(S1, S2);
                Same(E1, E2);
                break;
            case TemporalRelation.FinishedBy:
                Less(S1, S2);
                Same(E1, E2);
                break;
            case TemporalRelation.Contains:
                Less(S1, S2);
                Less(E2, E1);
                break;
            case TemporalRelation.StartedBy:
                Same(S1, S2);
                Less(E2, E1);
                break;
            case TemporalRelation.OverlappedBy:
                Less(S2, S1);
                AtMost(S1, E2, 0);
                Less(E2, E1);
                break;
            case TemporalRelation.MetBy:
                AtMost(E2, S1, -1);
                AtMost(S1, E2, 1);
                break;
            default:
                AtMost(E2, S1, -2);
                break;
        }

        for (var k = 0; k < N; k++)
        {
            for (var i = 0; i < N; i++)
            {
                for (var j = 0; j < N; j++)
                {
                    var via = d[(i * N) + k] + d[(k * N) + j];
                    if (via < d[(i * N) + j])
                    {
                        d[(i * N) + j] = via;
                    }
                }
            }
        }

        for (var i = 0; i < N; i++)
        {
            if (d[(i * N) + i] < 0)
            {
                return false;
            }
        }

        return true;
    }

    // The two bounds of a value as day numbers: the days its stretch may start on and the days it may end on.
    private sealed class Bounds
    {
        public Bounds(long earliestStart, long latestStart, long earliestEnd, long latestEnd)
        {
            EarliestStart = earliestStart;
            LatestStart = latestStart;
            EarliestEnd = earliestEnd;
            LatestEnd = latestEnd;
        }

        public long EarliestStart { get; }

        public long LatestStart { get; }

        public long EarliestEnd { get; }

        public long LatestEnd { get; }

        // A period taken whole and exactly: it starts on its first day and ends on its last.
        public static Bounds Exact(PartialDate period) => Exact(period, period);

        public static Bounds Exact(PartialDate first, PartialDate last)
        {
            var start = Day(first.FirstDay);
            var end = Day(last.LastDay);
            if (end < start)
            {
                throw new ArgumentException($"{last} ends before {first} starts.", nameof(last));
            }

            return new Bounds(start, start, end, end);
        }
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
