using System.IO;
using Dataset.Core.Common;
using Dataset.Generator.Emit;
using Dataset.Core.Model;
using Dataset.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The generator's fact stream encoder against the runtime's loader: facts built as emit models are encoded, decoded
/// by <see cref="FactStreamReader"/>, and compared with records written out by hand here, value by value.
/// </summary>
public partial class FactStreamTests
{
    private static readonly Country Ruritania = new("ruritania", "Ruritania", "A country.", iso2: "RU");
    private static readonly Country Valdoria = new("valdoria", "Valdoria", "Another country.");
    private static readonly Person Marant = new("ilse-marant", "Ilse Marant", "A minister.");
    private static readonly Agreement Pact = new("pact", "The Pact", "An agreement.");
    private static readonly Work Memoir = new("memoir", "Memoir", "A book.");
    private static readonly Place Zenda = new("zenda", "Zenda", "A town.");

    private static readonly EntityRef RuritaniaRef = new("ruritania", "Countries", "Ruritania", "Country");
    private static readonly EntityRef ValdoriaRef = new("valdoria", "Countries", "Valdoria", "Country");
    private static readonly EntityRef MarantRef = new("ilse-marant", "People", "IlseMarant", "Person");
    private static readonly EntityRef PactRef = new("the-pact", "Agreements", "ThePact", "Agreement");
    private static readonly EntityRef MemoirRef = new("memoir", "Works", "Memoir", "Work");
    private static readonly EntityRef ZendaRef = new("zenda", "Places", "Zenda", "Place");

    /// <summary>A time value as the linker hands it to the emitters: as written, and parsed.</summary>
    private static LinkedTime TimeOf(string value, string? modifier) => new(value, modifier, TimeValue.Parse(value, out _)!.Value);

    private static readonly Dictionary<string, Entity> ByMember = new(StringComparer.Ordinal)
    {
        ["Ruritania"] = Ruritania, ["Valdoria"] = Valdoria, ["IlseMarant"] = Marant, ["ThePact"] = Pact, ["Memoir"] = Memoir, ["Zenda"] = Zenda,
    };

    private static readonly Article TheArticle = new(
        "example-2013-07-17", "A headline", new[] { Marant }, null, PartialDate.OfDay(2013, 7, 17), "https://example.org/a", ArticleKind.News, "en", new string('0', 64), 1000);

    private const string Astral = "Zürich \u201Cquoted\u201D \U0001D11E \U0001F600 \u0627\u0644\u0639\u0631\u0628\u064A\u0629";
    private const string LoneSurrogate = "broken \uD800 surrogate";
    private const string Multiline = "line one\r\nline two\nline three";

