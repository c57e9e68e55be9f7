using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataset;

/// <content>The semantics: the bounds of the stretches a value may denote, and the tests every question is made of.</content>
public sealed partial class TemporalValue
{
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
