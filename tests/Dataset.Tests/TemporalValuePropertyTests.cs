using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dataset.Tests;

/// <summary>Generated time values of every precision, shape (point, interval, open end, open start) and modifier.</summary>
public static class TimeArbitraries
{
    private static readonly TemporalModifier[] Modifiers = Enum.GetValues<TemporalModifier>();

    /// <summary>Any value, with dates in 2012 and 2013 so that values often meet, overlap and nest.</summary>
    public static Arbitrary<TemporalValue> Values() => Arb.From(Value(Date(2012, 2013), Modifiers));

    /// <summary>Values near July 2013 whose every stretch can be enumerated day by day (approx only on days).</summary>
    public static Arbitrary<Windowed> Windowed()
    {
        var dates = Gen.OneOf(
            Gen.Constant(PartialDate.OfMonth(2013, 7)),
            Gen.Choose(1, 31).Select(d => PartialDate.OfDay(2013, 7, d)),
            Gen.Choose(25, 30).Select(d => PartialDate.OfDay(2013, 6, d)));
        return Arb.From(Value(dates, Modifiers)
            .Where(v => v.Modifier != TemporalModifier.Approx || (v.Start?.Precision != DatePrecision.Month && v.End?.Precision != DatePrecision.Month))
            .Select(v => new Windowed(v)));
    }

    /// <summary>Any partial date of 2011 to 2014, taken as a period.</summary>
    public static Arbitrary<PartialDate> Dates() => Arb.From(Date(2011, 2014));

    /// <summary>Dates of any precision in a year.</summary>
    public static Gen<PartialDate> Date(int firstYear, int lastYear) =>
        from precision in Gen.Elements(Enum.GetValues<DatePrecision>())
        from year in Gen.Choose(firstYear, lastYear)
        from part in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        select precision switch
        {
            DatePrecision.Year => PartialDate.OfYear(year),
            DatePrecision.Half => PartialDate.OfHalf(year, 1 + (part % 2)),
            DatePrecision.Quarter => PartialDate.OfQuarter(year, 1 + (part % 4)),
            DatePrecision.Month => PartialDate.OfMonth(year, part),
            _ => PartialDate.OfDay(year, part, Math.Min(day, DateTime.DaysInMonth(year, part))),
        };

    /// <summary>Values built from <paramref name="dates"/> in every shape, with one of <paramref name="modifiers"/>.</summary>
    public static Gen<TemporalValue> Value(Gen<PartialDate> dates, TemporalModifier[] modifiers) =>
        from a in dates
        from b in dates
        from shape in Gen.Choose(0, 3)
        from modifier in Gen.Elements(modifiers)
        select shape switch
        {
            0 => TemporalValue.Point(a, modifier),
            1 => a.FirstDay <= b.LastDay ? TemporalValue.Interval(a, b, modifier) : TemporalValue.Interval(b, a, modifier),
            2 => TemporalValue.Interval(a, null, modifier),
            _ => TemporalValue.Interval(null, a, modifier),
        };
}

