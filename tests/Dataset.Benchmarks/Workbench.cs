using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Dataset.Generator;
using Dataset.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks;

/// <summary>An additional file held in memory, its <see cref="SourceText"/> made once (as the compiler caches it).</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public string Content { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The build properties the generator reads: namespace <c>Bench</c>, version 1.0.0.</summary>
internal sealed class BenchOptions : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options();

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

    private sealed class Options : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = key switch
            {
                "build_property.DatasetNamespace" => "Bench",
                "build_property.Version" => "1.0.0",
                // What a net10.0 consumer's build passes: the library is compiled against .NET 10's reference assemblies
                // and runs with Dataset.Model's net10.0 build (its ReadyToRun image, as the package gives it here).
                "build_property.TargetFrameworkIdentifier" => ".NETCoreApp",
                "build_property.TargetFrameworkVersion" => "v10.0",
                _ => null!,
            };
            return value is not null;
        }
    }
}

/// <summary>Shared set-up: synthetic corpora, generator runs, compiles of the generated library, a cache folder.</summary>
internal static class Workbench
{
    public const string Root = "/bench/data/";

    /// <summary>
    /// The consumer's C# version, from <c>BENCH_LANGVERSION</c> (<c>10</c>, <c>7.3</c>...), default latest (before C# 8 the
    /// generated code has no nullable annotations; its streams are string constants in every version).
    /// </summary>
    public static LanguageVersion Language { get; } = Environment.GetEnvironmentVariable("BENCH_LANGVERSION") is { Length: > 0 } version
        && LanguageVersionFacts.TryParse(version, out var parsed) ? parsed : LanguageVersion.Latest;

    /// <summary>
    /// <see cref="Language"/>. <c>BENCH_DATA_SECTION=n</c> adds <c>/features:experimental-data-section-string-literals=n</c>
    /// (Roslyn 4.13+: literals longer than n characters emitted as UTF-8 data), an experiment recorded in the history of
    /// docs/benchmarks.md (`git log -p -- docs/benchmarks.md`).
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = Environment.GetEnvironmentVariable("BENCH_DATA_SECTION") is { Length: > 0 } threshold
        ? new CSharpParseOptions(Language).WithFeatures(new[] { new KeyValuePair<string, string>("experimental-data-section-string-literals", threshold) })
        : new CSharpParseOptions(Language);