    [Fact]
    public void Events_round_trip_every_field_and_tricky_value()
    {
        var facts = Facts(events: new[]
        {
            new LinkedEvent("pact", "DiplomacyAgreement", "Ruritania and Valdoria sign a pact.",
                Arr(new LinkedParticipant(RuritaniaRef, "Party"), new LinkedParticipant(ValdoriaRef, "Party")),
                null, TimeOf("2013-07-08", null), "Occurred", PactRef,
                Arr<LinkedSource>(), null, null, new LinkedEvidence("Ruritania and Valdoria signed", 0, 29)),
            new LinkedEvent("", "MilitaryExercise", Astral,
                Arr<LinkedParticipant>(), ZendaRef, null, "Planned", null,
                Arr(new LinkedSource(null, "Certain"), new LinkedSource(RuritaniaRef, "Unknown")), "Conflict.Attack", "",
                new LinkedEvidence(Multiline, int.MaxValue - 100, 0)),
            new LinkedEvent("lone", "ConflictWar", LoneSurrogate, Arr(new LinkedParticipant(ZendaRef, "LocationOwner")), RuritaniaRef,
                TimeOf("2011/..", "after"), "Ongoing", null, Arr(new LinkedSource(MarantRef, "CertainNot")), "", "036",
                new LinkedEvidence(LoneSurrogate, 7, 22)),
        });

        var decoded = RoundTrip(facts);

        Assert.Equal(3, decoded.Events.Count);
        var pact = decoded.Events[0];
        Assert.Equal("pact", pact.Id);
        Assert.Equal(Term<EventType>("DiplomacyAgreement"), pact.Type);
        Assert.Equal("Ruritania and Valdoria sign a pact.", pact.Summary);
        Assert.Equal(new[] { new Participant(Ruritania, Term<ParticipantRole>("Party")), new Participant(Valdoria, Term<ParticipantRole>("Party")) }, pact.Participants);
        Assert.Null(pact.Place);
        Assert.Equal(TemporalValue.Point(PartialDate.OfDay(2013, 7, 8)), pact.Time);
        Assert.Equal(TemporalModifier.None, pact.Time!.Modifier);
        Assert.Equal(EventStatus.Occurred, pact.Status);
        Assert.Same(Pact, pact.Agreement);
        Assert.Equal(new[] { new SourceFactuality(null, Factuality.Certain) }, pact.Factuality);
        Assert.Null(pact.Ace);
        Assert.Null(pact.Cameo);
        AssertEvidence(pact.Evidence, "Ruritania and Valdoria signed", 0, 29);

        var exercise = decoded.Events[1];
        Assert.Equal(string.Empty, exercise.Id);
        Assert.Equal(Term<EventType>("MilitaryExercise"), exercise.Type);
        Assert.Equal(Astral, exercise.Summary);
        Assert.Empty(exercise.Participants);
        Assert.Same(Zenda, exercise.Place);
        Assert.Null(exercise.Time);
        Assert.Equal(EventStatus.Planned, exercise.Status);
        Assert.Null(exercise.Agreement);
        Assert.Equal(new[] { new SourceFactuality(null, Factuality.Certain), new SourceFactuality(Ruritania, Factuality.Unknown) }, exercise.Factuality);
        Assert.Equal("Conflict.Attack", exercise.Ace);
        Assert.Equal(string.Empty, exercise.Cameo);
        AssertEvidence(exercise.Evidence, Multiline, int.MaxValue - 100, 0);

        var war = decoded.Events[2];
        Assert.Equal(LoneSurrogate, war.Summary);
        Assert.Equal(new[] { new Participant(Zenda, Term<ParticipantRole>("LocationOwner")) }, war.Participants);
        Assert.Same(Ruritania, war.Place);
        Assert.Equal(TemporalValue.Interval(PartialDate.OfYear(2011), null, TemporalModifier.After), war.Time);
        Assert.Equal(TemporalModifier.After, war.Time!.Modifier);
        Assert.Equal(EventStatus.Ongoing, war.Status);
        Assert.Equal(new[] { new SourceFactuality(Marant, Factuality.CertainNot) }, war.Factuality);
        Assert.Equal(string.Empty, war.Ace);
        Assert.Equal("036", war.Cameo);
        AssertEvidence(war.Evidence, LoneSurrogate, 7, 22);
    }

    [Theory]
    [InlineData("2013", null)]
    [InlineData("2013-H1", "start")]
    [InlineData("2013-H2", "mid")]
    [InlineData("2013-Q1", "end")]
    [InlineData("2013-Q4", "approx")]
    [InlineData("2013-12", "before")]
    [InlineData("2012-02-29", "after")]
    [InlineData("0001-01-01", null)]
    [InlineData("9999-12-31", null)]
    [InlineData("2013-07-08/2013-07-12", null)]
    [InlineData("2012/2013-H2", "approx")]
    [InlineData("2011/..", null)]
    [InlineData("../2013-Q3", "end")]
    public void Every_date_precision_and_time_shape_round_trips(string value, string? modifier)
    {
        var facts = Facts(relations: new[] { new LinkedRelation("r", "Cooperation", RuritaniaRef, ValdoriaRef, TimeOf(value, modifier), new LinkedEvidence("x", 1, 1)) });

        var time = RoundTrip(facts).Relations.Single().Time;

        var expectedModifier = modifier is null ? TemporalModifier.None : Enum.Parse<TemporalModifier>(modifier, ignoreCase: true);
        Assert.Equal(TemporalValue.Parse(value, expectedModifier), time);
        Assert.Equal(expectedModifier, time!.Modifier);
        Assert.Equal(modifier is null ? value : modifier + " " + value, time.ToString());
    }

