using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace Dataset.Benchmarks;

/// <summary>
/// (1) The generator's full run beside a parse-only baseline (YamlDotNet reading the same YAML, no validation or
/// emit), and (2) a one-file edit on a driver that has already run, at each N. All input is in memory.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private string[] _yaml = Array.Empty<string>();
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText[] _edits = Array.Empty<AdditionalText>();
    private int _edit;

    /// <summary>Article counts, from <c>BENCH_N</c> (comma-separated), default 1, 100, 1,000 and 10,000.</summary>
    public static IEnumerable<int> Sizes => Env.Ints("BENCH_N", "1,100,1000,10000");

    /// <summary>How many articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Makes the corpus in memory.</summary>
    [GlobalSetup(Targets = new[] { nameof(ParseOnly), nameof(FullRun) })]
    public void Setup() => MakeCorpus();

    /// <summary>Makes the corpus in memory and runs the driver once, for the incremental benchmark.</summary>
    [GlobalSetup(Target = nameof(OneFileEdit))]
    public void SetupIncremental()
    {
        var corpus = MakeCorpus();
        _driver = Workbench.CreateDriver(_texts).RunGenerators(_compilation);
        var index = N / 2;
        var path = Workbench.Root + corpus.ArticleYamlPath(index);
        _edits = new AdditionalText[]
        {
            _texts.Single(t => t.Path == path),
            new MemoryText(path, corpus.EditedArticleYaml(index, 1).Text),
            new MemoryText(path, corpus.EditedArticleYaml(index, 2).Text),
        };
        _edit = 0;
    }

    private SyntheticCorpus MakeCorpus()
    {
        var corpus = Workbench.Corpus(N);
        _texts = Workbench.Texts(corpus);
        _yaml = _texts.Cast<MemoryText>().Where(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(t => t.Content).ToArray();
        _compilation = Workbench.EmptyCompilation();
        return corpus;
    }

    /// <summary>YamlDotNet loads every YAML file into its representation model: the floor of any YAML-based build.</summary>
    /// <returns>The node count, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true, Description = "parse-only (YamlDotNet)")]
    public int ParseOnly()
    {
        var documents = 0;
        foreach (var yaml in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    /// <summary>A fresh driver runs the generator over every file: parse, link, validate, emit.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark(Description = "generator full run")]
    public int FullRun()
    {
        var driver = Workbench.CreateDriver(_texts).RunGenerators(_compilation);
        return driver.GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>One article's YAML changes (alternating between two edits) and the warm driver runs again.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark(Description = "generator one-file edit")]
    public int OneFileEdit()
    {
        var from = _edits[_edit == 0 ? 0 : _edit];
        _edit = _edit == 1 ? 2 : 1;
        _driver = _driver.ReplaceAdditionalText(from, _edits[_edit]).RunGenerators(_compilation);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }
}

/// <summary>(3) <c>CSharpCompilation.Emit</c> of the generated code: parse the generated files, bind, emit IL.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private IReadOnlyList<(string HintName, string Text)> _sources = Array.Empty<(string, string)>();

    /// <summary>Article counts, from <c>BENCH_COMPILE_N</c>, default 1,000 and 10,000.</summary>
    public static IEnumerable<int> Sizes => Env.Ints("BENCH_COMPILE_N", "1000,10000");

    /// <summary>How many articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Runs the generator once and keeps its output.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sources = Workbench.Generate(Workbench.Corpus(N));
        var largest = _sources.Select(s => (s.HintName, Lines: s.Text.Count(c => c == '\n'))).MaxBy(s => s.Lines);
        Console.WriteLine($"// N={N}: emit {(Workbench.TryCompile(_sources, out var errors) is null ? "FAILS: " + string.Join("; ", errors.Take(3)) : "succeeds")}");
        Console.WriteLine($"// N={N}: {_sources.Count} generated files, {_sources.Sum(s => s.Text.Count(c => c == '\n'))} lines, largest {largest.HintName} {largest.Lines} lines");
    }

    /// <summary>
    /// Parses, binds and emits the generated files into an in-memory assembly (Release). Timed whether or not the emit
    /// succeeds: past a few hundred synthetic articles it fails with CS8103 (user-string heap full), after all the work.
    /// </summary>
    /// <returns>The image size, or minus the error count.</returns>
    [Benchmark(Description = "compile (parse+bind+emit)")]
    public long Emit() => Workbench.TryCompile(_sources, out var errors) is { } image ? image.Length : -errors.Count;
}

/// <summary>Benchmark parameters from the environment, so that one build serves short and long runs.</summary>
internal static class Env
{
    public static IEnumerable<int> Ints(string name, string fallback) =>
        (Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
}