/// <summary>A value from <see cref="TimeArbitraries.Windowed"/>.</summary>
/// <param name="Value">The value.</param>
public sealed record Windowed(TemporalValue Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Properties of <see cref="TemporalValue"/> over generated values: one semantics for the boolean questions,
/// <see cref="TemporalValue.Relate"/>, the text form and the sort order.
/// </summary>
[Properties(Arbitrary = new[] { typeof(TimeArbitraries) }, MaxTest = 400)]
public class TemporalValuePropertyTests
{
    private static readonly TemporalRelation[] Containing = { TemporalRelation.Equals, TemporalRelation.Contains, TemporalRelation.StartedBy, TemporalRelation.FinishedBy };
    private static readonly TemporalRelation[] Within = { TemporalRelation.Equals, TemporalRelation.During, TemporalRelation.Starts, TemporalRelation.Finishes };
    private static readonly TemporalRelation[] Apart = { TemporalRelation.Before, TemporalRelation.Meets, TemporalRelation.MetBy, TemporalRelation.After };

    [Property]
    public bool ToString_round_trips_through_Parse(TemporalValue x)
    {
        var text = x.ToString();
        var back = TemporalValue.Parse(text);
        return back.Equals(x) && back.ToString() == text && back.GetHashCode() == x.GetHashCode();
    }

    [Property]
    public bool The_certain_questions_hold_when_every_possible_relation_agrees(TemporalValue x, TemporalValue y)
    {
        var possible = x.PossibleRelations(y);
        return possible.Count > 0
            && x.Contains(y) == possible.All(Containing.Contains)
            && x.IsWithin(y) == possible.All(Within.Contains)
            && x.Overlaps(y) == possible.All(r => !Apart.Contains(r))
            && x.IsDefinitelyBefore(y) == possible.All(r => r is TemporalRelation.Before or TemporalRelation.Meets);
    }

    [Property]
    public bool The_may_questions_hold_when_some_possible_relation_agrees(TemporalValue x, TemporalValue y)
    {
        var possible = x.PossibleRelations(y);
        return x.MayContain(y) == possible.Any(Containing.Contains)
            && x.MayBeWithin(y) == possible.Any(Within.Contains)
            && x.MayOverlap(y) == possible.Any(r => !Apart.Contains(r));
    }

    [Property]
    public bool Relate_is_the_one_possible_relation_or_Indeterminate(TemporalValue x, TemporalValue y)
    {
        var possible = x.PossibleRelations(y);
        var related = x.Relate(y);
        return possible.Count == 1 ? related == possible[0] : related == TemporalRelation.Indeterminate;
    }

    [Property]
    public bool Swapping_the_values_gives_the_converse_relations(TemporalValue x, TemporalValue y) =>
        y.PossibleRelations(x).SequenceEqual(x.PossibleRelations(y).Select(Converse).OrderBy(r => r))
        && x.Contains(y) == y.IsWithin(x)
        && x.MayContain(y) == y.MayBeWithin(x)
        && x.Overlaps(y) == y.Overlaps(x)
        && x.MayOverlap(y) == y.MayOverlap(x);

    [Property]
    public bool Certain_implies_possible(TemporalValue x, TemporalValue y) =>
        (!x.Contains(y) || x.MayContain(y)) && (!x.IsWithin(y) || x.MayBeWithin(y)) && (!x.Overlaps(y) || x.MayOverlap(y));

    [Property]
    public bool A_partial_date_argument_means_its_whole_period_exactly(TemporalValue x, PartialDate period)
    {
        var exact = Exactly(period);
        return x.IsWithin(period) == x.IsWithin(exact)
            && x.MayBeWithin(period) == x.MayBeWithin(exact)
            && x.Contains(period) == x.Contains(exact)
            && x.MayContain(period) == x.MayContain(exact)
            && x.Overlaps(period) == x.Overlaps(exact)
            && x.MayOverlap(period) == x.MayOverlap(exact)
            && x.IsWithin(period, period) == x.IsWithin(period);
    }

    [Property]
    public bool A_year_number_means_that_year(TemporalValue x, PartialDate date)
    {
        var year = PartialDate.OfYear(date.Year);
        return x.IsWithin(date.Year) == x.IsWithin(year)
            && x.MayBeWithin(date.Year) == x.MayBeWithin(year)
            && x.Contains(date.Year) == x.Contains(year)
            && x.MayContain(date.Year) == x.MayContain(year)
            && x.Overlaps(date.Year) == x.Overlaps(year)
            && x.MayOverlap(date.Year) == x.MayOverlap(year);
    }

    [Property]
    public bool The_sort_is_consistent_with_equality(TemporalValue x, TemporalValue y)
    {
        var c = x.CompareTo(y);
        return (c == 0) == x.Equals(y)
            && Math.Sign(c) == -Math.Sign(y.CompareTo(x))
            && x.CompareTo(x) == 0
            && x.CompareTo(null) > 0;
    }

    [Property]
    public bool The_sort_is_transitive(TemporalValue x, TemporalValue y, TemporalValue z)
    {
        var sorted = new[] { x, y, z }.Order().ToArray();
        return sorted[0].CompareTo(sorted[1]) <= 0 && sorted[1].CompareTo(sorted[2]) <= 0 && sorted[0].CompareTo(sorted[2]) <= 0;
    }

    [Property]
    public bool Equal_text_means_equal_values(TemporalValue x, TemporalValue y) =>
        (x.ToString() == y.ToString()) == x.Equals(y);

    /// <summary>
    /// The relation solver against brute force: every pair of stretches two values may be, enumerated day by day in a
    /// window around July 2013 (values whose bounds are far enough inside it that the window changes no relation).
    /// </summary>
    [Property(MaxTest = 150)]
    public bool PossibleRelations_are_those_of_some_pair_of_stretches(Windowed x, Windowed y) =>
        x.Value.PossibleRelations(y.Value).SequenceEqual(BruteForce(x.Value, y.Value));

    private static readonly long WindowStart = Day(new DateTime(2013, 6, 1));
    private static readonly long WindowEnd = Day(new DateTime(2013, 8, 31));

    private static long Day(DateTime d) => d.Ticks / TimeSpan.TicksPerDay;

    private static List<TemporalRelation> BruteForce(TemporalValue x, TemporalValue y)
    {
        var found = new SortedSet<TemporalRelation>();
        var ys = Stretches(y).ToList();
        foreach (var (s1, e1) in Stretches(x))
        {
            foreach (var (s2, e2) in ys)
            {
                found.Add(Classify(s1, e1, s2, e2));
            }
        }

        return found.ToList();
    }

    // The stretches a value may be, clamped to the window: an open side sits on the window's edge, an unknown far side
    // ("before", "after") ranges up to a few days inside it.
    private static IEnumerable<(long, long)> Stretches(TemporalValue v)
    {
        long? es = v.EarliestStart is { } a ? Day(a) : null, ls = v.LatestStart is { } b ? Day(b) : null;
        long? ee = v.EarliestEnd is { } c ? Day(c) : null, le = v.LatestEnd is { } d ? Day(d) : null;
        var sLo = es ?? (ls is null ? WindowStart : WindowStart + 8);
        var sHi = ls ?? (es is null ? WindowStart : WindowEnd - 8);
        var eLo = ee ?? (le is null ? WindowEnd : WindowStart + 8);
        var eHi = le ?? (ee is null ? WindowEnd : WindowEnd - 8);
        for (var s = sLo; s <= sHi; s++)
        {
            for (var e = Math.Max(s, eLo); e <= eHi; e++)
            {
                yield return (s, e);
            }
        }
    }

    private static TemporalRelation Classify(long s1, long e1, long s2, long e2)
    {
        if (e1 < s2 - 1)
        {
            return TemporalRelation.Before;
        }

        if (e1 == s2 - 1)
        {
            return TemporalRelation.Meets;
        }

        if (e2 < s1 - 1)
        {
            return TemporalRelation.After;
        }

        if (e2 == s1 - 1)
        {
            return TemporalRelation.MetBy;
        }

        return (s1.CompareTo(s2), e1.CompareTo(e2)) switch
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

    private static TemporalValue Exactly(PartialDate period) =>
        TemporalValue.Interval(Days(period.FirstDay), Days(period.LastDay));

    private static PartialDate Days(DateTime day) => PartialDate.OfDay(day.Year, day.Month, day.Day);

    internal static TemporalRelation Converse(TemporalRelation r) => r switch
    {
        TemporalRelation.Before => TemporalRelation.After,
        TemporalRelation.After => TemporalRelation.Before,
        TemporalRelation.Meets => TemporalRelation.MetBy,
        TemporalRelation.MetBy => TemporalRelation.Meets,
        TemporalRelation.Overlaps => TemporalRelation.OverlappedBy,
        TemporalRelation.OverlappedBy => TemporalRelation.Overlaps,
        TemporalRelation.Starts => TemporalRelation.StartedBy,
        TemporalRelation.StartedBy => TemporalRelation.Starts,
        TemporalRelation.During => TemporalRelation.Contains,
        TemporalRelation.Contains => TemporalRelation.During,
        TemporalRelation.Finishes => TemporalRelation.FinishedBy,
        TemporalRelation.FinishedBy => TemporalRelation.Finishes,
        _ => r,
    };
}
