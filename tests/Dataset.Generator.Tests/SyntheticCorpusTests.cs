using Dataset.Synthetic;

namespace Dataset.Generator.Tests;

/// <summary>The synthetic corpus (tests/Dataset.Synthetic) is valid input: the generator reports nothing about it.</summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void Synthetic_corpus_passes_validation_with_no_diagnostic()
    {
        var corpus = SyntheticCorpus.Create(40);
        var files = corpus.Files().Select(f => (f.Path, f.Text)).ToList();

        var result = new GeneratorHarness(files).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        Assert.Equal(40, result.GeneratedSources.Count(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)));
        var compile = GeneratorHarness.Compile(result, out _);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void Every_article_has_the_requested_shape_and_pins_its_text()
    {
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(3, 60));
        var (yaml, text) = corpus.Article(1);

        Assert.Contains("sha256: " + SyntheticCorpus.Sha256(text.Text) + "\n", yaml.Text);
        Assert.Equal(30, Count(yaml.Text, "  - id: event-"));
        Assert.Equal(30, Count(yaml.Text, "  - id: figure-"));
        Assert.Equal(30, Count(yaml.Text, "  - id: quote-"));
        Assert.Equal(60, corpus.Entities.Count);
        Assert.Equal(corpus.Entities.Count, corpus.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Same_options_give_identical_files_and_another_seed_gives_other_files()
    {
        var a = SyntheticCorpus.Create(new SyntheticOptions(5, 60, seed: 7)).Files().ToList();
        var b = SyntheticCorpus.Create(new SyntheticOptions(5, 60, seed: 7)).Files().ToList();
        var c = SyntheticCorpus.Create(new SyntheticOptions(5, 60, seed: 8)).Files().ToList();

        Assert.Equal(a, b);
        Assert.Equal(a.Select(f => f.Path), c.Select(f => f.Path));
        Assert.NotEqual(a.Single(f => f.Path == "articles/" + "synth-2010-01-03-00002.yaml").Text, c.Single(f => f.Path == "articles/synth-2010-01-03-00002.yaml").Text);
    }

    [Fact]
    public void An_edited_article_is_still_valid_and_differs_only_in_that_file()
    {
        var corpus = SyntheticCorpus.Create(6);
        var harness = new GeneratorHarness(corpus.Files().Select(f => (f.Path, f.Text)));
        harness.Run();

        var edited = corpus.EditedArticleYaml(3, edit: 1);
        Assert.Equal(corpus.ArticleYamlPath(3), edited.Path);
        Assert.NotEqual(corpus.Article(3).Yaml.Text, edited.Text);
        harness.Replace(edited.Path, edited.Text);
        var result = harness.Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
    }

    [Fact]
    public void Written_files_are_the_in_memory_files()
    {
        var corpus = SyntheticCorpus.Create(2);
        var directory = Path.Combine(Path.GetTempPath(), "dataset-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            corpus.WriteTo(directory);
            foreach (var file in corpus.Files())
            {
                var bytes = File.ReadAllBytes(Path.Combine(directory, file.Path));
                Assert.Equal(System.Text.Encoding.UTF8.GetBytes(file.Text), bytes);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
