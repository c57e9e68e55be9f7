namespace Dataset.Tests;

/// <summary>The runtime fact types on hand-made values: defaults, identity, arithmetic and formatting.</summary>
public class FactTypesTests
{
    private static readonly Article Article = new("a-1", "Headline", Array.Empty<Person>(), null, PartialDate.OfDay(2013, 8, 8), "https://example.org/a", ArticleKind.News, "en", new string('0', 64), 100);

    private static readonly Country Valdoria = new("valdoria", "Valdoria", "An invented country.", "XV", "XVA", "XVD");

    private static Evidence Ev(string text = "passage") => new(Article, text, 10, text.Length);

    [Fact]
    public void An_event_without_sources_is_asserted_by_the_author()
    {
        var e = new Event("e", EventTypes.DiplomacyVisit, "A visit.", null, null, null, EventStatus.Occurred, null, null, null, null, Ev());

        var only = Assert.Single(e.Factuality);
        Assert.True(only.IsAuthor);
        Assert.Equal(Factuality.Certain, e.AuthorFactuality);
        Assert.Null(e.FactualityFor(Valdoria));
    }

    [Fact]
    public void Factuality_is_per_source()
    {
        var e = new Event("e", EventTypes.MilitaryExercise, "An exercise.", new[] { new Participant(Valdoria, ParticipantRoles.Participant) }, null, null,
            EventStatus.Occurred, null, new[] { new SourceFactuality(Valdoria, Factuality.Unknown), new SourceFactuality(null, Factuality.Possible) }, null, null, Ev());

        Assert.Equal(Factuality.Unknown, e.FactualityFor(Valdoria));
        Assert.Equal(Factuality.Possible, e.AuthorFactuality);
        Assert.True(e.Involves(Valdoria));
    }

    [Fact]
    public void Facts_are_identified_by_type_article_and_id()
    {
        var a = new Quote("q", Valdoria, null, "Words.", null, Ev("Words."));
        var b = new Quote("q", Valdoria, null, "Other words.", null, Ev("Other words."));
        var claim = new Claim("q", "Words.", null, null, Ev());

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual<Fact>(a, claim);
    }

    [Fact]
    public void A_change_computes_its_percentage_from_its_two_figures()
    {
        var before = new MoneyFigure("a", "trade", new Money(3_000_000_000m, "USD"), T("2011"), null, null, null, false, Ev());
        var after = new MoneyFigure("b", "trade", new Money(2_000_000_000m, "USD"), T("2012"), null, null, null, false, Ev());
        var change = new Change("c", "trade", before, after, -40m, null, null, null, null, false, Ev());

        Assert.Equal(-33.3m, change.ComputedPercent);
        Assert.Equal(-40m, change.StatedPercent);
        Assert.Null(change.NumericValue);
        Assert.Equal("Trade fell from 3,000,000,000 USD in 2011 to 2,000,000,000 USD in 2012, by 40 per cent as the article states (33.3 per cent by its own figures).", change.ToString());

        var rise = new Change("r", "trade", after, before, null, null, null, null, null, false, Ev());
        Assert.Equal("Trade rose from 2,000,000,000 USD in 2012 to 3,000,000,000 USD in 2011, by 50 per cent.", rise.ToString());
    }

    [Fact]
    public void Money_compares_by_value_and_currency_and_formats_invariantly()
    {
        Assert.Equal(new Money(3_000_000_000m, "USD"), new Money(3_000_000_000.00m, "USD"));
        Assert.NotEqual(new Money(1m, "USD"), new Money(1m, "EUR"));
        Assert.Equal("3,000,000,000 USD", new Money(3_000_000_000m, "USD").ToString());
        Assert.Equal("XXX", default(Money).Currency);
        Assert.Throws<ArgumentException>(() => new Money(1m, "usd"));
    }

