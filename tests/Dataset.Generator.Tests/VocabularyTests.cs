using Dataset.Core.Model;
using Dataset.Core.Validation;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>A dataset's own vocabulary: the default one, a declared one end to end, and what an edit to either re-runs.</summary>
public class VocabularyTests
{
    [Fact]
    public void The_default_news_vocabulary_is_valid_and_every_event_type_has_a_cameo_code()
    {
        Assert.Empty(VocabularyLinker.DefaultDiagnostics);
        var vocabulary = VocabularyLinker.Default;
        Assert.Equal("news", vocabulary.Name);
        Assert.Equal(29, vocabulary.EventTypes.Count); // 22 types of schema 1 under 7 domain roots
        Assert.All(vocabulary.EventTypes, t => Assert.True(Core.Parsing.VocabularyBinder.IsCameo(t.Cameo!), t.Code));
        Assert.All(vocabulary.EventTypes.Where(t => t.Code.Contains('.', StringComparison.Ordinal)), t => Assert.Equal(t.Code.Split('.')[0], t.Parent));
        Assert.Equal(11, vocabulary.Roles.Count);
        Assert.Equal(9, vocabulary.RelationTypes.Count);
        Assert.Equal(5, vocabulary.Stances.Count);
        Assert.Equal(4, vocabulary.CorrectionKinds.Count);
        Assert.Empty(vocabulary.EntityKinds);
    }

    [Fact]
    public void The_curated_vocabulary_file_is_the_embedded_default()
    {
        var file = File.ReadAllText(Path.Combine(DiagnosticTests.RepoRoot(), "data", "vocabulary", "news.yaml")).Replace("\r\n", "\n");
        Assert.Equal(file, VocabularyLinker.DefaultText().Replace("\r\n", "\n"));
    }

    [Fact]
    public void Every_CAMEO_code_of_the_curated_article_is_in_the_codebook_shape()
    {
        // The CAMEO codes the curated events carry (their own crosswalk, else their type's) are 2 to 4 digits.
        var text = File.ReadAllText(Path.Combine(DiagnosticTests.RepoRoot(), "data", "articles", "wsws-2013-08-08-russia-iran.yaml"));
        var events = text.Split("\n  - id: ").Count(b => b.Contains("\n    status: ", StringComparison.Ordinal));
        var crosswalks = System.Text.RegularExpressions.Regex.Matches(text, "crosswalk: \\{[^}]*cameo: \"([0-9]{2,4})\"").Count;
        Assert.Equal(events, crosswalks);
    }

    [Fact]
    public void A_declared_vocabulary_gives_its_terms_classes_and_entity_kinds()
    {
        var people = Fixture.People.Replace("kind: person", "kind: minister");
        var result = new GeneratorHarness(Fixture.WithVocabulary(people: people)).Run();
        Assert.Empty(result.Diagnostics);
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Entities/Ministers.g.cs", hints);
        Assert.DoesNotContain("Entities/People.g.cs", hints);

        var diagnostics = GeneratorHarness.Compile(result, out var compilation);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("vocabulary", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var marant = (Person)assembly.GetType("Fixture.Ministers")!.GetProperty("IlseMarant")!.GetValue(null)!;
            Assert.Equal("ilse-marant", marant.Id); // a minister is a Person: it extends the built-in kind person

            var eventTypes = assembly.GetType("Fixture.EventTypes")!;
            var all = (IReadOnlyList<EventType>)eventTypes.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(new[] { "diplomacy", "diplomacy.agreement" }, all.Select(t => t.Code));
            var agreement = all[1];
            Assert.Equal(("057", "diplomacy"), (agreement.Cameo, agreement.Parent!.Code));
            Assert.Equal(new[] { "party", "witness" }, agreement.Roles.Select(r => r.Code));

            var events = (IReadOnlyList<Event>)assembly.GetType("Fixture.Corpus")!.GetProperty("Events")!.GetValue(null)!;
            Assert.Same(agreement, events.Single().Type);
            Assert.True(events.Single().Type.IsA(all[0]));

            // Sets the vocabulary leaves out come from the default: correction kinds.
            var kinds = (IReadOnlyList<CorrectionKind>)assembly.GetType("Fixture.CorrectionKinds")!.GetProperty("All")!.GetValue(null)!;
            Assert.Contains(kinds, k => k.Code == "misspelled-name");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void An_article_edit_does_not_reread_the_vocabulary()
    {
        var harness = new GeneratorHarness(Fixture.WithVocabulary());
        harness.Run();

        harness.Replace("articles/example-2013-07-17.yaml", Fixture.Article().Replace("Ruritania and Valdoria sign a pact.", "Ruritania and Valdoria sign an accord."));
        var second = harness.Run();

        foreach (var step in new[] { DatasetGenerator.Steps.Vocabulary, DatasetGenerator.Steps.VocabularyModel, DatasetGenerator.Steps.VocabularyUnits, DatasetGenerator.Steps.Registry })
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + o.Reason));
        }

