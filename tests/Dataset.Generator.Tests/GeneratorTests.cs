using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

public class GeneratorTests
{
    [Fact]
    public void Generated_source_matches_the_baselines()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "Articles/example-2013-07-17.g.cs", "Corpus.g.cs", "CorpusContentHash.g.cs", "CorpusSources.g.cs", "Entities/Countries.g.cs", "Entities/Organizations.g.cs", "Entities/People.g.cs",
                "Vocabulary/CorrectionKinds.g.cs", "Vocabulary/EventTypes.g.cs", "Vocabulary/ParticipantRoles.g.cs", "Vocabulary/RelationTypes.g.cs", "Vocabulary/Stances.g.cs",
            },
            result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        foreach (var source in result.GeneratedSources)
        {
            Baseline.Verify(nameof(Generated_source_matches_the_baselines), source.HintName, source.SourceText.ToString());
        }
    }

    /// <summary>
    /// The facts as the runtime decodes them from the fact streams (which the source baselines show only as hex), one
    /// line per fact in the prose the API prints, with the fields a reviewer checks: a readable snapshot of the data.
    /// </summary>
    [Fact]
    public void Decoded_facts_match_the_baseline()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();

        GeneratorHarness.Load(result, assembly =>
        {
            var corpus = assembly.GetType("Fixture.Corpus")!;
            var text = new System.Text.StringBuilder();
            foreach (var list in new[] { "Events", "Relations", "Quantities", "Quotes", "Claims", "Corrections" })
            {
                text.Append("## ").Append(list).Append('\n');
                foreach (var fact in (System.Collections.IEnumerable)corpus.GetProperty(list)!.GetValue(null)!)
                {
                    var f = (Dataset.Fact)fact;
                    text.Append(f.Id).Append(" [").Append(f.GetType().Name).Append("] ").Append(f).Append('\n')
                        .Append("  evidence at ").Append(f.Evidence.Start).Append('+').Append(f.Evidence.Length).Append(": ").Append(f.Evidence.Text).Append('\n');
                }
            }

            Baseline.Verify(nameof(Decoded_facts_match_the_baseline), "Facts.txt", text.ToString());
        });
    }

    [Fact]
    public void Generated_source_compiles_without_warnings()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();

        var diagnostics = GeneratorHarness.Compile(result, out _);

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
    }

    [Fact]
    public void Generated_code_runs_and_exposes_the_data()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();
        GeneratorHarness.Compile(result, out var compilation);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics));

        var context = new System.Runtime.Loader.AssemblyLoadContext("fixture", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var people = assembly.GetType("Fixture.People")!;
            var marant = (Dataset.Person)people.GetProperty("IlseMarant")!.GetValue(null)!;
            var entities = assembly.GetType("Fixture.Entities")!;
            var find = (Func<string, Dataset.Entity?>)entities.GetMethod("Find")!.CreateDelegate(typeof(Func<string, Dataset.Entity?>));

            Assert.Equal("Ilse Marant", marant.Name);
            Assert.Equal("Valdoria", marant.Country!.Name);
            Assert.Equal("Foreign Minister", marant.Positions.Single().Title);
            Assert.True(marant.Positions.Single().IsHeldAt(Dataset.PartialDate.OfDay(2013, 7, 17)));
            Assert.Same(marant, find("ilse marrant"));
            Assert.Equal("ruritania", find("Ruritanian")!.Id);
            Assert.Null(find("Atlantis"));

            // The facts, decoded from the article's fact stream by Dataset.Model's loader.
            var corpus = assembly.GetType("Fixture.Corpus")!;
            var events = (IReadOnlyList<Dataset.Event>)corpus.GetProperty("Events")!.GetValue(null)!;
            var pact = events.Single();
            Assert.Equal(("pact", "diplomacy.agreement", "Ruritania and Valdoria sign a pact."), (pact.Id, pact.Type.Code, pact.Summary));
            var eventTypes = assembly.GetType("Fixture.EventTypes")!;
            Assert.Same(eventTypes.GetProperty("DiplomacyAgreement")!.GetValue(null), pact.Type);
            Assert.Equal(("diplomacy", "057", "057"), (pact.Type.Parent!.Code, pact.Type.Cameo, pact.Cameo));
            Assert.True(pact.Type.IsA((Dataset.EventType)eventTypes.GetProperty("Diplomacy")!.GetValue(null)!));
            Assert.Equal(new[] { "ruritania", "valdoria" }, pact.Participants.Select(p => p.Entity.Id));
            Assert.All(pact.Participants, p => Assert.Equal("party", p.Role.Code));
            Assert.Null(pact.Place);
            Assert.Equal(Dataset.TemporalValue.Point(Dataset.PartialDate.OfDay(2013, 7, 8)), pact.Time);
            Assert.Equal((0, 52), (pact.Evidence.Start, pact.Evidence.Length));
            var trade = Assert.IsType<Dataset.MoneyFigure>(((IReadOnlyList<Dataset.Quantity>)corpus.GetProperty("Quantities")!.GetValue(null)!).Single());
            Assert.Equal(new Dataset.Money(2000000000m, "USD"), trade.Amount);
            Assert.Equal("Trade was \\$2 billion.", trade.Evidence.Text);
            var quote = ((IReadOnlyList<Dataset.Quote>)corpus.GetProperty("Quotes")!.GetValue(null)!).Single();
            Assert.Same(marant, quote.Speaker);
            Assert.Equal("We are partners.", quote.Text);
            var correction = ((IReadOnlyList<Dataset.Correction>)corpus.GetProperty("Corrections")!.GetValue(null)!).Single();
            Assert.Equal(("Ilse Marrant", "Ilse Marant"), (correction.Written, correction.Correct));
            var mentions = (IReadOnlyList<Dataset.Mention>)corpus.GetProperty("Mentions")!.GetValue(null)!;
            Assert.Equal(new[] { ("ilse-marant", 1), ("ruritania", 1), ("valdoria", 1) }, mentions.Select(m => (m.Entity.Id, m.Count)));
            Assert.Same(pact.Evidence.Article, mentions[0].Article);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Namespace_comes_from_DatasetNamespace()
    {
        var result = new GeneratorHarness(Fixture.Files(), ns: "My.Data").Run();

        Assert.All(result.GeneratedSources, s => Assert.Contains("namespace My.Data", s.SourceText.ToString()));
    }

    [Fact]
    public void Output_is_identical_with_crlf_input_and_under_other_cultures()
    {
        var expected = Sources(new GeneratorHarness(Fixture.Files()).Run());
        var crlf = Fixture.Files().Select(f => f.Path.EndsWith(".yaml") ? (f.Path, f.Text.Replace("\n", "\r\n")) : f).ToArray();
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                Assert.Equal(expected, Sources(new GeneratorHarness(crlf).Run()));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    private static string Sources(GeneratorRunResult result) => string.Join("\n//---\n",
        result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));

    [Fact]
    public void Reading_the_facts_builds_the_entities_they_name_and_no_index()
    {
        const string Places = "schema: 2\nkind: place\nentities:\n  - id: atlantis\n    name: Atlantis\n    description: A place the article does not name.\n";
        var result = new GeneratorHarness(Fixture.Files().Append(("registry/places.yaml", Places))).Run();

        GeneratorHarness.Load(result, assembly =>
        {
            object? Field(string type, string name) => assembly.GetType(type)!.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
            var events = (IReadOnlyList<Dataset.Event>)assembly.GetType("Fixture.Corpus")!.GetProperty("Events")!.GetValue(null)!;

            // The article's entities are found through each kind's table: the ones it names are built, no other, no index.
            // (What a table has built: its slots, a private field of Dataset.Model's EntityTable.)
            Dataset.Entity?[]? Built(string type) =>
                (Dataset.Entity?[]?)typeof(Dataset.Infrastructure.EntityTable).GetField("_entities", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(Field(type, "entities"));
            Assert.Equal(new[] { "ruritania", "valdoria" }, events.Single().Participants.Select(p => p.Entity.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(new[] { "ruritania", "valdoria" }, Built("Fixture.Countries")!.Where(c => c is not null).Select(c => c!.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Null(Built("Fixture.Places"));
            Assert.Null(Field("Fixture.Entities", "s_index"));

            // The index, when a program asks for it, holds every entity, the instances the facts refer to.
            var findById = (Func<string, Dataset.Entity?>)assembly.GetType("Fixture.Entities")!.GetMethod("FindById")!.CreateDelegate(typeof(Func<string, Dataset.Entity?>));
            Assert.Same(events.Single().Participants.Single(p => p.Entity.Id == "ruritania").Entity, findById("ruritania"));
            Assert.Equal("Atlantis", findById("atlantis")!.Name);
        });
    }
}