    [Fact]
    public void Every_partial_date_field_survives()
    {
        var facts = Facts(relations: new[]
        {
            Relation("a", "1999"), Relation("b", "1999-H2"), Relation("c", "1999-Q3"), Relation("d", "1999-11"), Relation("e", "1999-11-30"),
        });

        var times = RoundTrip(facts).Relations.Select(r => r.Time!.Start!.Value).ToList();

        Assert.Equal(new[] { DatePrecision.Year, DatePrecision.Half, DatePrecision.Quarter, DatePrecision.Month, DatePrecision.Day }, times.Select(t => t.Precision));
        Assert.All(times, t => Assert.Equal(1999, t.Year));
        Assert.Equal(2, times[1].Half);
        Assert.Equal(3, times[2].Quarter);
        Assert.Equal(11, times[3].Month);
        Assert.Equal((11, 30), (times[4].Month, times[4].Day));
    }

    public static TheoryData<decimal> Decimals() => new()
    {
        0m, 1m, -1m, 0.5m, -0.5m, 1.50m, 1.500000m, 2000000000m, 3000000000.00m, decimal.MaxValue, decimal.MinValue,
        0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 79228162514264337593543950335m / 10000000000m,
        12345678901234567890.123456789m, new decimal(0, 0, 0, isNegative: true, scale: 3),
    };

