using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Dataset.Generator.Tests;

/// <summary>
/// Seeded mutation test over the real data: thousands of variants (see <see cref="YamlMutator"/>), each run through the
/// generator. For each: no exception and no internal error (DSG0901), every diagnostic located in a file,
/// and either an error diagnostic or generated code that compiles without errors or warnings and carries no
/// raw control or bidirectional character. Reproducible: <c>DATASET_MUTATION_SEED</c> (default fixed),
/// <c>DATASET_MUTATION_COUNT</c> (default 2000; raise it for a longer run by hand), <c>DATASET_MUTATION_ONLY</c>
/// (one variant index); a failure prints the seed, the variant, its mutations and where the mutated file was written.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20130808;
    private const int DefaultCount = 2000;

    /// <summary>Parse options that check XML doc comments, as the dataset's own build does (GenerateDocumentationFile).</summary>
    private static readonly CSharpParseOptions Diagnose = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    [Fact]
    public void Mutations_of_the_real_data_never_break_the_generator()
    {
        var seed = Setting("DATASET_MUTATION_SEED", DefaultSeed);
        var count = Setting("DATASET_MUTATION_COUNT", DefaultCount);
        var only = Environment.GetEnvironmentVariable("DATASET_MUTATION_ONLY");
        var files = RealData();
        var targets = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToArray();

        // The unmutated data is clean, so every variant without an error must compile.
        var clean = new GeneratorHarness(files).Run();
        Assert.True(clean.Diagnostics.IsEmpty, GeneratorHarness.Describe(clean.Diagnostics));
        var compiled = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Assert.Empty(CompileErrors(clean, compiled));

        using var bases = new ThreadLocal<Basis>(() => new Basis(files));
        var indices = only is null ? Enumerable.Range(0, count).ToArray() : new[] { int.Parse(only, CultureInfo.InvariantCulture) };
        var failures = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Parallel.ForEach(indices, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, index =>
        {
            if (failures.Count >= 5)
            {
                return;
            }

            var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
            var (changes, steps) = MakeVariant(files, targets, random);
            var problem = RunVariant(bases.Value!, changes, index % 8 == 0, compiled, out var outcome);
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

            if (problem is not null)
            {
                var written = new List<string>();
                foreach (var (changedPath, changedText) in changes)
                {
                    var path = Path.Combine(Path.GetTempPath(), $"dataset-mutation-{seed}-{index}-{Path.GetFileName(changedPath)}");
                    File.WriteAllText(path, changedText);
                    written.Add(path);
                }

                failures.Add($"seed {seed}, variant {index} (DATASET_MUTATION_SEED={seed} DATASET_MUTATION_ONLY={index}): {changes[0].Path}: "
                    + string.Join("; ", steps) + $"\n  mutated file(s) written to {string.Join(", ", written)}\n  {problem}");
            }
        });

        output.WriteLine($"seed {seed}: {indices.Length} variants; "
            + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + " " + o.Value)));
        Assert.True(failures.IsEmpty, $"seed {seed}: {failures.Count} failing variant(s):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_hostile_string_the_data_may_hold_reaches_generated_code_safely()
    {
        // The hostile strings that are valid data (no forbidden character), all at once, in text that reaches string
        // literals and XML docs: a person's description, the article's headline, an event's summary.
        var allowed = YamlMutator.Hostile.Where(h => h.Length > 0 && !h.Any(Core.Parsing.TextSafety.IsForbidden) && !h.Any(char.IsSurrogate)).ToList();
        var value = YamlMutator.Quote(string.Join(" | ", allowed));
        // Each replaced value's old text becomes a comment on the next line.
        var files = RealData().Select(f => f.Path switch
        {
            "registry/people.yaml" => (f.Path, ReplaceFirst(f.Text, "description: ", "description: " + value + "\n    # ")),
            _ when f.Path.StartsWith("articles/", StringComparison.Ordinal) && f.Path.EndsWith(".yaml", StringComparison.Ordinal) =>
                (f.Path, ReplaceFirst(ReplaceFirst(f.Text, "headline: ", "headline: " + value + "\n  # "), "summary: ", "summary: " + value + "\n    # ")),
            _ => f,
        }).ToArray();

        var result = new GeneratorHarness(files).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        var problems = CompileErrors(result, new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The strings did reach the XML docs, escaped.
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("&lt;/summary&gt;", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, "'" + find + "' not found");
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor()
    {
        var sb = new StringBuilder("schema: 1\nkind: person\nl0: &l0 lol\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append("l").Append(i).Append(": &l").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
        }

        sb.Append("entities: *l9\n");
        var d = Quickly(sb.ToString(), "DSG0003");
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Ten_thousand_deep_flow_nesting_is_refused()
    {
        var deep = "schema: 1\nkind: person\nentities: " + string.Concat(Enumerable.Repeat("{ a: ", 10_000)) + "x" + new string('}', 10_000) + "\n";
        Quickly(deep, "DSG0004");
    }

    [Fact]
    public void Ten_thousand_deep_block_nesting_is_refused()
    {
        var deep = "schema: 1\nkind: person\nentities:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";
        Quickly(deep, "DSG0004");
    }

    [Fact]
    public void Ten_megabyte_file_is_refused()
    {
        var big = "schema: 1\nkind: person\nentities:\n" + string.Concat(Enumerable.Repeat("  - { id: a, name: A, description: " + new string('d', 200) + " }\n", 10 * 1024 * 1024 / 240));
        Assert.True(big.Length >= 10 * 1000 * 1000);
        Quickly(big, "DSG0005");
    }

    [Fact]
    public void A_million_list_items_are_refused()
    {
        var many = "schema: 1\nkind: person\nentities: [" + string.Join(",", Enumerable.Repeat("a", 1_000_000)) + "]\n";
        Quickly(many, "DSG0005");
    }

    /// <summary>
    /// Runs the fixture with <paramref name="people"/> as its people file: exactly one <paramref name="id"/> and no
    /// internal error. That the refusal is cheap is structural (the limits are checked while reading, before any tree
    /// is built), not timed here: a wall-clock bound fails on a loaded machine; docs/benchmarks.md has the times.
    /// </summary>
    private static Diagnostic Quickly(string people, string id)
    {
        var result = new GeneratorHarness(Fixture.Files(people: people)).Run();
        var d = Assert.Single(result.Diagnostics, x => x.Id == id);
        Assert.EndsWith("people.yaml", d.Location.GetLineSpan().Path);
        Assert.DoesNotContain(result.Diagnostics, x => x.Id == "DSG0901");
        return d;
    }

    /// <summary>
    /// One variant: usually one to three mutations of one YAML file (the article three times in four); one time in ten,
    /// a mutation of the article text with its pinned sha256 updated, so that hostile text reaches evidence matching,
    /// mentions and the sentences shown in XML docs.
    /// </summary>
    private static (List<(string Path, string Text)> Changes, List<string> Steps) MakeVariant((string Path, string Text)[] files, (string Path, string Text)[] targets, Random random)
    {
        if (random.Next(10) == 0)
        {
            var article = files.First(f => f.Path.StartsWith("articles/", StringComparison.Ordinal) && f.Path.EndsWith(".yaml", StringComparison.Ordinal));
            var text = files.First(f => f.Path.StartsWith("articles/", StringComparison.Ordinal) && f.Path.EndsWith(".txt", StringComparison.Ordinal));
            var (mutated, step) = YamlMutator.MutateText(text.Text, random);
            var sha = System.Text.RegularExpressions.Regex.Replace(article.Text, "sha256: [0-9a-f]{64}", "sha256: " + Fixture.Sha256(mutated));
            return (new List<(string, string)> { (text.Path, mutated), (article.Path, sha) }, new List<string> { step, "sha256 updated" });
        }

        var target = targets[random.Next(4) == 0 ? random.Next(targets.Length) : Array.FindIndex(targets, t => t.Path.StartsWith("articles/", StringComparison.Ordinal))];
        var (yaml, steps) = YamlMutator.Mutate(target.Text, random);
        return (new List<(string, string)> { (target.Path, yaml) }, steps);
    }

    /// <summary>Runs one variant; returns what is wrong with the result, or null.</summary>
    private static string? RunVariant(Basis basis, List<(string Path, string Text)> changes, bool full, ConcurrentDictionary<string, bool> compiled, out string outcome)
    {
        GeneratorRunResult result;
        try
        {
            // From the warm driver of the unmutated data: only the mutated file is parsed again (as in the IDE).
            var driver = basis.Driver;
            foreach (var (path, text) in changes)
            {
                var old = basis.Texts.Single(t => t.Path == GeneratorHarness.Root + path);
                driver = driver.ReplaceAdditionalText(old, new InMemoryText(GeneratorHarness.Root + path, text));
            }

            driver = driver.RunGenerators(basis.Compilation);
            result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                throw result.Exception;
            }
        }
        catch (Exception ex)
        {
            outcome = "exception";
            return "the generator threw: " + ex;
        }


        if (result.Diagnostics.FirstOrDefault(d => d.Id == "DSG0901") is { } internalError)
        {
            outcome = "internal error";
            return "internal error: " + internalError;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id.StartsWith("DSG", StringComparison.Ordinal) && d.Location.Kind != LocationKind.ExternalFile) is { } unlocated)
        {
            outcome = "unlocated";
            return "a diagnostic without a place in a data file: " + unlocated;
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            outcome = "error " + errors[0].Id;
            return null;
        }

        outcome = result.Diagnostics.IsEmpty ? "compiled" : "compiled with warning " + result.Diagnostics[0].Id;
        var compileErrors = CompileErrors(result, compiled, basis.CleanSources, full);
        return compileErrors.Count == 0 ? null : "no error diagnostic, but the generated code does not compile cleanly:\n    " + string.Join("\n    ", compileErrors);
    }

    /// <summary>
    /// Compiles the generated sources (with XML doc comments checked) and lists errors, warnings and raw control or
    /// bidirectional characters; a set of sources already found clean is not compiled again.
    /// </summary>
    private static List<string> CompileErrors(GeneratorRunResult result, ConcurrentDictionary<string, bool> compiled, Dictionary<string, string>? clean = null, bool full = true)
    {
        var problems = new List<string>();
        foreach (var source in result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            var at = text.IndexOfAny(Forbidden);
            if (at >= 0)
            {
                problems.Add($"{source.HintName}: raw U+{(int)text[at]:X4} at offset {at}");
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    problems.Add($"{source.HintName}: lone surrogate U+{(int)text[i]:X4} at offset {i}");
                    break;
                }
            }
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\0" + s.SourceText)))));
        if (problems.Count > 0 || compiled.ContainsKey(key))
        {
            return problems;
        }

        var trees = result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, Diagnose, s.HintName)).ToList();
        var compilation = BaseCompilation.Value.AddSyntaxTrees(trees);
        IEnumerable<Diagnostic> diagnostics;
        if (clean is null || full)
        {
            diagnostics = compilation.GetDiagnostics();
        }
        else
        {
            // Only the sources that differ from the clean run's are bound: the others compiled clean with the unmutated
            // data, and a symbol they use changes only together with the data that names it, which changes them too.
            // Every eighth variant (by index) is compiled in full, which checks that reasoning as the test runs.
            diagnostics = trees
                .Where(t => !clean.TryGetValue(t.FilePath, out var text) || text != t.GetText().ToString())
                .SelectMany(t => compilation.GetSemanticModel(t).GetDiagnostics());
        }

        problems.AddRange(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).Select(d => d.ToString()));
        if (problems.Count == 0)
        {
            compiled.TryAdd(key, true);
        }

        return problems;
    }

    /// <summary>One compilation whose references are bound once; each variant's sources are added to it (binding 160 reference assemblies per variant would dominate the run).</summary>
    private static readonly Lazy<CSharpCompilation> BaseCompilation = new(() =>
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        compilation.GetDiagnostics();
        return compilation;
    });

    /// <summary>A generator driver that has run over the unmutated data, one per worker thread.</summary>
    private sealed class Basis
    {
        public Basis((string Path, string Text)[] files)
        {
            var harness = new GeneratorHarness(files);
            CleanSources = harness.Run().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
            Driver = harness.Driver;
            Texts = harness.Texts;
        }

        public GeneratorDriver Driver { get; }

        /// <summary>The generated sources of the unmutated data, by hint name.</summary>
        public Dictionary<string, string> CleanSources { get; }

        public System.Collections.Immutable.ImmutableArray<AdditionalText> Texts { get; }

        public Compilation Compilation { get; } = GeneratorHarness.EmptyCompilation();
    }

    /// <summary>Characters that must never appear raw in generated source: controls other than line breaks and tab, bidirectional and invisible format characters.</summary>
    private static readonly char[] Forbidden = Enumerable.Range(0, 0x10000)
        .Select(i => (char)i)
        .Where(c => (c < 0x20 && c is not '\n' and not '\r' and not '\t') || (c >= 0x7F && c <= 0x9F)
            || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069)
            || c is '\uFEFF' or '\u061C' or '\u2028' or '\u2029')
        .ToArray();

    private static (string Path, string Text)[] RealData()
    {
        var root = Path.Combine(DiagnosticTests.RepoRoot(), "data");
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