    /// <summary>Where corpora (as files) and compiled libraries are kept between runs.</summary>
    public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "dataset-benchmarks");

    /// <summary>
    /// The registry size of every benchmark corpus, from <c>BENCH_M</c>, default 500: fixed, so that time against N
    /// shows the cost of articles alone (the cost of M is measured on its own, see docs/benchmarks.md).
    /// </summary>
    public static int Entities { get; } = Env.Ints("BENCH_M", "500").Single();

    /// <summary>The corpus of N articles over <see cref="Entities"/> entities, default shape.</summary>
    public static SyntheticCorpus Corpus(int articles) => SyntheticCorpus.Create(new SyntheticOptions(articles, Entities));

    public static ImmutableArray<AdditionalText> Texts(SyntheticCorpus corpus) =>
        corpus.Files().Select(f => (AdditionalText)new MemoryText(Root + f.Path, f.Text)).ToImmutableArray();

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts) => CSharpGeneratorDriver.Create(
        new[] { new DatasetGenerator().AsSourceGenerator() }, texts, ParseOptions, new BenchOptions(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static CSharpCompilation EmptyCompilation(string name = "Bench") => CSharpCompilation.Create(
        name,
        new[] { CSharpSyntaxTree.ParseText(string.Empty, ParseOptions) },
        Net100.References.All.Add(MetadataReference.CreateFromFile(typeof(Dataset.PartialDate).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>Runs the generator once over <paramref name="corpus"/> and returns the generated sources (hint name, text).</summary>
    public static IReadOnlyList<(string HintName, string Text)> Generate(SyntheticCorpus corpus)
    {
        var driver = CreateDriver(Texts(corpus)).RunGenerators(EmptyCompilation());
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || !result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The generator reported: " + result.Exception + string.Join("\n", result.Diagnostics.Take(10)));
        }

        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }

    /// <summary>Compiles generated sources into an assembly image (Release), or throws with the compiler's errors.</summary>
    public static byte[] Compile(IEnumerable<(string HintName, string Text)> sources, string name = "Bench") =>
        TryCompile(sources, out var errors, name) ?? throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", errors.Take(10)));

    /// <summary>Compiles generated sources into an assembly image (Release); <see langword="null"/> and the errors when the emit fails.</summary>
    public static byte[]? TryCompile(IEnumerable<(string HintName, string Text)> sources, out IReadOnlyList<string> errors, string name = "Bench")
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.HintName));
        var compilation = EmptyCompilation(name).AddSyntaxTrees(trees);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return emit.Success ? stream.ToArray() : null;
    }

    /// <summary>
    /// The compiled library of the N-article corpus as a file, made on first use and cached under
    /// <see cref="CacheDirectory"/> (keyed by N, the shape and the generator build, so a rebuilt generator recompiles).
    /// </summary>
    public static string LibraryPath(SyntheticOptions options)
    {
        var stamp = typeof(DatasetGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8);
        var path = Path.Combine(CacheDirectory, $"lib-{options.Articles}-{options.Entities}-{options.EventsPerArticle}-{stamp}-ds{Environment.GetEnvironmentVariable("BENCH_DATA_SECTION")}-cs{Environment.GetEnvironmentVariable("BENCH_LANGVERSION")}-net10", "Bench.dll");
        if (!File.Exists(path))
        {
            var image = Compile(Generate(SyntheticCorpus.Create(options)));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path + ".tmp", image);
            File.Move(path + ".tmp", path, overwrite: true);
        }

        return path;
    }

    /// <summary>The corpus written as YAML files and as JSON files (see <see cref="JsonData"/>), made on first use.</summary>
    public static (string Yaml, string Json) DataDirectories(int articles)
    {
        var yaml = Path.Combine(CacheDirectory, "yaml-" + articles + "-" + Entities);
        var json = Path.Combine(CacheDirectory, "json-" + articles + "-" + Entities);
        if (!File.Exists(Path.Combine(yaml, "done")))
        {
            Corpus(articles).WriteTo(yaml);
            File.WriteAllText(Path.Combine(yaml, "done"), string.Empty);
        }

        if (!File.Exists(Path.Combine(json, "done")))
        {
            JsonData.Convert(yaml, json);
            File.WriteAllText(Path.Combine(json, "done"), string.Empty);
        }

        return (yaml, json);
    }
}

/// <summary>Reads the compiled library through reflection once, then touches its data through plain delegates.</summary>
internal sealed class Library
{
    private readonly Assembly _assembly;

    public Library(Assembly assembly) => _assembly = assembly;

    /// <summary>First access to the whole corpus: every list property of <c>Corpus</c> (articles, entities, and facts where emitted).</summary>
    public int TouchCorpus()
    {
        var corpus = _assembly.GetType("Bench.Corpus", throwOnError: true)!;
        var total = 0;
        foreach (var property in corpus.GetProperties(BindingFlags.Public | BindingFlags.Static)
                     .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
        {
            var value = property.GetValue(null)!;
            total += value is System.Collections.ICollection c ? c.Count : ((System.Collections.IEnumerable)value).Cast<object>().Count();
        }

        return total;
    }

    /// <summary>First access to one entity: its property on its kind's class.</summary>
    public Entity TouchEntity(string className, string member) =>
        (Entity)_assembly.GetType("Bench." + className, throwOnError: true)!.GetProperty(member)!.GetValue(null)!;

    /// <summary>The floor of a first access: the library's <c>Corpus.Version</c> field (a string; no entity or fact).</summary>
    public string TouchVersion() => (string)_assembly.GetType("Bench.Corpus", throwOnError: true)!.GetField("Version")!.GetValue(null)!;

    public EntityIndex Index() => (EntityIndex)_assembly.GetType("Bench.Entities", throwOnError: true)!.GetProperty("Index")!.GetValue(null)!;

    /// <summary>The C# member of a synthetic person (its name in PascalCase).</summary>
    public static string Member(SyntheticEntity entity) => new string(entity.Name.Where(char.IsLetterOrDigit).ToArray());
}
