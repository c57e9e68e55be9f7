using System.Diagnostics;
using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Dataset.Package.Tests;

/// <summary>
/// A fresh console app published with Native AOT against the packed Dataset package: the publish gives no trimming or
/// AOT warning (the generated code reads the articles' stored streams from string constants by reflection, annotated
/// for the trimmer), and the native executable decodes every fact exactly as the JIT does. Guards the stored stream
/// format against Native AOT keeping string constants in UTF-8, where a lone surrogate became U+FFFD and the curated
/// article's facts failed to expand at run time ("compressed stream with a match out of range").
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class NativeAotTests
{
    private const string Project = "AotConsumer";

    private readonly PackedFeed _feed;

    public NativeAotTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void A_Native_AOT_app_publishes_without_warnings_and_reads_every_fact_of_the_Dataset_package()
    {
        var directory = NewAotProject();

        // Without clang (the ILCompiler's default toolchain on Linux) the native code is linked with gcc.
        var args = new List<string> { "publish", "-c", "Release", "-o", "publish" };
        if (OperatingSystem.IsLinux() && !OnPath("clang"))
        {
            args.Add("-p:CppCompilerAndLinker=gcc");
        }

        var (exitCode, output) = DotNet.Run(directory, _feed.Environment, args.ToArray());
        Assert.True(exitCode == 0, "dotnet " + string.Join(' ', args) + " failed with " + exitCode + ":\n" + output);
        var publish = Path.Combine(directory, "publish");
        Assert.Contains(Project + " -> " + publish, output);
        var warnings = BuildLines(output).Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(warnings.Count == 0, "the publish warned:\n" + string.Join('\n', warnings) + "\n\n" + output);

        // The app and the dataset are native code: no managed assembly beside the executable, and the executable is not one.
        var executable = Path.Combine(publish, OperatingSystem.IsWindows() ? Project + ".exe" : Project);
        Assert.True(File.Exists(executable), executable + " is missing; the publish folder holds: " + string.Join(", ", Directory.GetFiles(publish).Select(Path.GetFileName)));
        var files = Directory.GetFiles(publish).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(files, f => f is Project + ".dll" or "Dataset.dll" or "Dataset.Model.dll");
        AssertNative(executable);

        var (runExitCode, run) = RunNative(executable, publish);
        Assert.True(runExitCode == 0, executable + " exited with " + runExitCode + ":\n" + run);
        string Value(string key) => Consumers.Value(run, key);

        // The curated data, read from data/ as written there (the one article, its headline, a person's name).
        var articles = Directory.GetFiles(Path.Combine(DotNet.RepositoryRoot, "data", "articles"), "*.yaml");
        var article = Assert.Single(articles);
        Assert.Equal(articles.Length.ToString(CultureInfo.InvariantCulture), Value("articles"));
        Assert.Equal("wsws-2013-08-08-russia-iran", Value("id"));
        Assert.Equal(Yaml(article, "  id: "), Value("id"));
        Assert.Equal(Yaml(article, "  headline: "), Value("headline"));
        Assert.Equal(Yaml(article, "    summary: "), Value("first-event"));
        Assert.Equal("Dmitry Rogozin", Value("person"));
        Assert.Contains("  - id: dmitry-rogozin\n    name: " + Value("person") + "\n",
            File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "data", "registry", "people.yaml")).ReplaceLineEndings("\n"));
        Assert.Equal(_feed.Version, Value("version"));

        // The same corpus as the JIT consumer of the package reports.
        var jit = _feed.DatasetConsumer;
        Assert.Equal(jit.Value("hash"), Value("hash"));
        Assert.Equal(jit.Value("entities"), Value("entities"));
        Assert.Equal(jit.Value("events"), Value("events"));
        Assert.Equal(jit.Value("quotes"), Value("quotes"));
        Assert.True(int.Parse(Value("events"), CultureInfo.InvariantCulture) > 0, run);
        Assert.True(int.Parse(Value("mentions"), CultureInfo.InvariantCulture) > 0, run);

        // Every fact, its evidence text and offsets included, as the packed net8.0 assets decode them on the JIT.
        var expected = FrameworkAssetTests.Facts(_feed, "net8.0").Select(Escape).ToList();
        var facts = Lines(run).Where(l => l.StartsWith("fact=", StringComparison.Ordinal)).Select(l => l["fact=".Length..]).ToList();
        Assert.True(expected.Count > 100, "only " + expected.Count + " facts");
        Assert.Equal(int.Parse(Value("mentions"), CultureInfo.InvariantCulture), facts.Count(f => f.StartsWith("Mentions: ", StringComparison.Ordinal)));
        Assert.Equal(expected, facts);
        Assert.Equal("done", Lines(run).Last());
    }

    /// <summary>
    /// The consumer project, referencing the packed Dataset package by version; restored from the feed and, for the
    /// ILCompiler and the runtime packs, from the machine's package folder (see <see cref="RestoreAotPacksOnTheMachine"/>).
    /// </summary>
    private string NewAotProject()
    {
        RestoreAotPacksOnTheMachine();
        var directory = _feed.NewConsumerDirectory("native-aot", frameworkPackages: true);
        File.WriteAllText(Path.Combine(directory, Project + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {AotProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using System;
            using System.Globalization;
            using System.Text;
            using Dataset;

            var article = Corpus.Articles[0];
            Console.WriteLine("articles=" + Corpus.Articles.Count.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("id=" + article.Id);
            Console.WriteLine("headline=" + article.Headline);
            Console.WriteLine("first-event=" + Corpus.Events[0].Summary);
            Console.WriteLine("person=" + People.DmitryRogozin.Name);
            Console.WriteLine("version=" + Corpus.Version);
            Console.WriteLine("hash=" + Corpus.ContentHash);
            Console.WriteLine("entities=" + Corpus.Entities.Count.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("events=" + Corpus.Events.Count.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("quotes=" + Corpus.Quotes.Count.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("mentions=" + Corpus.Mentions.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var fact in Corpus.Events) { Print("Events", fact, fact.Evidence); }
            foreach (var fact in Corpus.Relations) { Print("Relations", fact, fact.Evidence); }
            foreach (var fact in Corpus.Quantities) { Print("Quantities", fact, fact.Evidence); }
            foreach (var fact in Corpus.Quotes) { Print("Quotes", fact, fact.Evidence); }
            foreach (var fact in Corpus.Claims) { Print("Claims", fact, fact.Evidence); }
            foreach (var fact in Corpus.Corrections) { Print("Corrections", fact, fact.Evidence); }
            foreach (var mention in Corpus.Mentions) { Print("Mentions", mention, mention.First); }
            Console.WriteLine("done");

            // One line per fact, in printable ASCII (so the console's encoding does not matter).
            static void Print(string list, object fact, Evidence evidence)
            {
                var text = list + ": " + fact + " | " + evidence.Text + " @" + evidence.Start.ToString(CultureInfo.InvariantCulture)
                    + "+" + evidence.Length.ToString(CultureInfo.InvariantCulture);
                var line = new StringBuilder("fact=");
                foreach (var c in text)
                {
                    if (c < ' ' || c > '~' || c == '\\') { line.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); }
                    else { line.Append(c); }
                }

                Console.WriteLine(line.ToString());
            }
            """);
        return directory;
    }

    /// <summary>
    /// What the consumer's publish needs beside Dataset, for the machine's runtime: the properties that make the SDK ask
    /// for the ILCompiler and the runtime packs of this SDK's versions. Trim warnings are shown one by one
    /// (<c>TrimmerSingleWarn</c>), not as one warning per assembly.
    /// </summary>
    private const string AotProperties = """
        <OutputType>Exe</OutputType>
        <TargetFramework>net10.0</TargetFramework>
        <Nullable>enable</Nullable>
        <PublishAot>true</PublishAot>
        <UseCurrentRuntimeIdentifier>true</UseCurrentRuntimeIdentifier>
        <TrimmerSingleWarn>false</TrimmerSingleWarn>
        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
""";

    /// <summary>
    /// Restores a project with the consumer's properties and no package of this repository, with the machine's own
    /// NuGet configuration and package folder: so the ILCompiler and runtime packs of this SDK are in that folder (a
    /// no-op where the machine has them, a download from the machine's default source where it has not), and the
    /// consumer restores them from there into its own package folder, as the net8.0 reference pack of
    /// <see cref="MultiTargetConsumer"/> is restored.
    /// </summary>
    private void RestoreAotPacksOnTheMachine()
    {
        var directory = Path.Combine(_feed.Root, "native-aot-packs");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Packs.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {AotProperties}
              </PropertyGroup>
            </Project>
            """);
        DotNet.Ok(directory, null, "restore");
    }

    /// <summary>The value of the first line of a YAML file that starts with <paramref name="prefix"/> (a plain scalar).</summary>
    private static string Yaml(string path, string prefix) =>
        File.ReadLines(path).First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Trim();

    /// <summary>The escape of the app's <c>Print</c>: every character outside printable ASCII, and the backslash, as \uXXXX.</summary>
    private static string Escape(string text)
    {
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (c < ' ' || c > '~' || c == '\\')
            {
                line.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }

    private static IEnumerable<string> Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);

    /// <summary>The lines the build logged, without MSBuild's closing summary ("0 Warning(s)").</summary>
    private static IEnumerable<string> BuildLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.Trim() != "Build FAILED." && l.Trim() != "Build succeeded.");

    /// <summary>An ELF file on Linux; elsewhere at least not a managed assembly (a PE file without CLI metadata).</summary>
    private static void AssertNative(string executable)
    {
        var bytes = File.ReadAllBytes(executable);
        Assert.True(bytes.Length > 1_000_000, executable + " has only " + bytes.Length + " bytes");
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, bytes[..4]);
        }

        if (bytes[0] == 'M' && bytes[1] == 'Z')
        {
            using var pe = new PEReader(new MemoryStream(bytes));
            Assert.False(pe.HasMetadata, executable + " is a managed assembly");
        }
    }

    private static bool OnPath(string tool) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, tool)));

    private static (int ExitCode, string Output) RunNative(string executable, string workingDirectory) =>
        DotNet.Collect(
            new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 },
            TimeSpan.FromMinutes(2),
            executable);
}
