namespace Dataset.Tests;

/// <summary><see cref="TemporalValue.Relate"/> and the canonical sort, on values whose answers are worked out by hand.</summary>
public class TemporalValueTests
{
    private static TemporalValue T(string text, TemporalModifier modifier = TemporalModifier.None) => TemporalValue.Parse(text, modifier);

    [Theory]
    [InlineData("2013-07-01/2013-07-05", "2013-07-10/2013-07-12", TemporalRelation.Before)]
    [InlineData("2013-07-01/2013-07-05", "2013-07-06/2013-07-12", TemporalRelation.Meets)]
    [InlineData("2013-07-01/2013-07-08", "2013-07-06/2013-07-12", TemporalRelation.Overlaps)]
    [InlineData("2013-07-06/2013-07-08", "2013-07-06/2013-07-12", TemporalRelation.Starts)]
    [InlineData("2013-07-07/2013-07-08", "2013-07-06/2013-07-12", TemporalRelation.During)]
    [InlineData("2013-07-10/2013-07-12", "2013-07-06/2013-07-12", TemporalRelation.Finishes)]
    [InlineData("2013-07-06/2013-07-12", "2013-07-06/2013-07-12", TemporalRelation.Equals)]
    [InlineData("2013-07-01/2013-07-12", "2013-07-06/2013-07-12", TemporalRelation.FinishedBy)]
    [InlineData("2013-07-01/2013-07-31", "2013-07-06/2013-07-12", TemporalRelation.Contains)]
    [InlineData("2013-07-06/2013-07-31", "2013-07-06/2013-07-12", TemporalRelation.StartedBy)]
    [InlineData("2013-07-10/2013-07-31", "2013-07-06/2013-07-12", TemporalRelation.OverlappedBy)]
    [InlineData("2013-07-13/2013-07-31", "2013-07-06/2013-07-12", TemporalRelation.MetBy)]
    [InlineData("2013-08", "2013-07-06/2013-07-12", TemporalRelation.After)]
    public void Precise_values_get_their_Allen_relation(string a, string b, TemporalRelation expected)
    {
        Assert.Equal(expected, T(a).Relate(T(b)));
    }

    [Theory]
    [InlineData("2013-01", "2013", TemporalRelation.Indeterminate)] // January could start, end or lie inside the year
    [InlineData("2013-01", "2013-01", TemporalRelation.Indeterminate)] // two things in January: any order
    [InlineData("2009", "2013-07-08/2013-07-12", TemporalRelation.Before)]
    [InlineData("2013-03", "2013-07-08/2013-07-12", TemporalRelation.Before)]
    [InlineData("2011/..", "2009", TemporalRelation.After)]
    [InlineData("2011/..", "2013-07", TemporalRelation.Indeterminate)] // ongoing since 2011: may or may not reach July 2013
    [InlineData("1991/..", "1989", TemporalRelation.After)]
    [InlineData("1991/..", "1990", TemporalRelation.Indeterminate)] // may start the day after 1990 ends: After or MetBy
    [InlineData("../2010", "2012", TemporalRelation.Before)]
    public void Imprecise_values_are_related_only_when_every_reading_agrees(string a, string b, TemporalRelation expected)
    {
        Assert.Equal(expected, T(a).Relate(T(b)));
    }

    [Fact]
    public void Modifiers_narrow_or_widen_the_reading()
    {
        var exercise = T("2013-07-08/2013-07-12");

        Assert.Equal(TemporalRelation.Before, T("2013-06", TemporalModifier.End).Relate(exercise));
        Assert.Equal(TemporalRelation.Before, T("2013-07-07", TemporalModifier.Before).Relate(exercise));
        Assert.Equal(TemporalRelation.After, T("2013-07-13", TemporalModifier.After).Relate(exercise));
        Assert.Equal(TemporalRelation.Indeterminate, T("2013-07-12", TemporalModifier.After).Relate(exercise)); // After or MetBy
        Assert.Equal(TemporalRelation.Indeterminate, T("2013-06", TemporalModifier.Approx).Relate(exercise));
    }

    [Fact]
    public void Relate_is_the_converse_when_the_arguments_swap()
    {
        var pairs = new[] { ("2013-07-01/2013-07-08", "2013-07-06/2013-07-12"), ("2009", "2013-07"), ("2013-07-06/2013-07-08", "2013-07-06/2013-07-12") };
        foreach (var (a, b) in pairs)
        {
            Assert.Equal(Converse(T(a).Relate(T(b))), T(b).Relate(T(a)));
        }
    }

    [Fact]
    public void The_canonical_sort_puts_open_starts_first_earlier_starts_before_later_and_open_ends_last()
    {
        var values = new[] { "2013-07-08/2013-07-12", "2011/..", "../2010", "2013", "2013-01", "2011" }.Select(v => T(v)).ToList();

        var sorted = values.Order().Select(v => v.ToString()).ToList();

        Assert.Equal(new[] { "../2010", "2011", "2011/..", "2013-01", "2013", "2013-07-08/2013-07-12" }, sorted);
        Assert.Equal(0, T("2013-01").CompareTo(T("2013-01")));
        Assert.True(T("2013-01", TemporalModifier.End).CompareTo(T("2013-01")) > 0);
    }

    private static TemporalRelation Converse(TemporalRelation r) => r switch
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
