using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataset;

/// <content>The questions a value answers: within, contains, overlaps (certain and possible), and Allen relations.</content>
public sealed partial class TemporalValue
{
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
}
