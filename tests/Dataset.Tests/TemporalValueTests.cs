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
    [InlineData("2011/..", "2013-07", TemporalRelation.Contains)] // ongoing since 2011: goes on through July 2013
    [InlineData("2013/..", "2013-07", TemporalRelation.Indeterminate)] // may start in July or before it
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
        Assert.Equal(TemporalRelation.Indeterminate, T("2013-06", TemporalModifier.Approx).Relate(exercise)); // May to July
        Assert.Equal(TemporalRelation.Before, T("2013-05", TemporalModifier.Approx).Relate(exercise)); // April to June
    }

    [Theory]
    [InlineData("2013", "2013-01-01", "2013-12-31", "2013-01-01", "2013-12-31")]
    [InlineData("2013-07-08/2013-07-12", "2013-07-08", "2013-07-08", "2013-07-12", "2013-07-12")]
    [InlineData("2011/..", "2011-01-01", "2011-12-31", null, null)]
    [InlineData("../2013-06", null, null, "2013-06-01", "2013-06-30")]
    [InlineData("before 2011", null, "2010-12-31", null, "2010-12-31")]
    [InlineData("after 2013-12-31", "2014-01-01", null, "2014-01-01", null)]
    [InlineData("before ../2013", null, "2013-12-30", null, "2013-12-30")] // it started by the end of 2013
    [InlineData("after 2011/..", "2011-01-02", null, "2011-01-02", null)]
    [InlineData("start 2013", "2013-01-01", "2013-05-02", "2013-01-01", "2013-05-02")] // 122 of 365 days
    [InlineData("mid 2013", "2013-05-02", "2013-09-01", "2013-05-02", "2013-09-01")] // less 121 days each side
    [InlineData("end 2013", "2013-09-01", "2013-12-31", "2013-09-01", "2013-12-31")]
    [InlineData("end 2013-06", "2013-06-21", "2013-06-30", "2013-06-21", "2013-06-30")] // the last 10 of 30 days
    [InlineData("start 2013-07", "2013-07-01", "2013-07-11", "2013-07-01", "2013-07-11")] // the first 11 of 31
    [InlineData("mid 2013-07", "2013-07-11", "2013-07-21", "2013-07-11", "2013-07-21")]
    [InlineData("mid 2013-07-08", "2013-07-08", "2013-07-08", "2013-07-08", "2013-07-08")]
    [InlineData("start 2011/..", "2011-01-01", "2011-12-31", null, null)] // an open side has no thirds
    [InlineData("approx 2012", "2011-01-01", "2013-12-31", "2011-01-01", "2013-12-31")]
    [InlineData("approx 2013-H2", "2013-01-01", "2014-06-30", "2013-01-01", "2014-06-30")]
    [InlineData("approx 2013-Q4", "2013-07-01", "2014-03-31", "2013-07-01", "2014-03-31")]
    [InlineData("approx 2013-01", "2012-12-01", "2013-02-28", "2012-12-01", "2013-02-28")]
    [InlineData("approx 2013-07-08", "2013-07-07", "2013-07-09", "2013-07-07", "2013-07-09")]
    [InlineData("approx 2012/2013-06", "2011-01-01", "2013-07-31", "2013-05-01", "2013-07-31")]
    [InlineData("2013-H2/2013", "2013-07-01", "2013-12-31", "2013-07-01", "2013-12-31")] // ends no earlier than it starts
    public void Each_form_denotes_the_documented_bounds(string value, string? earliestStart, string? latestStart, string? earliestEnd, string? latestEnd)
    {
        var t = TemporalValue.Parse(value);

        Assert.Equal(D(earliestStart), t.EarliestStart);
        Assert.Equal(D(latestStart), t.LatestStart);
        Assert.Equal(D(earliestEnd), t.EarliestEnd);
        Assert.Equal(D(latestEnd), t.LatestEnd);
        Assert.Equal(t.EarliestStart, t.EarliestDay);
        Assert.Equal(t.LatestEnd, t.LatestDay);
    }

    [Fact]
    public void Qualified_values_answer_only_what_is_certain_and_May_answers_what_is_possible()
    {
        var year2011 = T("2011");

        // The cases: the year 2011 does not contain "before 2011", nor 2013 "after 2013-12-31".
        Assert.False(year2011.Contains(T("before 2011")));
        Assert.False(year2011.MayContain(T("before 2011")));
        Assert.False(year2011.Overlaps(T("before 2011")));
        Assert.False(year2011.MayOverlap(T("before 2011")));
        Assert.False(T("2013").Contains(T("after 2013-12-31")));
        Assert.False(T("after 2013-12-31").MayOverlap(PartialDate.OfYear(2013)));
        Assert.False(T("before 2011").MayBeWithin(2011));
        Assert.True(T("before 2011").IsWithin(T("../2010-12-31")));
        Assert.False(T("before 2011").IsWithin(T("../2010"))); // that may end on 1 January 2010
        Assert.True(T("before 2011").MayBeWithin(T("../2010")));

        // "What happened in 2013?" asks IsWithin; Contains asks the reverse.
        var january = T("2013-01");
        Assert.True(january.IsWithin(2013));
        Assert.False(january.Contains(PartialDate.OfYear(2013)));
        Assert.True(T("end 2013-06").IsWithin(PartialDate.OfMonth(2013, 6)));
        Assert.False(T("end 2013-06").MayOverlap(PartialDate.OfDay(2013, 6, 20)));
        Assert.True(T("end 2013-06").MayOverlap(PartialDate.OfDay(2013, 6, 21)));

        // An ongoing value covers every later day; a value known to the month need not fill it.
        Assert.True(T("2012-05-07/..").Contains(PartialDate.OfDay(2013, 8, 8)));
        Assert.False(T("2012-05-07/..").MayBeWithin(2012));
        Assert.True(T("2012-05-07/..").Overlaps(2012));
        Assert.False(january.Contains(january));
        Assert.True(january.MayContain(january));
        Assert.True(january.IsWithin(PartialDate.OfMonth(2013, 1))); // whatever days it is, they lie in the month
        Assert.False(january.IsWithin(january)); // but not necessarily within the days another thing in January took

        // Around 2012 may be in 2011 but is certainly within 2011 to 2013.
        Assert.True(T("approx 2012").MayBeWithin(2011));
        Assert.False(T("approx 2012").IsWithin(2012));
        Assert.True(T("approx 2012").IsWithin(PartialDate.OfYear(2011), PartialDate.OfYear(2013)));
        Assert.Throws<ArgumentException>(() => T("2012").IsWithin(PartialDate.OfYear(2013), PartialDate.OfYear(2011)));
    }

    [Fact]
    public void The_Dataset_Model_README_example_prints_what_it_says()
    {
        Assert.True(PartialDate.Parse("2013-H2").Contains(PartialDate.OfMonth(2013, 7)));
        var t = TemporalValue.Parse("end 2013-06");
        Assert.True(t.IsWithin(2013));
        Assert.False(t.MayOverlap(PartialDate.OfDay(2013, 6, 10)));
        Assert.Equal("at the end of June 2013", t.ToProse());
    }

    [Theory]
    [InlineData("2013", "in 2013")]
    [InlineData("2013-H2", "in the second half of 2013")]
    [InlineData("2013-Q1", "in the first quarter of 2013")]
    [InlineData("2013-01", "in January 2013")]
    [InlineData("2012-05-07", "on 7 May 2012")]
    [InlineData("2013-07-08/2013-07-12", "from 8 to 12 July 2013")]
    [InlineData("2008-05-07/2012-05-07", "from 7 May 2008 to 7 May 2012")]
    [InlineData("1999-08/2000-05-07", "from August 1999 to 7 May 2000")]
    [InlineData("2011/..", "since 2011")]
    [InlineData("../2013", "until 2013")]
    [InlineData("before 2011", "before 2011")]
    [InlineData("before 2013-08-08", "before 8 August 2013")]
    [InlineData("before ../2013", "before the end of 2013")]
    [InlineData("after 2013-12-31", "after 31 December 2013")]
    [InlineData("after 2011/..", "after the start of 2011")]
    [InlineData("start 2013-07", "at the start of July 2013")]
    [InlineData("mid 2013", "in the middle of 2013")]
    [InlineData("end 2013-06", "at the end of June 2013")]
    [InlineData("approx 2012", "around 2012")]
    [InlineData("approx 2012/2013", "around the period from 2012 to 2013")]
    [InlineData("start 2011/..", "at the start of the period since 2011")]
    public void ToProse_says_it_in_words(string value, string expected)
    {
        Assert.Equal(expected, T(value).ToProse());
    }

    [Theory]
    [InlineData("before 2011", "2011", TemporalModifier.Before)]
    [InlineData("end 2013-06", "2013-06", TemporalModifier.End)]
    [InlineData("approx 2012/2013", "2012/2013", TemporalModifier.Approx)]
    [InlineData("after 2011/..", "2011/..", TemporalModifier.After)]
    public void Parse_reads_the_modifier_ToString_writes(string text, string value, TemporalModifier modifier)
    {
        var parsed = TemporalValue.Parse(text);

        Assert.Equal(TemporalValue.Parse(value, modifier), parsed);
        Assert.Equal(modifier, parsed.Modifier);
        Assert.Equal(text, parsed.ToString());
        Assert.Equal(parsed, TemporalValue.Parse(text, modifier)); // the same modifier twice is fine
    }

    [Theory]
    [InlineData("before 2011", TemporalModifier.After)] // two different modifiers
    [InlineData("around 2011", TemporalModifier.None)]
    [InlineData("none 2011", TemporalModifier.None)]
    [InlineData("Before 2011", TemporalModifier.None)]
    [InlineData("before  2011", TemporalModifier.None)]
    [InlineData("before ", TemporalModifier.None)]
    [InlineData("2011 ", TemporalModifier.None)]
    public void Parse_rejects_unknown_or_conflicting_modifiers(string text, TemporalModifier modifier)
    {
        Assert.False(TemporalValue.TryParse(text, out var value, modifier));
        Assert.Null(value);
        Assert.Throws<FormatException>(() => TemporalValue.Parse(text, modifier));
    }

    [Fact]
    public void Relate_is_the_converse_when_the_arguments_swap()
    {
        var pairs = new[] { ("2013-07-01/2013-07-08", "2013-07-06/2013-07-12"), ("2009", "2013-07"), ("2013-07-06/2013-07-08", "2013-07-06/2013-07-12") };
        foreach (var (a, b) in pairs)
        {
            Assert.Equal(TemporalValuePropertyTests.Converse(T(a).Relate(T(b))), T(b).Relate(T(a)));
        }
    }

    [Fact]
    public void The_canonical_sort_puts_open_starts_first_earlier_starts_before_later_and_open_ends_last()
    {
        var values = new[] { "2013-07-08/2013-07-12", "2011/..", "../2010", "2013", "2013-01", "2011" }.Select(v => T(v)).ToList();

        var sorted = values.Order().Select(v => v.ToString()).ToList();

        Assert.Equal(new[] { "../2010", "2011", "2011/..", "2013-01", "2013", "2013-07-08/2013-07-12" }, sorted);
        Assert.Equal(0, T("2013-01").CompareTo(T("2013-01")));
        Assert.True(T("2013-01", TemporalModifier.End).CompareTo(T("2013-01")) > 0); // ends on the same day, starts later

        // No earliest start sorts first: the open start, then "before" (which ends earlier than 2010 does).
        var qualified = new[] { "2011", "before 2011", "../2010", "after 2010", "approx 2011" }.Select(v => T(v)).Order().Select(v => v.ToString());
        Assert.Equal(new[] { "../2010", "before 2011", "approx 2011", "2011", "after 2010" }, qualified);
    }

    private static DateTime? D(string? day) => day is null ? null : DateTime.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