    [Fact]
    public void Evidence_rejects_negative_offsets()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Evidence(Article, "x", -1, 1));
        Assert.Equal(12, new Evidence(Article, "xy", 10, 2).End);
    }

    [Fact]
    public void Vocabulary_terms_carry_their_YAML_codes_and_compare_by_code()
    {
        Assert.Equal("diplomacy.visit-declined", EventTypes.DiplomacyVisitDeclined.ToCode());
        Assert.Equal("military", EventTypes.MilitaryExercise.Domain());
        Assert.Equal("location-owner", ParticipantRoles.LocationOwner.ToCode());
        Assert.Equal("military-relations", RelationTypes.MilitaryRelations.ToCode());
        Assert.Equal("misspelled-name", CorrectionKinds.MisspelledName.ToCode());
        Assert.Equal(22, EventTypes.All.Select(t => t.ToCode()).Distinct().Count(c => c.Contains('.', StringComparison.Ordinal)));
        Assert.Equal(7, EventTypes.All.Count(t => t.Parent is null));
        Assert.True(EventTypes.MilitaryExercise.IsA(EventTypes.Military));
        Assert.False(EventTypes.MilitaryExercise.IsA(EventTypes.Diplomacy));
        Assert.Same(EventTypes.Military, EventTypes.MilitaryExercise.Parent);
        Assert.True(EventTypes.MilitaryExercise == new EventType("military.exercise", "Other label", string.Empty));
        Assert.False(EventTypes.MilitaryExercise.Equals(new RelationType("military.exercise", "Same code, another set", string.Empty)));
        Assert.Same(EventTypes.DiplomacyVisit, EventTypes.Find("diplomacy.visit"));
        Assert.Null(EventTypes.Find("diplomacy.vist"));
        Assert.True(ParticipantRoles.TryFind("host", out var host) && host == ParticipantRoles.Host);

        // Every event type of the default news vocabulary carries a CAMEO code of 2 to 4 digits.
        Assert.All(EventTypes.All, t => Assert.Matches("^[0-9]{2,4}$", t.Cameo));
    }

    [Fact]
    public void The_fact_index_navigates_from_entities_and_articles_and_never_throws_on_a_miss()
    {
        var e = new Event("e", EventTypes.DiplomacyVisit, "A visit.", new[] { new Participant(Valdoria, ParticipantRoles.Visitor) }, null, null, EventStatus.Occurred, null, null, null, null, Ev());
        var index = new FactIndex(new[] { new ArticleFacts(Article, events: new[] { e }) });
        var stranger = new Country("ruritania", "Ruritania", "Another invented country.");
        var otherArticle = new Article("a-2", "Other", Array.Empty<Person>(), null, PartialDate.OfYear(2014), "https://example.org/b", ArticleKind.News, "en", new string('1', 64), 1);

        Assert.Equal(e, Assert.Single(index.For(Valdoria).Events));
        Assert.Empty(index.For(stranger).Events);
        Assert.Empty(index.For(otherArticle).All);
        Assert.Equal(e, Assert.Single(index.For(Article).All));
    }

    [Fact]
    public void Facts_built_from_values_give_back_their_strings_and_evidence()
    {
        // A fact built from values keeps its strings in a table of its own, read as a decoded fact reads its stream's.
        var e = new Event("visit-1", EventTypes.DiplomacyVisit, "A visit.", null, null, null, EventStatus.Occurred, null, null, null, null, Ev("He visited."));
        var q = new Quote("quote-1", Valdoria, null, "Words.", null, Ev("He said: Words."));
        var c = new Claim("claim-1", "A statement.", e, null, Ev("It is claimed."));
        var m = new Mention(Valdoria, 2, Ev("Valdoria said."));

        Assert.Equal(("visit-1", "A visit.", "He visited."), (e.Id, e.Summary, e.Evidence.Text));
        Assert.Equal(("quote-1", "Words.", "He said: Words."), (q.Id, q.Text, q.Evidence.Text));
        Assert.Equal(("claim-1", "A statement.", "It is claimed."), (c.Id, c.Statement, c.Evidence.Text));
        Assert.Equal(Ev("He visited."), e.Evidence);
        Assert.Equal(Ev("Valdoria said."), m.First);
        Assert.All(new[] { e.Article, q.Article, c.Article, m.Article }, a => Assert.Same(Article, a));
        Assert.Equal("A visit.", (e with { }).Summary);
        Assert.Throws<ArgumentNullException>(() => new Event("e", EventTypes.DiplomacyVisit, null!, null, null, null, EventStatus.Occurred, null, null, null, null, Ev()));
        Assert.Throws<ArgumentNullException>(() => new Mention(Valdoria, 1, null!));
    }

    private static TemporalValue T(string text) => TemporalValue.Parse(text);
}
