using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;
using Dataset.Synthetic;
using Dataset.Tool.Input;
using Dataset.Tool.Output;

namespace Dataset.Tool.Tests;

/// <summary><c>dataset check</c>: the build's diagnostics (the core's, which CorePipelineTests proves equal to the generator's), exit codes, bad input.</summary>
public class CheckTests
{
    private const string Article = "articles/wsws-2013-08-08-russia-iran.yaml";

    [Fact]
    public void The_curated_data_passes()
    {
        var (code, output, error) = ToolHarness.Run("check", ToolHarness.CuratedData, "--warnaserror");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("dataset check: 0 error(s), 0 warning(s) in ", Assert.Single(ToolHarness.Lines(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_print_in_the_compilers_form_with_exit_code_1_and_match_the_whole_pipeline()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOfCuratedData();
        Edit(data, "registry/people.yaml", "of: russia", "of: rusia");
        Edit(data, Article, "time: \"2013-07-08/2013-07-12\"", "time: \"2013-02-30\"");

        var (code, output, _) = ToolHarness.Run("check", data);
        var lines = ToolHarness.Lines(output);

        Assert.Equal(1, code);
        var expected = Compile(data).Diagnostics.Select(d => DiagnosticFormatter.Format(d)).ToList();
        Assert.Equal(expected, lines[..^1]);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(data, "registry", "people.yaml") + "(", StringComparison.Ordinal) && l.Contains("): error DSG0203: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(".yaml(", StringComparison.Ordinal) && l.Contains("): error DSG04", StringComparison.Ordinal));
        var files = Directory.GetFiles(data, "*.*", SearchOption.AllDirectories).Count(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Equal("dataset check: " + expected.Count + " error(s), 0 warning(s) in " + files + " file(s)", lines[^1]);
    }

    [Fact]
    public void A_warning_passes_unless_warnings_are_errors()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOfCuratedData();
        Edit(data, Article, "    acknowledge:\n      - { id: DSG0501, reason: \"the article's own figures; the text is kept as written\" }\n", "");

        var plain = ToolHarness.Run("check", data);
        var strict = ToolHarness.Run("check", data, "--warnaserror");

        Assert.Equal(0, plain.Code);
        Assert.Contains("): warning DSG0501: ", plain.Out, StringComparison.Ordinal);
        Assert.Equal(1, strict.Code);
        Assert.Contains("): error DSG0501: ", strict.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_gives_the_diagnostics_and_entities_of_the_whole_pipeline_on_a_broken_synthetic_corpus()
    {
        using var temp = new TempFolder();
        var corpus = SyntheticCorpus.Create(40);
        corpus.WriteTo(temp.Path);

        // Unknown references, a missing text, a duplicate article id, a file that binds to nothing, a flow-style article.
        var third = temp[corpus.ArticleYamlPath(3)];
        File.WriteAllText(third, File.ReadAllText(third).Replace("entity: ", "entity: x", StringComparison.Ordinal));
        File.Delete(temp[corpus.ArticleTextPath(5)]);
        File.WriteAllText(temp["articles/zz-copy.yaml"], File.ReadAllText(temp[corpus.ArticleYamlPath(7)]));
        File.WriteAllText(temp["articles/notes.yml"], "schema: 1\nnothing: here\n");
        File.WriteAllText(temp["articles/aa-flow.yaml"], "{ schema: 1, article: { id: broken } }\n");

        var read = CorpusStream.Read(DataFolder.Open(temp.Path), Check.Options.Default, null, new ToolConsole(TextWriter.Null, TextWriter.Null, false), "check", CancellationToken.None);
        var whole = Compile(temp.Path);

        Assert.NotEmpty(whole.Diagnostics);
        Assert.Equal(whole.Diagnostics, read.Model.Diagnostics);
        Assert.Equal(whole.Kinds, read.Model.Kinds);
        Assert.Equal(whole.ContentHash, read.Model.ContentHash);
    }

    [Theory]
    [InlineData("check", "no-such-folder")]
    [InlineData("check", "--no-such-option")]
    [InlineData("export", "--format", "csv", "--out", "x")]
    [InlineData("frobnicate")]
    public void Bad_input_is_one_line_and_exit_code_2(params string[] args)
    {
        var (code, output, error) = ToolHarness.Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(ToolHarness.Lines(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_one_line_and_exit_code_2()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOfCuratedData();
        File.WriteAllBytes(Path.Combine(data, "registry", "latin1.yaml"), new byte[] { (byte)'a', (byte)':', (byte)' ', 0xE9, (byte)'\n' });

        var (code, output, error) = ToolHarness.Run("check", data);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("dataset: error: " + Path.Combine(data, "registry", "latin1.yaml") + ": the file is not UTF-8; save it as UTF-8", error.TrimEnd('\n'));
    }

    internal static LinkedCorpus Compile(string folder) =>
        CorpusPipeline.Compile(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(p => CorpusPipeline.IsYaml(p) || CorpusPipeline.IsText(p))
                .Select(p => new InputFile(p, File.ReadAllText(p))),
            Check.Options.Default,
            CancellationToken.None);

    private static void Edit(string data, string file, string from, string to)
    {
        var path = Path.Combine(data, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
