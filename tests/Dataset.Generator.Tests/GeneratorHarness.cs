using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using Dataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests;

/// <summary>An in-memory additional file.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}

/// <summary>
/// The MSBuild properties a project passes to the generator: the namespace, the version, and a .NET 8 target framework
/// (the references the tests compile against), each replaceable through <paramref name="properties"/> (a null value
/// removes one).
/// </summary>
internal sealed class TestOptions(string? ns, IReadOnlyDictionary<string, string?>? properties = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ns, properties);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

    private sealed class Options(string? ns, IReadOnlyDictionary<string, string?>? properties) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            const string prefix = "build_property.";
            if (properties is not null && key.StartsWith(prefix, StringComparison.Ordinal) && properties.TryGetValue(key.Substring(prefix.Length), out var given))
            {
                value = given!;
                return given is not null;
            }

            value = key switch
            {
                "build_property.RootNamespace" => "Fixture",
                "build_property.DatasetNamespace" => ns ?? string.Empty,
                "build_property.Version" => "1.2.3",
                "build_property.TargetFramework" => "net8.0",
                "build_property.TargetFrameworkIdentifier" => ".NETCoreApp",
                "build_property.TargetFrameworkVersion" => "v8.0",
                _ => null!,
            };
            return value is not null;
        }
    }
}

/// <summary>
/// Runs the generator over in-memory files, with step tracking unless told otherwise, and compiles what it produced.
/// Scale tests turn tracking off: with thousands of per-article steps the driver's step recording costs more than
/// the generator (docs/benchmarks.md, "Generator: full run vs parse-only"), and compilers and IDEs run without it.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string Root = "/corpus/data/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly bool _trackSteps;

    public GeneratorHarness(
        IEnumerable<(string Path, string Text)> files,
        string? ns = null,
        bool trackSteps = true,
        CSharpParseOptions? parseOptions = null,
        IReadOnlyDictionary<string, string?>? properties = null,
        Dataset.Generator.Emit.ArticleFileLayout? articleFiles = null)
    {
        _trackSteps = trackSteps;
        Texts = files.Select(f => (AdditionalText)new InMemoryText(Root + f.Path, f.Text)).ToImmutableArray();
        Driver = CSharpGeneratorDriver.Create(
            new[] { (articleFiles is null ? new DatasetGenerator() : new DatasetGenerator(articleFiles)).AsSourceGenerator() },
            Texts,
            parseOptions ?? ParseOptions,
            new TestOptions(ns, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public ImmutableArray<AdditionalText> Texts { get; private set; }

    public GeneratorDriver Driver { get; private set; }

    public static CSharpCompilation EmptyCompilation(string name = "Fixture") => CSharpCompilation.Create(
        name,
        new[] { CSharpSyntaxTree.ParseText("", ParseOptions) },
        Net80.References.All.Add(MetadataReference.CreateFromFile(typeof(Dataset.PartialDate).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>
    /// Runs the generator. With step tracking, every run is checked the way an IDE relies on: running again over the
    /// same inputs (on a copy of the driver, so the caller's next run is unaffected) leaves every step Cached or
    /// Unchanged and every output Cached, so no test can pass with a model that breaks caching.
    /// </summary>
    public GeneratorRunResult Run()
    {
        Driver = Driver.RunGenerators(EmptyCompilation());
        var result = Driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        if (_trackSteps)
        {
            AssertCachedWhenRunAgain(Driver.RunGenerators(EmptyCompilation()).GetRunResult().Results.Single());
        }

        return result;
    }

    private static void AssertCachedWhenRunAgain(GeneratorRunResult again)
    {
        foreach (var (name, steps) in again.TrackedSteps)
        {
            Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "run again over the same inputs, " + name + " was " + o.Reason));
        }

        Assert.All(again.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, "run again over the same inputs, an output was " + o.Reason));
    }

    /// <summary>Gives the driver other parse options (another language version), as an IDE does when the project changes.</summary>
    public void UpdateParseOptions(CSharpParseOptions options) => Driver = Driver.WithUpdatedParseOptions(options);

    public void Replace(string path, string text)
    {
        var old = Texts.Single(t => t.Path == Root + path);
        var replacement = new InMemoryText(Root + path, text);
        Driver = Driver.ReplaceAdditionalText(old, replacement);
        Texts = Texts.Replace(old, replacement);
    }

    /// <summary>Compiles the generated sources and returns the compiler's errors and warnings.</summary>
    public static ImmutableArray<Diagnostic> Compile(GeneratorRunResult result, out CSharpCompilation compilation, bool diagnose = true)
    {
        compilation = EmptyCompilation().AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree));
        return diagnose ? compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray() : ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Compiles the generated sources, loads the assembly in a collectible context and hands it to <paramref name="use"/>.</summary>
    public static void Load(GeneratorRunResult result, Action<Assembly> use)
    {
        Assert.Empty(Compile(result, out var compilation));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, Describe(emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            stream.Position = 0;
            use(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));
}

internal static class Baseline
{
    private static readonly string Directory = typeof(Baseline).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BaselineDirectory").Value!;

    /// <summary>
    /// Compares generated text with the checked-in file <c>Baselines/&lt;test&gt;/&lt;hint&gt;</c>. Set
    /// <c>DATASET_UPDATE_BASELINES=1</c> to rewrite the files instead, then review the diff.
    /// </summary>
    public static void Verify(string test, string hintName, string actual)
    {
        var path = System.IO.Path.Combine(Directory, test, hintName.Replace('/', System.IO.Path.DirectorySeparatorChar));
        if (Environment.GetEnvironmentVariable("DATASET_UPDATE_BASELINES") == "1")
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline at {path}. Run the tests with DATASET_UPDATE_BASELINES=1 to create it, then review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
