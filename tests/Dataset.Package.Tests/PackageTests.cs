using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace Dataset.Package.Tests;

/// <summary>
/// The packages as a user meets them: the layout and metadata of each .nupkg and .snupkg, the dataset card, and
/// fresh consumer projects outside the repository built against the packed packages.
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class PackageTests
{
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Dataset_package_has_exactly_lib_per_framework_with_docs_and_the_readme()
    {
        Assert.Equal(
            new[] { "README.md", "entity-graph.svg", "lib/net8.0/Dataset.dll", "lib/net8.0/Dataset.xml", "lib/netstandard2.0/Dataset.dll", "lib/netstandard2.0/Dataset.xml", "timeline.svg" },
            _feed.Entries("Dataset"));
        var dependencies = Dependencies("Dataset");
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.All(dependencies.Values, d => Assert.Equal(new[] { "Dataset.Model " + _feed.Version }, d));
    }

    [Fact]
    public void Model_package_has_exactly_lib_per_framework_with_docs_the_readme_and_the_ReadyToRun_images()
    {
        Assert.Equal(
            new[]
            {
                "README.md",
                "lib/net10.0/Dataset.Model.dll", "lib/net10.0/Dataset.Model.xml",
                "lib/net8.0/Dataset.Model.dll", "lib/net8.0/Dataset.Model.xml",
                "lib/netstandard2.0/Dataset.Model.dll", "lib/netstandard2.0/Dataset.Model.xml",
                "runtimes/linux-x64/lib/net10.0/Dataset.Model.dll",
                "runtimes/linux-x64/lib/net8.0/Dataset.Model.dll",
            },
            _feed.Entries("Dataset.Model"));
        Assert.All(Dependencies("Dataset.Model").Values, Assert.Empty);
    }

    [Fact]
    public void Generator_package_has_exactly_the_analyzers_the_build_files_and_the_readme()
    {
        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/Dataset.Core.dll",
                "analyzers/dotnet/cs/Dataset.Generator.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/Dataset.Generator.props",
                "build/Dataset.Generator.targets",
                "buildTransitive/Dataset.Generator.props",
                "buildTransitive/Dataset.Generator.targets",
                "docs/diagnostics.md",
                "schema/article.schema.json",
                "schema/registry.schema.json",
                "schema/vocabulary.schema.json",
            },
            _feed.Entries("Dataset.Generator"));
        Assert.Equal(File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "docs", "diagnostics.md")), _feed.ReadText("Dataset.Generator", "docs/diagnostics.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "data", "schema", "article.schema.json")), _feed.ReadText("Dataset.Generator", "schema/article.schema.json"));
    }

    [Fact]
    public void A_netstandard2_0_project_on_CSharp_7_3_and_a_net8_0_one_with_nullable_compile_the_generated_code()
    {
        var consumer = _feed.MultiTargetConsumer;

        Assert.True(consumer.Clean.ExitCode == 0, consumer.Clean.Output);
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Release", "netstandard2.0", "Multi.dll")));
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Release", "net8.0", "Multi.dll")));
    }

    [Fact]
    public void DatasetCopySchemas_puts_the_schemas_where_the_modelines_look()
    {
        var consumer = _feed.MultiTargetConsumer;

        Assert.Equal(new[] { "article.schema.json", "registry.schema.json", "vocabulary.schema.json" }, consumer.SchemaFiles);
        var articles = Path.Combine(consumer.Directory, "data", "articles");
        var modeline = File.ReadLines(Path.Combine(articles, "northwind-2024-03-12-coastal-pact.yaml")).First();
        Assert.Equal("# yaml-language-server: $schema=../schema/article.schema.json", modeline);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(articles, "../schema/article.schema.json"))));
    }

    [Fact]
    public void A_multi_targeted_build_prints_each_YAML_error_once()
    {
        var (exitCode, output) = _feed.MultiTargetConsumer.Broken;

        Assert.NotEqual(0, exitCode);
        Assert.True(Lines(output).Count(l => l.Contains("error DSG0203: no country has the id 'arvenai'", StringComparison.Ordinal)) == 1, output);
        var pointer = Assert.Single(Lines(output), l => l.Contains("error CS1029", StringComparison.Ordinal));
        Assert.Contains("the dataset's YAML has 1 error, reported once, by this project's netstandard2.0 build", pointer);
    }

    [Fact]
    public void Building_the_other_framework_alone_still_fails_and_says_where_the_errors_are()
    {
        var (exitCode, output) = _feed.MultiTargetConsumer.BrokenNet8Alone;

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("error DSG", output);
        Assert.Contains("error CS1029: #error: 'Dataset.Generator: the dataset's YAML has 1 error, reported once, by this project's netstandard2.0 build", output);
    }

    [Fact]
    public void Help_links_outside_the_repository_open_the_diagnostics_page_of_the_package()
    {
        var consumer = _feed.MultiTargetConsumer;
        Assert.NotEqual(0, consumer.BrokenStandardAlone.ExitCode);
        Assert.True(Lines(consumer.BrokenStandardAlone.Output).Count(l => l.Contains("error DSG0203", StringComparison.Ordinal)) == 1, consumer.BrokenStandardAlone.Output);

        using var log = JsonDocument.Parse(File.ReadAllText(consumer.ErrorLog));
        var link = Assert.Single(HelpUris(log.RootElement).Where(u => u.EndsWith("#dsg0203", StringComparison.Ordinal)).Distinct());

        // This repository has no http(s) origin, so no absolute page was known at pack time: the link is the package's page.
        var page = Path.Combine(consumer.PackageFolder, "docs", "diagnostics.md");
        Assert.Equal(new Uri(page).AbsoluteUri + "#dsg0203", link);
        Assert.Contains("## DSG0203", File.ReadAllText(page));

        // The compiler prints the link after the message, so a terminal shows it too.
        Assert.Contains("(" + link + ")", consumer.BrokenStandardAlone.Output);
    }

    /// <summary>Every <c>helpUri</c> of a SARIF log, wherever the format version puts the rules.</summary>
    private static IEnumerable<string> HelpUris(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "helpUri" && p.Value.ValueKind == JsonValueKind.String ? new[] { p.Value.GetString()! } : HelpUris(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(HelpUris),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>The lines the build logged, without MSBuild's closing summary (which repeats every error once more).</summary>
    private static IEnumerable<string> Lines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.Trim() != "Build FAILED." && l.Trim() != "Build succeeded.");

    [Fact]
    public void Generator_package_is_a_development_dependency_that_depends_on_the_same_Model_version()
    {
        var metadata = _feed.Metadata("Dataset.Generator");

        Assert.Equal("true", Element(metadata, "developmentDependency")?.Value);
        var dependencies = Dependencies("Dataset.Generator");
        Assert.Equal(new[] { ".NETStandard2.0" }, dependencies.Keys);
        Assert.Equal(new[] { "Dataset.Model " + _feed.Version }, dependencies[".NETStandard2.0"]);
    }

    [Fact]
    public void Generator_dll_loads_in_the_compiler_alone_with_the_core_and_YamlDotNet_and_carries_its_pdb()
    {
        var references = References("analyzers/dotnet/cs/Dataset.Generator.dll", out var debug);

        // What the compiler provides, plus the core beside it; never Dataset.Model (a compile-time reference only).
        Assert.Contains("Dataset.Core", references);
        Assert.All(references, r => Assert.Contains(r, new[] { "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "Dataset.Core", "YamlDotNet" }));
        Assert.Contains(debug, e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.False(File.Exists(_feed.SymbolPackage("Dataset.Generator")));
    }

    [Fact]
    public void Core_dll_in_the_generator_package_uses_no_Roslyn_only_YamlDotNet()
    {
        var references = References("analyzers/dotnet/cs/Dataset.Core.dll", out var debug);

        Assert.Equal(new[] { "YamlDotNet", "netstandard" }, references.OrderBy(r => r, StringComparer.Ordinal));
        Assert.Contains(debug, e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    private List<string> References(string entry, out IReadOnlyList<DebugDirectoryEntry> debug)
    {
        using var pe = new PEReader(new MemoryStream(_feed.ReadEntry("Dataset.Generator", entry)));
        var reader = pe.GetMetadataReader();
        debug = pe.ReadDebugDirectory().ToList();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
    }

    [Theory]
    [InlineData("Dataset", "net8.0;netstandard2.0")]
    [InlineData("Dataset.Model", "net10.0;net8.0;netstandard2.0")]
    public void Library_packages_have_symbol_packages_with_a_pdb_per_framework(string id, string frameworks)
    {
        Assert.Equal(
            frameworks.Split(';').Select(f => $"lib/{f}/{id}.pdb"),
            _feed.Entries(id, symbols: true));
    }

    [Theory]
    [InlineData("Dataset")]
    [InlineData("Dataset.Model")]
    [InlineData("Dataset.Generator")]
    public void Every_package_has_readme_license_and_repository_metadata(string id)
    {
        var metadata = _feed.Metadata(id);

        Assert.Equal("README.md", Element(metadata, "readme")?.Value);
        Assert.Contains("```", _feed.ReadText(id, "README.md"));
        var license = Element(metadata, "license");
        Assert.Equal(("expression", "MIT"), ((string?)license?.Attribute("type"), license?.Value));

        // SourceLink's rule: the commit always (when built from git); the URL only for an http(s) 'origin'.
        var repository = Element(metadata, "repository");
        var commit = Git("rev-parse", "HEAD");
        if (commit is null)
        {
            Assert.Null(repository?.Attribute("commit"));
            return;
        }

        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(commit, (string?)repository.Attribute("commit"));
        var origin = Git("remote", "get-url", "origin");
        if (origin is not null && (origin.StartsWith("https://", StringComparison.Ordinal) || origin.StartsWith("http://", StringComparison.Ordinal)))
        {
            Assert.Equal(origin, (string?)repository.Attribute("url"));
        }
        else
        {
            Assert.Null(repository.Attribute("url"));
        }
    }

    [Fact]
    public void Dataset_readme_is_the_dataset_card_with_the_values_of_the_built_corpus()
    {
        var card = _feed.ReadText("Dataset", "README.md");
        var consumer = _feed.DatasetConsumer;

        Assert.Contains("## Dataset card", card);
        Assert.Contains("| Version (`Corpus.Version`) | " + _feed.Version + " |", card);
        Assert.Matches("^[0-9a-f]{64}$", consumer.Value("hash"));
        Assert.Contains("| Content hash, SHA-256 (`Corpus.ContentHash`) | `" + consumer.Value("hash") + "` |", card);
        Assert.Contains("| Entities | " + consumer.Value("entities") + " |", card);
        var facts = new[] { "events", "relations", "quantities", "quotes", "claims", "corrections" }.Sum(k => int.Parse(consumer.Value(k), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("| Facts (events, relations, figures, quotes, claims, corrections) | " + facts + " |", card);
        Assert.Contains("| Events (`Corpus.Events`) | " + consumer.Value("events") + " |", card);
        Assert.Contains("| Relations (`Corpus.Relations`) | " + consumer.Value("relations") + " |", card);
        Assert.Contains("| Figures (`Corpus.Quantities`) | " + consumer.Value("quantities") + " |", card);
        Assert.Contains("| Quotes (`Corpus.Quotes`) | " + consumer.Value("quotes") + " |", card);
        Assert.Contains("| Claims (`Corpus.Claims`) | " + consumer.Value("claims") + " |", card);
        Assert.Contains("| Corrections (`Corpus.Corrections`) | " + consumer.Value("corrections") + " |", card);
        Assert.Contains("- World Socialist Web Site, Clara Weiss, \u201CRussia and Iran deepen political and military cooperation\u201D, 2013-08-08 (opinion, en): <https://www.wsws.org/en/articles/2013/08/08/russ-a08.html>", card);
        Assert.Contains("### Entities by kind", card);
        Assert.Contains("| Person | ", card);
        Assert.Matches(@"\| Dates covered \| [0-9][0-9A-Z-]+ to [0-9][0-9A-Z-]+ \(", card);
        Assert.Contains("**not the articles' full text**", card);
    }

    [Fact]
    public void A_fresh_consumer_restores_builds_and_runs_against_the_Dataset_package()
    {
        var consumer = _feed.DatasetConsumer;

        Assert.Contains("Vladimir Putin|IR|1|Tehran|" + _feed.Version + "|Russia and Iran deepen political and military cooperation", consumer.Output);
        var assets = File.ReadAllText(Path.Combine(consumer.Directory, "obj", "project.assets.json"));
        Assert.DoesNotContain("Dataset.Generator", assets);
        Assert.DoesNotContain("YamlDotNet", assets);
    }

    [Fact]
    public void The_generator_package_compiles_a_fictional_corpus_into_its_own_typed_api()
    {
        var consumer = _feed.FictionalConsumer;

        Assert.Equal("Fictional.Atlas", consumer.Value("namespace"));
        Assert.Equal("XA/XAA", consumer.Value("arvenia"));
        Assert.Equal("Belmora", consumer.Value("iso"));
        Assert.Equal("Mira Kestrel; Foreign Minister of Arvenia; Arvenia", consumer.Value("kestrel"));
        Assert.Equal("Belmora", consumer.Value("alias"));
        Assert.Equal("Port Selin in Belmora", consumer.Value("place"));
        Assert.Equal("Arvenia and Belmora sign coastal trade pact; Northwind Gazette; Lena Varga; 2024-03-12; News", consumer.Value("article"));
        Assert.Equal("10", consumer.Value("entities"));
        Assert.Equal("diplomacy.agreement; 2024-03-11; Port Selin; Coastal Trade Pact; Arvenia as party, Belmora as party", consumer.Value("event"));
        Assert.Equal("Arvenia and Belmora signed a coastal trade pact in Port Selin on Monday", consumer.Value("evidence"));
        Assert.Equal("1", consumer.Value("kestrel-events"));
        Assert.Equal("450,000,000 USD; 2023; Coastal Trade Council", consumer.Value("trade"));
        Assert.Equal("Mira Kestrel; 2024-03-11; This pact opens our harbours to each other", consumer.Value("quote"));
        Assert.Equal("3/1/1/0/0", consumer.Value("facts"));
        Assert.Equal("3.1.4", consumer.Value("version"));
        Assert.Matches("^[0-9a-f]{64}$", consumer.Value("hash"));
    }

    [Fact]
    public void The_generator_consumer_gets_Model_at_compile_and_run_time_but_neither_the_generator_nor_YamlDotNet()
    {
        var consumer = _feed.FictionalConsumer;

        Assert.Contains("Dataset.Model.dll", consumer.OutputFiles);
        Assert.DoesNotContain(consumer.OutputFiles, f => f.StartsWith("YamlDotNet", StringComparison.Ordinal) || f.StartsWith("Dataset.Generator", StringComparison.Ordinal));
        Assert.Contains("\"Dataset.Model/" + _feed.Version + "\"", consumer.DepsJson);
        Assert.DoesNotContain("YamlDotNet", consumer.DepsJson);
        Assert.DoesNotContain("Dataset.Generator", consumer.DepsJson);

        // A hand-written PackageReference to the generator alone brings Dataset.Model's compile assets transitively.
        var broken = _feed.BrokenConsumer;
        Assert.Contains("lib/net10.0/Dataset.Model.dll", CompileAssets(broken.Assets, "Dataset.Model/" + _feed.Version));
        Assert.DoesNotContain("DSG1002", broken.Build.Output);
    }

    [Fact]
    public void Without_a_Model_reference_the_build_fails_with_the_fix()
    {
        var (exitCode, output) = _feed.FictionalConsumer.WithoutModel;

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error DSG1002: Dataset.Generator emits code that uses the Dataset.Model library, but this project does not reference it.", output);
        Assert.Contains("dotnet add package Dataset.Model", output);
        Assert.DoesNotContain("CS0400", output);
    }

    [Fact]
    public void DatasetIncludeDataFolder_false_leaves_the_data_folder_out()
    {
        var (exitCode, output) = _feed.FictionalConsumer.WithoutDataFolder;

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS0103: The name 'Countries' does not exist in the current context", output);
        Assert.DoesNotContain("error DSG", output);
    }

    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_fails_the_build_with_a_clear_message()
    {
        var (exitCode, output) = _feed.FictionalConsumer.OldCompiler;

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error DSG1001: Dataset.Generator needs a C# compiler with Roslyn 4.8 or newer", output);
        Assert.Contains("this build uses Roslyn 4.7", output);
    }

    [Fact]
    public void A_mistake_in_the_users_yaml_fails_the_build_with_the_file_line_and_column()
    {
        var broken = _feed.BrokenConsumer;

        Assert.NotEqual(0, broken.Build.ExitCode);
        Assert.Contains($"people.yaml({broken.Line},{broken.Column}): error DSG0203: no country has the id 'arvenai'; did you mean 'arvenia'?", broken.Build.Output);
        Assert.Contains(Path.Combine(broken.Directory, "corpus", "registry", "people.yaml") + "(", broken.Build.Output);
        Assert.DoesNotContain("ignored.yaml", broken.Build.Output);
    }

    private static XElement? Element(XElement parent, string name) => parent.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    /// <summary>The nuspec's dependencies: target framework → "id version" list.</summary>
    private Dictionary<string, List<string>> Dependencies(string id) =>
        Element(_feed.Metadata(id), "dependencies")!.Elements()
            .ToDictionary(
                g => (string)g.Attribute("targetFramework")!,
                g => g.Elements().Select(d => (string)d.Attribute("id")! + " " + (string)d.Attribute("version")!).ToList());

    private static List<string> CompileAssets(string assetsJson, string library)
    {
        using var assets = JsonDocument.Parse(assetsJson);
        var target = assets.RootElement.GetProperty("targets").GetProperty("net10.0").GetProperty(library);
        return target.GetProperty("compile").EnumerateObject().Select(p => p.Name).ToList();
    }

    private static string? Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(DotNet.RepositoryRoot);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine: the package was built without repository metadata too
        }
    }

    /// <summary>
    /// The packages ship evidence passages and offsets, never an article's full text (its publisher holds the
    /// copyright): no file in any package or symbol package holds a 600-character run of an article, starting at any of
    /// its paragraphs, in UTF-8 or UTF-16 (the encodings of string data, resources and embedded sources).
    /// </summary>
    [Fact]
    public void No_package_holds_an_articles_text()
    {
        const int window = 600;
        var texts = Directory.GetFiles(Path.Combine(DotNet.RepositoryRoot, "data", "articles"), "*.txt");
        var packages = Directory.GetFiles(_feed.Feed, "*.nupkg").Concat(Directory.GetFiles(_feed.Feed, "*.snupkg")).ToList();
        Assert.NotEmpty(texts);
        Assert.Contains(packages, p => Path.GetFileName(p) == "Dataset." + _feed.Version + ".nupkg");

        foreach (var path in texts)
        {
            var text = File.ReadAllText(path);
            var runs = new List<byte[]>();
            for (var at = 0; at >= 0; at = text.IndexOf("\n\n", at + 1, StringComparison.Ordinal))
            {
                var start = at == 0 ? 0 : at + 2;
                if (start + window <= text.Length)
                {
                    var run = text.Substring(start, window);
                    runs.Add(System.Text.Encoding.UTF8.GetBytes(run));
                    runs.Add(System.Text.Encoding.Unicode.GetBytes(run));
                }
            }

            Assert.True(runs.Count >= 4, path + " has too few long paragraphs for this test");
            foreach (var package in packages)
            {
                using var zip = System.IO.Compression.ZipFile.OpenRead(package);
                foreach (var entry in zip.Entries)
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    var bytes = copy.ToArray();
                    Assert.False(runs.Any(r => bytes.AsSpan().IndexOf(r) >= 0),
                        Path.GetFileName(package) + "/" + entry.FullName + " holds a run of " + Path.GetFileName(path));
                }
            }
        }
    }
}