        Assert.Contains(second.TrackedSteps[DatasetGenerator.Steps.LinkArticle].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_vocabulary_edit_relinks_every_article()
    {
        var files = Fixture.WithVocabulary().Concat(new[]
        {
            ("articles/second.yaml", Fixture.Article().Replace("id: example-2013-07-17", "id: second-2013-07-17").Replace("text: example-2013-07-17.txt", "text: second.txt")),
            ("articles/second.txt", Fixture.Text),
        }).ToArray();
        var harness = new GeneratorHarness(files);
        Assert.Empty(harness.Run().Diagnostics);

        harness.Replace("vocabulary/treaties.yaml", Fixture.Vocabulary.Replace("States sign an agreement.", "States sign a treaty or agreement."));
        var second = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[DatasetGenerator.Steps.Vocabulary].Single().Outputs.Single().Reason);
        var linked = second.TrackedSteps[DatasetGenerator.Steps.LinkArticle].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, linked.Count);
        Assert.All(linked, o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason)); // both re-ran against the new vocabulary
        Assert.Contains(second.TrackedSteps[DatasetGenerator.Steps.VocabularyUnits].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_schema_1_project_without_a_vocabulary_keeps_building_on_the_default()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Vocabulary/EventTypes.g.cs" && s.SourceText.ToString().Contains("MilitaryExercise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mistake_inside_a_term_names_the_set_with_its_article()
    {
        var vocabulary = Fixture.Vocabulary
            .Replace("extends: person }", "extends: person, colour: green }")
            .Replace("    label: Agreement\n", "    label: Agreement\n    colour: blue\n");
        var result = new GeneratorHarness(Fixture.WithVocabulary(vocabulary)).Run();

        var unknown = result.Diagnostics.Where(d => d.Id == "DSG0101").Select(d => d.GetMessage()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.StartsWith("unknown field 'colour' in an entity kind", unknown[0], StringComparison.Ordinal);
        Assert.StartsWith("unknown field 'colour' in an event type", unknown[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_extending_an_unknown_kind_is_reported_once_at_the_vocabulary_not_again_at_its_registry_file()
    {
        // One mistake: 'minister' extends a kind that does not exist. The people file of kind 'minister' and the article
        // that names its people are left out without errors of their own.
        var vocabulary = Fixture.Vocabulary.Replace("extends: person", "extends: persn");
        var people = Fixture.People.Replace("kind: person", "kind: minister");
        var result = new GeneratorHarness(Fixture.WithVocabulary(vocabulary, people: people)).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0205", d.Id);
        Assert.EndsWith("treaties.yaml", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal("no entity kind has the code 'persn' in the vocabulary 'treaties'; did you mean 'person'?", d.GetMessage());

        // A registry file of a kind the vocabulary never declared is still reported, at its 'kind'.
        var undeclared = Assert.Single(new GeneratorHarness(Fixture.WithVocabulary(people: Fixture.People.Replace("kind: person", "kind: ministr"))).Run().Diagnostics);
        Assert.EndsWith("people.yaml", undeclared.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }
}
