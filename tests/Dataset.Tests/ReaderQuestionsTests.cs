namespace Dataset.Tests;

/// <summary>
/// Questions a reader of the article would ask, answered through the public API only (LINQ over <see cref="Corpus"/>).
/// The expected answers are read off the article text, not off the generated code.
/// </summary>
public class ReaderQuestionsTests
{
    [Fact]
    public void How_much_did_Russia_and_Iran_trade_in_2011()
    {
        var trade = Corpus.Quantities.OfType<MoneyFigure>()
            .Single(f => f.Measure == "bilateral-trade" && f.Period?.IsWithin(2011) == true && f.IsBetween(Countries.Russia, Countries.Iran));

        Assert.Equal(new Money(3_000_000_000m, "USD"), trade.Amount);
        Assert.Contains("$3 billion in 2011", trade.Evidence.Text.Replace("\\$", "$", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Trade_figures_of_2011_by_country_pair_largest_first()
    {
        var pairs = Corpus.Quantities.OfType<MoneyFigure>()
            .Where(f => f.Measure == "bilateral-trade" && f.Period?.IsWithin(2011) == true)
            .OrderByDescending(f => f.Amount.Value)
            .Select(f => string.Join("–", f.Between.Select(c => c.Name).Order()) + " " + f.Amount)
            .ToList();

        Assert.Equal(
            new[] { "China–Russia 100,000,000,000 USD", "China–Iran 40,000,000,000 USD", "Iran–Russia 3,000,000,000 USD" },
            pairs);
    }

    [Fact]
    public void Trade_fell_40_per_cent_says_the_article_though_its_own_figures_give_a_third()
    {
        var fall = Corpus.Quantities.OfType<Change>().Single(c => c.Measure == "bilateral-trade");

        Assert.Equal(-40m, fall.StatedPercent);
        Assert.Equal(3_000_000_000m, ((MoneyFigure)fall.From).Amount.Value);
        Assert.Equal(2_000_000_000m, ((MoneyFigure)fall.To).Amount.Value);
        Assert.Equal(-33.3m, fall.ComputedPercent);
        Assert.True(fall.From.Period!.IsDefinitelyBefore(fall.To.Period!));
    }

    [Fact]
    public void Which_events_did_Russia_not_confirm()
    {
        var unconfirmed = Corpus.Events.Where(e => e.FactualityFor(Countries.Russia) is Factuality.Unknown).ToList();

        var exercise = Assert.Single(unconfirmed);
        Assert.Equal(EventTypes.MilitaryExercise, exercise.Type);
        Assert.Equal("2013-07-08/2013-07-12", exercise.Time!.ToString());
        Assert.Equal(Places.CaspianSea, exercise.Place);
        Assert.Contains(exercise.Factuality, f => f.Source is Organization && f.Value == Factuality.Certain && f.Source.Name.Contains("Northern Fleet", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Rogozins_warning_dates_from_January_2012_though_the_article_reads_as_January_2013()
    {
        // The article (August 2013) says "warned in January"; the original reporting dates the words to 13 January 2012.
        var quote = Corpus.Quotes.Single(q => q.Speaker == People.DmitryRogozin);

        Assert.StartsWith("Should anything happen to Iran", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("a direct threat to Russia's national security.", quote.Text, StringComparison.Ordinal);
        Assert.True(quote.Said!.IsWithin(PartialDate.OfMonth(2012, 1)));
        Assert.DoesNotContain(Corpus.Quotes, q => q.Said?.MayBeWithin(PartialDate.OfMonth(2013, 1)) == true);

        var correction = Corpus.Corrections.Single(c => c.Kind == CorrectionKinds.WrongDate && c.Entity == People.DmitryRogozin);
        Assert.Equal("warned in January", correction.Written);
        Assert.Contains("2012", correction.Correct, StringComparison.Ordinal);
        Assert.StartsWith("https://", correction.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_by_speaker()
    {
        var bySpeaker = Corpus.Quotes.GroupBy(q => q.Speaker).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(2, bySpeaker[People.AndreiAreshev]);
        Assert.Equal(1, bySpeaker[People.DmitryRogozin]);
        Assert.Equal(1, bySpeaker[People.VladimirMukhin]);
        Assert.Equal(1, bySpeaker[People.GholamRezaKhademBeqam]);
        Assert.Equal(Works.TheAntiNATOAllianceInTheCaspianSea, Corpus.Quotes.Single(q => q.Speaker == People.VladimirMukhin).Work);
    }

    [Fact]
    public void Which_places_does_the_article_name_in_the_Caspian_region()
    {
        var caspian = Corpus.Entities.OfType<Place>()
            .Where(p => p.PartOf == Places.CaspianRegion && Corpus.About(p).Mentions.Count > 0)
            .Select(p => p.Name)
            .Order()
            .ToList();

        Assert.Equal(new[] { "Aktau", "Baku", "Caspian Sea" }, caspian);
    }

    [Fact]
    public void Which_events_took_place_in_or_on_the_Caspian_Sea_in_time_order()
    {
        var caspian = Corpus.Events
            .Where(e => e.Place == Places.CaspianSea && e.Time is not null)
            .OrderBy(e => e.Time)
            .Select(e => e.Time!.ToString())
            .ToList();

        Assert.Equal("1991/..", caspian[0]); // the border dispute since the collapse of the Soviet Union
        Assert.Equal("2009", caspian[1]); // the first joint exercise
        Assert.Contains("2013-07-08/2013-07-12", caspian);
        Assert.Contains("2013-03", caspian); // the Jamaran II destroyer stationed there
    }

    [Fact]
    public void Events_grouped_by_year_show_2013_as_the_year_of_the_visit_the_pact_and_the_exercises()
    {
        var byYear = Corpus.Events
            .Where(e => e.Time is { Start: { } s, End: { } end } && s.Year == end.Year)
            .GroupBy(e => e.Time!.Start!.Value.Year)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Type).ToList());

        Assert.Contains(EventTypes.DiplomacyVisit, byYear[2013]);
        Assert.Contains(EventTypes.SecurityPact, byYear[2013]);
        Assert.Contains(EventTypes.MilitaryExercise, byYear[2013]);
        Assert.Contains(EventTypes.MilitaryDeployment, byYear[2013]);
        Assert.Contains(EventTypes.ArmsSupplyRefused, byYear[2011]);
        Assert.Contains(EventTypes.DiplomacyDelegationExchange, byYear[2012]);
        Assert.Equal(new[] { EventTypes.MilitaryExercise }, byYear[2009]);
        Assert.Equal(new[] { EventTypes.PoliticsStateCollapse }, byYear[1991]);
    }

    [Fact]
    public void Who_was_the_first_Russian_interior_minister_to_visit_Iran_since_1979_and_when()
    {
        var visit = Corpus.Events.Single(e => e.Type == EventTypes.DiplomacyVisit);

        Assert.Contains(visit.Participants, p => p.Entity == People.VladimirKolokoltsev);
        Assert.Equal(Countries.Iran, visit.Place);
        Assert.True(visit.Time!.IsWithin(PartialDate.OfMonth(2013, 1)));
        Assert.False(TemporalValue.Point(PartialDate.OfMonth(2013, 1)).Contains(visit.Time)); // the visit need not fill the month
        Assert.Equal(TemporalRelation.After, visit.Time!.Relate(TemporalValue.Point(PartialDate.OfYear(2011))));

        // A visit in January 2013 may start the day after something that lasted until the end of 2012: After or MetBy.
        Assert.Equal(TemporalRelation.Indeterminate, visit.Time.Relate(TemporalValue.Point(PartialDate.OfYear(2012))));

        // Two things "in January 2013" may be any days of that month: their order is honestly indeterminate.
        Assert.Equal(TemporalRelation.Indeterminate, visit.Time.Relate(Corpus.Events.Single(e => e.Type == EventTypes.SecurityPact).Time!));
        Assert.Contains("first Russian interior minister to travel to Iran since 1979", visit.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_did_Medvedev_refuse_and_what_is_wrong_about_the_date()
    {
        var refusal = Corpus.Events.Single(e => e.Type == EventTypes.ArmsSupplyRefused);

        Assert.True(refusal.Involves(People.DmitryMedvedev));
        Assert.Contains(refusal.Participants, p => p.Entity == Weapons.S300);
        Assert.Equal("2011", refusal.Time!.ToString());
        Assert.Equal(EntityKind.Agreement, refusal.Agreement!.Kind);

        var correction = Corpus.Corrections.Single(c => c.Kind == CorrectionKinds.WrongDate && c.Entity == refusal.Agreement);
        Assert.Contains("2010", correction.Correct, StringComparison.Ordinal);
        Assert.StartsWith("https://", correction.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void How_many_delegations_in_2012_and_how_strong_the_paramilitary_unit()
    {
        var delegations = Corpus.Quantities.OfType<CountFigure>().Single(c => c.Measure == "delegations");
        var unit = Corpus.Quantities.OfType<CountFigure>().Single(c => c.Measure == "personnel");

        Assert.Equal(170m, delegations.Value);
        Assert.Equal("2012", delegations.Period!.ToString());
        Assert.Equal(500_000m, unit.Value);
        Assert.Equal(EntityKind.Force, unit.Of!.Kind);
    }

    [Fact]
    public void Who_denied_that_the_2009_actions_were_joint_exercises()
    {
        var claim = Corpus.Claims.Single(c => c.About is { } e && e.Type == EventTypes.MilitaryExercise && e.Time!.ToString() == "2009");

        Assert.Single(claim.Attributions, a => a.Stance == Stances.Denies);
        Assert.Contains(claim.Attributions, a => a.Stance == Stances.Denies && a.Source!.Name.Contains("Russian", StringComparison.Ordinal));
        Assert.Contains(claim.Attributions, a => a.Stance == Stances.Asserts && a.Source!.Name.Contains("Iranian", StringComparison.Ordinal));
        Assert.False(claim.IsAuthorJudgement);
    }

    [Fact]
    public void The_authors_judgements_are_kept_apart_and_the_reported_facts_stay_neutral()
    {
        var judgements = Corpus.Claims.Where(c => c.IsAuthorJudgement).ToList();

        Assert.NotEmpty(judgements);
        Assert.All(judgements, c => Assert.StartsWith("The author asserts", c.Statement, StringComparison.Ordinal));
        Assert.Contains(judgements, c => c.Evidence.Text.Contains("brutal economic sanctions", StringComparison.Ordinal));

        // The article's loaded words appear in attributed claims and evidence, never in the neutral event summaries.
        Assert.All(Corpus.Events, e => Assert.DoesNotContain("imperialis", e.Summary, StringComparison.OrdinalIgnoreCase));
        Assert.All(Corpus.Events, e => Assert.DoesNotContain("brutal", e.Summary, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Which_names_does_the_article_get_wrong()
    {
        var corrections = Corpus.Corrections.ToDictionary(c => c.Written, c => c.Correct);

        Assert.Equal("Nezavisimaya Gazeta", corrections["Nezavizimaya Gazeta"]);
        Assert.StartsWith("Deputy Prime Minister", corrections["Russian defence minister"], StringComparison.Ordinal);
        Assert.Equal(People.DmitryRogozin, Corpus.Corrections.Single(c => c.Kind == CorrectionKinds.WrongTitle).Entity);
        var transliteration = Corpus.Corrections.Single(c => c.Kind == CorrectionKinds.Transliteration);
        Assert.Equal((People.VladimirMukhin, "Vladimir Muchin", "Vladimir Mukhin"), (transliteration.Entity, transliteration.Written, transliteration.Correct));
        Assert.StartsWith("https://www.rferl.org/", transliteration.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_by_how_often_the_article_names_them()
    {
        var countries = Corpus.Entities.OfType<Country>()
            .Select(c => (Country: c, Count: Corpus.About(c).MentionCount))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ToList();

        // Iran and Russia dominate the article; Syria comes next.
        Assert.Equal(new[] { Countries.Iran, Countries.Russia }, countries.Take(2).Select(x => x.Country).Order(new ByName()).ToArray());
        Assert.True(countries[0].Count >= 20, $"{countries[0].Country} is named {countries[0].Count} times");
        Assert.Contains(countries, x => x.Country == Countries.Syria && x.Count >= 4);
    }

    [Fact]
    public void Entities_by_kind_with_their_mention_counts()
    {
        var byKind = Corpus.Mentions
            .GroupBy(m => m.Entity.Kind)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Count));

        Assert.True(byKind[EntityKind.Country] > byKind[EntityKind.Person]);
        Assert.True(byKind[EntityKind.Place] >= 10, "the Caspian Sea alone is named ten times");
        Assert.True(byKind.ContainsKey(EntityKind.Vessel) && byKind.ContainsKey(EntityKind.Weapon));
    }

    [Fact]
    public void What_the_corpus_says_about_Vladimir_Mukhin()
    {
        var mukhin = Corpus.About(People.VladimirMukhin);

        Assert.Single(mukhin.Quotes);
        Assert.Equal(2, mukhin.Claims.Count(c => c.StanceOf(People.VladimirMukhin) is { } s && (s == Stances.Asserts || s == Stances.Warns)));
        Assert.Equal(2, Corpus.Events.Count(e => e.FactualityFor(People.VladimirMukhin) is Factuality.Certain)); // the NATO transits via Baku and Aktau
        Assert.Contains(mukhin.Mentions, m => m.First.Text.Contains("Muchin", StringComparison.Ordinal));
    }

    [Fact]
    public void What_did_Irans_northern_fleet_report_and_which_quotes_appeared_in_the_anti_NATO_comment()
    {
        var fleet = Corpus.About(Organizations.IranianNavyNorthernFleet);

        var reported = Assert.Single(fleet.ReportedEvents);
        Assert.Equal(Factuality.Certain, reported.FactualityFor(Organizations.IranianNavyNorthernFleet));
        Assert.Equal(Factuality.Unknown, reported.FactualityFor(Countries.Russia));
        Assert.Contains(reported, Corpus.About(Countries.Russia).ReportedEvents);

        var quote = Assert.Single(Corpus.About(Works.TheAntiNATOAllianceInTheCaspianSea).Quotes);
        Assert.Equal(People.VladimirMukhin, quote.Speaker);
    }

    [Fact]
    public void The_plans_were_announced_before_the_exercise_took_place()
    {
        var announcement = Corpus.Events.Single(e => e.Type == EventTypes.DiplomacyAnnouncement);
        var exercise = Corpus.Events.Single(e => e.FactualityFor(Countries.Russia) is Factuality.Unknown);

        Assert.Equal(TemporalModifier.End, announcement.Time!.Modifier);
        Assert.Equal(TemporalRelation.Before, announcement.Time.Relate(exercise.Time!));
        Assert.Equal(TemporalRelation.After, exercise.Time!.Relate(announcement.Time));
    }

    [Fact]
    public void Every_evidence_passage_is_at_its_offsets_in_the_article_text()
    {
        var article = Assert.Single(Articles.All);
        var text = File.ReadAllText(Path.Combine(ReadmeExamplesTests.RepoRoot(), "data", "articles", article.Id + ".txt"));

        Assert.Equal(article.TextLength, text.Length);
        var evidence = Corpus.Facts.All.Select(f => f.Evidence).Concat(Corpus.Mentions.Select(m => m.First)).ToList();
        Assert.True(evidence.Count > 100);
        Assert.All(evidence, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void An_articles_facts_and_an_entitys_facts_navigate_both_ways()
    {
        var article = Assert.Single(Articles.All);
        var facts = Corpus.In(article);

        Assert.Equal(Corpus.Events.Count, facts.Events.Count);
        Assert.Equal(Corpus.Facts.All.Count, facts.All.Count);
        Assert.All(facts.All, f => Assert.Equal(article, f.Article));

        var putin = Corpus.About(People.VladimirPutin);
        Assert.All(putin.Events, e => Assert.True(e.Involves(People.VladimirPutin)));
        Assert.Contains(putin.Events, e => e.Type == EventTypes.DiplomacyVisitDeclined);
        Assert.Contains(putin.Events, e => e.Type == EventTypes.PoliticsTermStart && e.Time!.ToString() == "2012-05-07");
    }

    private sealed class ByName : IComparer<Entity>
    {
        public int Compare(Entity? x, Entity? y) => string.CompareOrdinal(x?.Name, y?.Name);
    }
}