    [Theory]
    [MemberData(nameof(Decimals))]
    public void Decimals_round_trip_bit_for_bit_in_every_quantity(decimal value)
    {
        var facts = Facts(quantities: new[]
        {
            Quantity("money", "m", value, "USD", percent: null),
            Quantity("count", "c", value, null, percent: null),
            Quantity("percentage", "p", null, null, percent: value),
            Quantity("change", "ch", null, null, percent: value) with { From = 0, To = 1 },
        });

        var q = RoundTrip(facts).Quantities;

        Assert.Equal(decimal.GetBits(value), decimal.GetBits(((MoneyFigure)q[0]).Amount.Value));
        Assert.Equal("USD", ((MoneyFigure)q[0]).Amount.Currency);
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(((CountFigure)q[1]).Value));
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(((PercentageFigure)q[2]).Percent));
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(((Change)q[3]).StatedPercent!.Value));
    }

    [Fact]
    public void Quantities_keep_their_subtypes_links_and_common_fields()
    {
        var facts = Facts(quantities: new[]
        {
            Quantity("money", "m0", 2000000000m, "EUR", null, measure: "bilateral-trade") with
            {
                Period = TimeOf("2013", null), Between = Arr(RuritaniaRef, ValdoriaRef), Approximate = true,
            },
            Quantity("count", "delegations", 40m, null, null) with { Of = ZendaRef, Source = MarantRef },
            Quantity("percentage", "share", null, null, 12.5m),
            Quantity("change", "trade-change", null, null, null) with { From = 0, To = 1, Period = TimeOf("2012/2013", "approx") },
            Quantity("change", "second-change", null, null, -40m) with { From = 3, To = 2 },
        });

        var q = RoundTrip(facts).Quantities;

        var money = Assert.IsType<MoneyFigure>(q[0]);
        Assert.Equal(("m0", "bilateral-trade"), (money.Id, money.Measure));
        Assert.Equal(new Money(2000000000m, "EUR"), money.Amount);
        Assert.Equal(TemporalValue.Point(PartialDate.OfYear(2013)), money.Period);
        Assert.Equal(new Entity[] { Ruritania, Valdoria }, money.Between);
        Assert.Null(money.Of);
        Assert.Null(money.Source);
        Assert.True(money.IsApproximate);
        AssertEvidence(money.Evidence, "evidence of m0", 10, 14);

        var count = Assert.IsType<CountFigure>(q[1]);
        Assert.Equal(40m, count.Value);
        Assert.Null(count.Period);
        Assert.Empty(count.Between);
        Assert.Same(Zenda, count.Of);
        Assert.Same(Marant, count.Source);
        Assert.False(count.IsApproximate);

        Assert.Equal(12.5m, Assert.IsType<PercentageFigure>(q[2]).Percent);

        var change = Assert.IsType<Change>(q[3]);
        Assert.Same(q[0], change.From);
        Assert.Same(q[1], change.To);
        Assert.Null(change.StatedPercent);
        Assert.Equal(TemporalValue.Interval(PartialDate.OfYear(2012), PartialDate.OfYear(2013), TemporalModifier.Approx), change.Period);

        var second = Assert.IsType<Change>(q[4]);
        Assert.Same(q[3], second.From);
        Assert.Same(q[2], second.To);
        Assert.Equal(-40m, second.StatedPercent);
    }

    [Fact]
    public void Quotes_claims_corrections_and_mentions_round_trip()
    {
        var facts = Facts(
            events: new[] { new LinkedEvent("e0", "DiplomacyVisit", "s", Arr<LinkedParticipant>(), null, null, "Occurred", null, Arr<LinkedSource>(), null, null, new LinkedEvidence("ev", 0, 2)) },
            quotes: new[]
            {
                new LinkedQuote("q0", MarantRef, TimeOf("2013-07", null), "We are partners.", null, new LinkedEvidence("\u201CWe are partners.\u201D", 83, 18)),
                new LinkedQuote("q1", RuritaniaRef, null, Astral, MemoirRef, new LinkedEvidence(Astral, 5, Astral.Length)),
            },
            claims: new[]
            {
                new LinkedClaim("c0", "It happened.", 0, Arr(new LinkedSource(null, "Asserts"), new LinkedSource(ValdoriaRef, "DoesNotConfirm")), new LinkedEvidence("claim", 1, 5)),
                new LinkedClaim("c1", "", -1, Arr<LinkedSource>(), new LinkedEvidence("", 0, 0)),
            },
            corrections: new[]
            {
                new LinkedCorrection("k0", "MisspelledName", MarantRef, "Ilse Marrant", "Ilse Marant", "Example register", "https://example.org/register", new LinkedEvidence("Minister Ilse Marrant said", 54, 26)),
                new LinkedCorrection("k1", "WrongDate", null, "", Multiline, LoneSurrogate, "", new LinkedEvidence("d", 3, 1)),
            },
            mentions: new[]
            {
                new LinkedMention(MarantRef, 1, new LinkedEvidence("Minister Ilse Marrant said", 54, 26)),
                new LinkedMention(RuritaniaRef, 250000, new LinkedEvidence("Ruritania and Valdoria signed", 0, 29)),
            });

        var decoded = RoundTrip(facts);

        Assert.Same(TheArticle, decoded.Article);
        var q0 = decoded.Quotes[0];
        Assert.Equal(("q0", "We are partners."), (q0.Id, q0.Text));
        Assert.Same(Marant, q0.Speaker);
        Assert.Equal(TemporalValue.Point(PartialDate.OfMonth(2013, 7)), q0.Said);
        Assert.Null(q0.Work);
        AssertEvidence(q0.Evidence, "\u201CWe are partners.\u201D", 83, 18);
        var q1 = decoded.Quotes[1];
        Assert.Same(Ruritania, q1.Speaker);
        Assert.Null(q1.Said);
        Assert.Equal(Astral, q1.Text);
        Assert.Same(Memoir, q1.Work);

        var c0 = decoded.Claims[0];
        Assert.Equal(("c0", "It happened."), (c0.Id, c0.Statement));
        Assert.Same(decoded.Events[0], c0.About);
        Assert.Equal(new[] { new ClaimAttribution(null, Term<Stance>("Asserts")), new ClaimAttribution(Valdoria, Term<Stance>("DoesNotConfirm")) }, c0.Attributions);
        var c1 = decoded.Claims[1];
        Assert.Equal(string.Empty, c1.Statement);
        Assert.Null(c1.About);
        Assert.Empty(c1.Attributions);
        AssertEvidence(c1.Evidence, string.Empty, 0, 0);

        var k0 = decoded.Corrections[0];
        Assert.Equal(Term<CorrectionKind>("MisspelledName"), k0.Kind);
        Assert.Same(Marant, k0.Entity);
        Assert.Equal(("Ilse Marrant", "Ilse Marant", "Example register", "https://example.org/register"), (k0.Written, k0.Correct, k0.SourceTitle, k0.SourceUrl));
        var k1 = decoded.Corrections[1];
        Assert.Equal(Term<CorrectionKind>("WrongDate"), k1.Kind);
        Assert.Null(k1.Entity);
        Assert.Equal((string.Empty, Multiline, LoneSurrogate, string.Empty), (k1.Written, k1.Correct, k1.SourceTitle, k1.SourceUrl));

        Assert.Equal(2, decoded.Mentions.Count);
        Assert.Same(Marant, decoded.Mentions[0].Entity);
        Assert.Equal(1, decoded.Mentions[0].Count);
        AssertEvidence(decoded.Mentions[0].First, "Minister Ilse Marrant said", 54, 26);
        Assert.Same(Ruritania, decoded.Mentions[1].Entity);
        Assert.Equal(250000, decoded.Mentions[1].Count);
        Assert.Equal(new Fact[] { decoded.Events[0], q0, q1, c0, c1, k0, k1 }, decoded.All);
    }

    [Fact]
    public void No_facts_give_empty_lists()
    {
        var decoded = RoundTrip(Facts());

        Assert.Empty(decoded.Events);
        Assert.Empty(decoded.Relations);
        Assert.Empty(decoded.Quantities);
        Assert.Empty(decoded.Quotes);
        Assert.Empty(decoded.Claims);
        Assert.Empty(decoded.Corrections);
        Assert.Empty(decoded.Mentions);
        Assert.Empty(FactStreamWriter.Encode(Facts()).Entities);
    }

    [Fact]
    public void Every_member_of_every_closed_enum_round_trips_by_value()
    {
        foreach (var status in Enum.GetValues<EventStatus>())
        {
            Assert.Equal(status, RoundTrip(Facts(events: new[] { Event("DiplomacyVisit", status.ToString(), "Agent", "Certain") })).Events.Single().Status);
        }

        foreach (var value in Enum.GetValues<Factuality>())
        {
            Assert.Equal(value, RoundTrip(Facts(events: new[] { Event("DiplomacyVisit", "Occurred", "Agent", value.ToString()) })).Events.Single().Factuality.Single().Value);
        }

        foreach (var modifier in Enum.GetValues<TemporalModifier>())
        {
            var code = modifier == TemporalModifier.None ? null : modifier.ToString().ToLowerInvariant();
            var facts = Facts(relations: new[] { new LinkedRelation("r", "Alliance", RuritaniaRef, ValdoriaRef, TimeOf("2013", code), new LinkedEvidence("x", 0, 1)) });
            Assert.Equal(modifier, RoundTrip(facts).Relations.Single().Time!.Modifier);
        }
    }

    [Fact]
    public void Vocabulary_terms_go_through_one_table_numbered_in_order_of_first_use()
    {
        var facts = Facts(
            events: new[] { Event("MilitaryExercise", "Occurred", "Host", "Certain"), Event("MilitaryExercise", "Occurred", "Visitor", "Certain") },
            relations: new[] { new LinkedRelation("r", "Alliance", RuritaniaRef, ValdoriaRef, null, new LinkedEvidence("x", 0, 1)) },
            claims: new[] { new LinkedClaim("c", "s", -1, Arr(new LinkedSource(null, "Denies")), new LinkedEvidence("x", 0, 1)) },
            corrections: new[] { new LinkedCorrection("k", "WrongTitle", null, "a", "b", "c", "d", new LinkedEvidence("x", 0, 1)) });

        var encoded = FactStreamWriter.Encode(facts);
        var decoded = RoundTrip(facts);

        Assert.Equal(
            new[] { ("EventTypes", "MilitaryExercise"), ("ParticipantRoles", "Host"), ("ParticipantRoles", "Visitor"), ("RelationTypes", "Alliance"), ("Stances", "Denies"), ("CorrectionKinds", "WrongTitle") },
            encoded.Terms);
        Assert.Same(decoded.Events[0].Type, decoded.Events[1].Type);
        Assert.Equal(Term<ParticipantRole>("Visitor"), decoded.Events[1].Participants.Single().Role);
        Assert.Equal(Term<RelationType>("Alliance"), decoded.Relations.Single().Type);
        Assert.Equal(Term<Stance>("Denies"), decoded.Claims.Single().Attributions.Single().Stance);
        Assert.Equal(Term<CorrectionKind>("WrongTitle"), decoded.Corrections.Single().Kind);

        // A term table that does not match the stream is rejected, as an entity table is.
        Assert.Contains("vocabulary terms", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, encoded.Bytes, encoded.Texts, Entities(encoded), Array.Empty<VocabularyTerm>())).Message, StringComparison.Ordinal);
        var swapped = Terms(encoded).Reverse().ToArray();
        Assert.Contains("as a EventType", Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, encoded.Bytes, encoded.Texts, Entities(encoded), swapped)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_lists_of_closed_enums_list_the_runtime_enums_in_value_order()
    {
        AssertVocabulary<EventStatus>(Vocabulary.EventStatuses);
        AssertVocabulary<Factuality>(Vocabulary.FactualityValues);
        AssertVocabulary<TemporalModifier>(new[] { "none" }.Concat(Vocabulary.TimeModifiers).ToList());
    }

    [Fact]
    public void Encoding_is_deterministic_and_shares_repeated_strings_and_entities()
    {
        var facts = Facts(mentions: new[]
        {
            new LinkedMention(RuritaniaRef, 1, new LinkedEvidence("the same sentence", 0, 17)),
            new LinkedMention(ValdoriaRef, 1, new LinkedEvidence("the same sentence", 0, 17)),
            new LinkedMention(RuritaniaRef with { }, 2, new LinkedEvidence("the same sentence", 0, 17)),
        });

        var first = FactStreamWriter.Encode(facts);
        var second = FactStreamWriter.Encode(facts);

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(new[] { RuritaniaRef, ValdoriaRef }, first.Entities);
        Assert.Equal(first.Texts, second.Texts);
        Assert.Equal(2, first.StringCount); // since format 3, the two entities' ids
        Assert.Equal(1, first.TextCount); // since format 5, the shared sentence, a text
        var decoded = RoundTrip(facts);
        Assert.Same(decoded.Mentions[0].First.Text, decoded.Mentions[1].First.Text);
    }

    [Fact]
    public void The_stored_form_the_generated_code_keeps_decodes_alike()
    {
        // Summaries stored as UTF-16 (a lone surrogate) whose bytes make surrogates and U+E000 at either alignment of the
        // stored pairs ("\u00DC\u00DC" is DC 00 DC 00: a pair 00 DC when odd): the stored form escapes them (a lone
        // surrogate does not survive Native AOT's constants), and they decode alike.
        const string Even = "\uD800\u00DC\u00DC\uE000 \uDFFF";
        const string Odd = "x" + Even;
        var encoded = FactStreamWriter.Encode(Facts(events: new[]
        {
            Event("SecurityPact", "Announced", "Host", "Probable") with { Summary = Even },
            Event("SecurityPact", "Announced", "Host", "Probable") with { Summary = Odd },
        }));
        // The summaries are texts (format 5): their stream holds the escapes.
        var stored = Store(encoded.Texts!);
        Assert.Contains('\uE000', stored);
        Assert.DoesNotContain(stored, char.IsSurrogate);

        var decoded = FactStreamReader.Read(TheArticle, Store(encoded.Bytes), stored, Entities(encoded), Terms(encoded));

        Assert.Equal(new[] { Even, Odd }, decoded.Events.Select(e => e.Summary));
        var e = decoded.Events[0];
        Assert.Equal((Term<EventType>("SecurityPact"), EventStatus.Announced), (e.Type, e.Status));
        Assert.Equal(new[] { new Participant(Ruritania, Term<ParticipantRole>("Host")) }, e.Participants);
    }

    [Fact]
    public void The_generated_code_finds_entities_by_id_and_terms_by_name_and_strings_are_decoded_on_first_read()
    {
        var facts = Facts(events: new[] { Event("SecurityPact", "Announced", "Host", "Probable") });
        var article = new LinkedArticle("example-2013-07-17", "Example20130717", "A headline", Arr(MarantRef), Arr("Ilse Marant"), null,
            TimeOf("2013-07-17", null).Parsed.Start!.Value, "https://example.org/a", "News", "en", new string('0', 64), 1000, facts);
        var encoded = FactStreamWriter.Encode(facts, article);
        var entities = Entities(encoded);
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            byId.Add(encoded.Entities[i].Id, entities[i]);
        }

        var terms = Terms(encoded);
        VocabularyTerm? FindTerm(int set, string member)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                if (FactStreamWriter.SetIndex(encoded.Terms[i].Class) == set && encoded.Terms[i].Member == member)
                {
                    return terms[i];
                }
            }

            return null;
        }

        var decoded = FactStreamReader.Read(TheArticle, Store(encoded.Bytes), Store(encoded.Texts!), id => byId.TryGetValue(id, out var e) ? e : null, FindTerm);

        // The record builds the article once: ReadArticle publishes it in the field and then returns the field's.
        Article? field = null;
        var built = FactStreamReader.ReadArticle(ref field, Store(encoded.Bytes), id => byId.TryGetValue(id, out var e) ? e : null);
        Assert.Same(built, field);
        Assert.Equal((TheArticle.Id, TheArticle.Headline, TheArticle.Published, TheArticle.Url, TheArticle.Kind, TheArticle.Language, TheArticle.TextSha256, TheArticle.TextLength),
            (built.Id, built.Headline, built.Published, built.Url, built.Kind, built.Language, built.TextSha256, built.TextLength));
        Assert.Equal(new[] { Marant }, built.Authors);
        Assert.Null(built.Publisher);
        Assert.Same(built, FactStreamReader.ReadArticle(ref field, Store(encoded.Bytes), _ => null));

        var e = decoded.Events.Single();
        Assert.Equal(new[] { new Participant(Ruritania, Term<ParticipantRole>("Host")) }, e.Participants);
        Assert.Same(decoded.Article, e.Article);
        // Evidence is made on each read (and compared by value); its text, as every string, is decoded once and kept.
        Assert.Equal(e.Evidence, e.Evidence);
        Assert.Same(e.Evidence.Text, e.Evidence.Text);
        Assert.Same(e.Summary, e.Summary);
        Assert.Equal(new Evidence(TheArticle, e.Evidence.Text, e.Evidence.Start, e.Evidence.Length), e.Evidence);
        Assert.Equal(new Evidence(TheArticle, e.Evidence.Text, e.Evidence.Start, e.Evidence.Length).GetHashCode(), e.Evidence.GetHashCode());

        var error = Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, Store(encoded.Bytes), Store(encoded.Texts!), _ => null, FindTerm));
        Assert.Contains("the entity 'ruritania', which the dataset does not have", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<InvalidDataException>(() => FactStreamReader.Read(TheArticle, Store(encoded.Bytes), Store(encoded.Texts!), id => byId.TryGetValue(id, out var e) ? e : null, (_, _) => null));
        Assert.Contains("the vocabulary term 'SecurityPact' of set 0, which the dataset does not have", error.Message, StringComparison.Ordinal);
    }

    private static byte[] WithLength(byte[] bytes, int delta, int extra)
    {
        // Byte 1 is the declared length (a one-byte varint for these small streams).
        Assert.True(bytes[1] < 0x7F);
        var copy = bytes.Concat(new byte[extra]).ToArray();
        copy[1] = (byte)(bytes[1] + delta);
        return copy;
    }

    private static void AssertVocabulary<T>(IReadOnlyList<string> codes)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        Assert.Equal(values.Length, codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            Assert.Equal(Vocabulary.EnumMember(codes[i]), Enum.GetName((T)(object)i));
        }
    }

    private static ArticleFacts RoundTrip(LinkedFacts facts)
    {
        var encoded = FactStreamWriter.Encode(facts);
        return FactStreamReader.Read(TheArticle, encoded.Bytes, encoded.Texts, Entities(encoded), Terms(encoded));
    }

    private static Entity[] Entities(EncodedFacts encoded) => encoded.Entities.Select(e => ByMember[e.Member]).ToArray();

    /// <summary>The term table the generated code would pass: one instance per (class, member), its code the member's name.</summary>
    private static VocabularyTerm[] Terms(EncodedFacts encoded) => encoded.Terms.Select(t => TermOf(t.Class, t.Member)).ToArray();

    private static readonly Dictionary<(string, string), VocabularyTerm> TermInstances = new();

    private static T Term<T>(string member)
        where T : VocabularyTerm =>
        (T)TermOf(typeof(T).Name switch
        {
            nameof(EventType) => "EventTypes",
            nameof(ParticipantRole) => "ParticipantRoles",
            nameof(RelationType) => "RelationTypes",
            nameof(Stance) => "Stances",
            _ => "CorrectionKinds",
        }, member);

    private static VocabularyTerm TermOf(string cls, string member)
    {
        lock (TermInstances)
        {
            if (!TermInstances.TryGetValue((cls, member), out var term))
            {
                term = cls switch
                {
                    "EventTypes" => new EventType(member, member, string.Empty),
                    "ParticipantRoles" => new ParticipantRole(member, member, string.Empty),
                    "RelationTypes" => new RelationType(member, member, string.Empty),
                    "Stances" => new Stance(member, member, string.Empty),
                    _ => new CorrectionKind(member, member, string.Empty),
                };
                TermInstances.Add((cls, member), term);
            }

            return term;
        }
    }

    private static void AssertEvidence(Evidence evidence, string text, int start, int length)
    {
        Assert.Same(TheArticle, evidence.Article);
        Assert.Equal(text, evidence.Text);
        Assert.Equal(start, evidence.Start);
        Assert.Equal(length, evidence.Length);
    }

    private static LinkedEvent Event(string type, string status, string role, string factuality) =>
        new("e", type, "s", Arr(new LinkedParticipant(RuritaniaRef, role)), null, null, status, null, Arr(new LinkedSource(null, factuality)), null, null, new LinkedEvidence("x", 0, 1));

    private static LinkedRelation Relation(string id, string time) =>
        new(id, "Cooperation", RuritaniaRef, ValdoriaRef, TimeOf(time, null), new LinkedEvidence("x", 0, 1));

    private static LinkedQuantity Quantity(string type, string id, decimal? amount, string? currency, decimal? percent, string? measure = null) =>
        new(id, type, measure ?? id, amount, currency, null, Arr<EntityRef>(), null, null, false, -1, -1, percent, new LinkedEvidence("evidence of " + id, 10, 14));

    private static EquatableArray<T> Arr<T>(params T[] items)
        where T : IEquatable<T> => items.ToEquatableArray();

    private static LinkedFacts Facts(
        LinkedEvent[]? events = null,
        LinkedRelation[]? relations = null,
        LinkedQuantity[]? quantities = null,
        LinkedQuote[]? quotes = null,
        LinkedClaim[]? claims = null,
        LinkedCorrection[]? corrections = null,
        LinkedMention[]? mentions = null) =>
        new(Arr(events ?? Array.Empty<LinkedEvent>()), Arr(relations ?? Array.Empty<LinkedRelation>()), Arr(quantities ?? Array.Empty<LinkedQuantity>()),
            Arr(quotes ?? Array.Empty<LinkedQuote>()), Arr(claims ?? Array.Empty<LinkedClaim>()), Arr(corrections ?? Array.Empty<LinkedCorrection>()),
            Arr(mentions ?? Array.Empty<LinkedMention>()));
}
