using System.Collections.Immutable;
using System.Reflection;
using Dataset.Core.Common;
using Dataset.Core.Model;
using Dataset.Generator.Emit;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests;

/// <summary>
/// What makes the pipeline incremental: value-equatable models only (no Roslyn objects, no reference-equal collections),
/// and an edit to one article regenerating only that article's file (and the corpus content hash).
/// </summary>
public class PipelineShapeTests
{
    private static readonly Type[] ForbiddenTypes =
    {
        typeof(ISymbol), typeof(Location), typeof(SourceText), typeof(Diagnostic), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(AdditionalText),
    };

    private static readonly Type[] ForbiddenGenerics = { typeof(ImmutableArray<>), typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>) };

    [Fact]
    public void Every_value_flowing_through_the_pipeline_is_plain_equatable_data()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(3, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        var result = harness.Run();

        // The generator's own named steps (the driver also tracks its inputs, AdditionalText and options, which are Roslyn's).
        // A step with no output in this run (the placeholders of clean data) is not reported, hence the filter.
        var all = typeof(DatasetGenerator.Steps).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var names = all.Where(result.TrackedSteps.ContainsKey).ToList();
        Assert.Equal(new[] { DatasetGenerator.Steps.Placeholders }, all.Except(names).Order(StringComparer.Ordinal));
        var roots = names.SelectMany(n => result.TrackedSteps[n]).SelectMany(s => s.Outputs).Select(o => o.Value.GetType())
            .Distinct().ToList();
        Assert.Contains(typeof(FileResult), roots);
        Assert.Contains(typeof(ArticleUnit), roots);
        Assert.Contains(typeof(EntityFileUnit), roots);

        // Every model record too, whether or not this run produced one: the core's models and the emit units.
        var models = typeof(EquatableArray<>).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(FileResult).Namespace && t.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null)
            .Concat(new[] { typeof(EntityFileUnit), typeof(ContentHashUnit) });

        var problems = Walk(roots.Concat(models));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_type_walk_finds_forbidden_types_at_any_depth()
    {
        var problems = Walk(new[] { typeof(BadModel) });

        Assert.Contains(problems, p => p.Contains("List`1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Int32[]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Location", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ImmutableArray`1", StringComparison.Ordinal) && p.Contains("BadInner", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NotEquatable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_run_over_a_synthetic_corpus_is_entirely_cached()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(20, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        harness.Run();

        var second = harness.Run();

        foreach (var (name, steps) in second.TrackedSteps)
        {
            Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " was " + o.Reason));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_article_regenerates_only_that_article_and_the_content_hash()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(30, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        var first = harness.Run();
        var edited = corpus.EditedArticleYaml(17, edit: 1);

        harness.Replace(edited.Path, edited.Text);
        var second = harness.Run();

        Assert.True(second.Diagnostics.IsEmpty, GeneratorHarness.Describe(second.Diagnostics));
        var articles = second.TrackedSteps[DatasetGenerator.Steps.Articles].SelectMany(s => s.Outputs).ToList();
        var modified = Assert.Single(articles, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(corpus.ArticleIds[17], ((ArticleUnit)modified.Value).Article.Id);
        Assert.Equal(29, articles.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        foreach (var step in new[] { DatasetGenerator.Steps.EntityKinds, DatasetGenerator.Steps.EntityFiles, DatasetGenerator.Steps.Corpus })
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + o.Reason));
        }

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[DatasetGenerator.Steps.ContentHash].Single().Outputs.Single().Reason);

        // The facts' sources are read again for the edited article only (over the corpus, most of an edit's own time).
        var sources = second.TrackedSteps[DatasetGenerator.Steps.ArticleSources].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(30, sources.Count);
        Assert.Equal(29, sources.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // End to end: exactly two generated files differ, and only their source outputs ran again.
        var before = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = second.GeneratedSources.Where(s => before[s.HintName] != s.SourceText.ToString()).Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(new[] { "Articles/" + corpus.ArticleIds[17] + ".g.cs", "CorpusContentHash.g.cs" }, changed);
        Assert.Equal(first.GeneratedSources.Length, second.GeneratedSources.Length);
        var rerun = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(2, rerun);
    }

    [Fact]
    public void Editing_one_article_re_links_only_that_article()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(30, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        harness.Run();
        var edited = corpus.EditedArticleYaml(17, edit: 1);

        harness.Replace(edited.Path, edited.Text);
        var second = harness.Run();

        var linked = second.TrackedSteps[DatasetGenerator.Steps.LinkArticle].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(30, linked.Count);
        var modified = Assert.Single(linked, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(corpus.ArticleIds[17], ((ArticleResult)modified.Value).Id);
        Assert.Equal(29, linked.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        foreach (var step in new[] { DatasetGenerator.Steps.Registry, DatasetGenerator.Steps.EntityTable, DatasetGenerator.Steps.TextIndex })
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void Editing_one_article_text_re_links_only_the_article_that_pins_it()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(12, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        harness.Run();
        var (_, text) = corpus.Article(5);

        harness.Replace(text.Path, text.Text + "\nOne more line.\n");
        var second = harness.Run();

        // Every article is paired with its text again (the text index changed), but only one pairing differs.
        var inputs = second.TrackedSteps[DatasetGenerator.Steps.ArticleInputs].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(corpus.ArticleIds[5], Assert.Single(inputs, o => o.Reason == IncrementalStepRunReason.Modified).Value is ArticleInput i ? i.File.Article!.Meta.Id : null);
        Assert.Equal(11, inputs.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));
        var linked = second.TrackedSteps[DatasetGenerator.Steps.LinkArticle].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(corpus.ArticleIds[5], ((ArticleResult)Assert.Single(linked, o => o.Reason == IncrementalStepRunReason.Modified).Value).Id);
        Assert.Equal(11, linked.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The text no longer matches the hash its article pins: reported at that article's sha256.
        var mismatch = Assert.Single(second.Diagnostics);
        Assert.Equal("DSG0302", mismatch.Id);
        Assert.EndsWith(corpus.ArticleYamlPath(5), mismatch.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_edit_that_only_moves_lines_re_links_no_article()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(8, 60));
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        harness.Run();
        var registry = corpus.RegistryFiles().First();

        harness.Replace(registry.Path, "# a comment that moves every line\n" + registry.Text);
        var second = harness.Run();

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[DatasetGenerator.Steps.Registry].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.TrackedSteps[DatasetGenerator.Steps.EntityTable].Single().Outputs.Single().Reason);
        Assert.All(second.TrackedSteps[DatasetGenerator.Steps.LinkArticle].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>Walks field and property types; returns one line per forbidden type found, with the path to it.</summary>
    private static List<string> Walk(IEnumerable<Type> roots)
    {
        var problems = new List<string>();
        var seen = new HashSet<Type>();
        var queue = new Queue<(Type Type, string Path)>(roots.Select(t => (t, t.Name)));
        while (queue.Count > 0)
        {
            var (type, path) = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
            {
                continue;
            }

            if (type.IsArray || ForbiddenTypes.Any(f => f.IsAssignableFrom(type))
                || (type.IsGenericType && ForbiddenGenerics.Contains(type.GetGenericTypeDefinition())))
            {
                problems.Add(path + ": " + type.Name + (type.IsGenericType ? "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty));
                continue;
            }

            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Nullable<>) || type.GetGenericTypeDefinition() == typeof(EquatableArray<>)
                || type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal)))
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    queue.Enqueue((argument, path + "<" + argument.Name + ">"));
                }

                continue;
            }

            if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                problems.Add(path + ": " + type.Name + " is a collection without value equality (use EquatableArray<T>)");
                continue;
            }

            if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
            {
                problems.Add(path + ": " + type.Name + " is NotEquatable (make it a record)");
            }

            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(flags).Where(p => p.Name != "EqualityContract"))
            {
                queue.Enqueue((property.PropertyType, path + "." + property.Name));
            }

            foreach (var field in type.GetFields(flags))
            {
                queue.Enqueue((field.FieldType, path + "." + field.Name));
            }
        }

        return problems;
    }

    private sealed record BadInner(ImmutableArray<string> Names);

    private sealed class NotEquatable
    {
        public string Name { get; } = string.Empty;
    }

    private sealed record BadModel(string Ok, List<int> Items, int[] Numbers, Location Where, EquatableArray<BadInnerHolder> Inners, NotEquatable Plain);

    private sealed record BadInnerHolder(BadInner? Inner);
}
