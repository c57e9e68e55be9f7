using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Dataset.Package.Tests;

/// <summary>
/// Packs the three packages once per test run with a unique version into a temporary feed, shared by every test class
/// of the <see cref="PackedFeedCollection"/>; the consumer projects (outside the repository, each with its own
/// nuget.config, and all with their own NUGET_PACKAGES folder) are built on first use, so one failing consumer does not
/// take the other tests with it.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    /// <summary>The name of the test collection that shares one packed feed.</summary>
    public const string Collection = "packed feed";

    private readonly Lazy<DatasetConsumer> _datasetConsumer;
    private readonly Lazy<FictionalConsumer> _fictionalConsumer;
    private readonly Lazy<BrokenConsumer> _brokenConsumer;
    private readonly Lazy<MultiTargetConsumer> _multiTargetConsumer;
    private readonly Lazy<GardenConsumer> _gardenConsumer;
    private readonly Lazy<BrokenGardenConsumer> _brokenGardenConsumer;

    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "dataset-package-test-" + Guid.NewGuid().ToString("N"));
        Version = "0.1.0-t" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(1000, 9999);
        Feed = Path.Combine(Root, "feed");
        var artifacts = Path.Combine(Root, "artifacts");
        Directory.CreateDirectory(Feed);

        foreach (var project in new[] { "src/Dataset/Dataset.csproj", "src/Dataset.Model/Dataset.Model.csproj", "generator/Dataset.Generator/Dataset.Generator.csproj" })
        {
            DotNet.Ok(DotNet.RepositoryRoot, null, "pack", Path.Combine(DotNet.RepositoryRoot, project), "-c", "Release",
                "-p:Version=" + Version, "--artifacts-path", artifacts, "-o", Feed);
        }

        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        _datasetConsumer = new Lazy<DatasetConsumer>(() => new DatasetConsumer(this));
        _fictionalConsumer = new Lazy<FictionalConsumer>(() => new FictionalConsumer(this));
        _brokenConsumer = new Lazy<BrokenConsumer>(() => new BrokenConsumer(this));
        _multiTargetConsumer = new Lazy<MultiTargetConsumer>(() => new MultiTargetConsumer(this));
        _gardenConsumer = new Lazy<GardenConsumer>(() => new GardenConsumer(this));
        _brokenGardenConsumer = new Lazy<BrokenGardenConsumer>(() => new BrokenGardenConsumer(this));
    }

    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>The environment of every consumer command: a package folder of its own, so no cached package is reused.</summary>
    public IDictionary<string, string> Environment { get; }

    public DatasetConsumer DatasetConsumer => _datasetConsumer.Value;

    public FictionalConsumer FictionalConsumer => _fictionalConsumer.Value;

    public BrokenConsumer BrokenConsumer => _brokenConsumer.Value;

    public MultiTargetConsumer MultiTargetConsumer => _multiTargetConsumer.Value;

    /// <summary>The botanical corpus of GardenCorpus/ with its own vocabulary (GardenConsumers.cs).</summary>
    public GardenConsumer GardenConsumer => _gardenConsumer.Value;

    /// <summary>The botanical corpus with one mistake of each kind in its vocabulary and article (GardenConsumers.cs).</summary>
    public BrokenGardenConsumer BrokenGardenConsumer => _brokenGardenConsumer.Value;

    public string Package(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

    public string SymbolPackage(string id) => Path.Combine(Feed, id + "." + Version + ".snupkg");

    /// <summary>The file names in a package, without the files every package has (the nuspec, [Content_Types].xml, _rels, package/).</summary>
    public IReadOnlyList<string> Entries(string id, bool symbols = false)
    {
        using var zip = ZipFile.OpenRead(symbols ? SymbolPackage(id) : Package(id));
        return zip.Entries.Select(e => e.FullName)
            .Where(n => n != id + ".nuspec" && n != "[Content_Types].xml" && !n.StartsWith("_rels/", StringComparison.Ordinal)
                && !n.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public byte[] ReadEntry(string id, string name)
    {
        using var zip = ZipFile.OpenRead(Package(id));
        using var stream = zip.GetEntry(name)?.Open() ?? throw new FileNotFoundException(name + " is not in " + id);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ReadText(string id, string name)
    {
        using var reader = new StreamReader(new MemoryStream(ReadEntry(id, name)), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The nuspec's metadata element.</summary>
    public XElement Metadata(string id)
    {
        var nuspec = XDocument.Parse(ReadText(id, id + ".nuspec"));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>
    /// Creates a folder for a consumer project, with a nuget.config that names only the temporary feed; and, for a
    /// project that targets frameworks whose reference assemblies are packages (netstandard2.0's NETStandard.Library,
    /// net8.0's reference pack), the machine's global package folder as a second, local source: the repository's own
    /// build restored those there, so the test needs no registry.
    /// </summary>
    public string NewConsumerDirectory(string name, bool frameworkPackages = false)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        var local = frameworkPackages ? $"""<add key="machine-packages" value="{GlobalPackagesFolder()}" />""" : string.Empty;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="dataset-test-feed" value="{Feed}" />
                {local}
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    private static string GlobalPackagesFolder()
    {
        var output = DotNet.Ok(DotNet.RepositoryRoot, null, "nuget", "locals", "global-packages", "--list");
        var line = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("global-packages:", StringComparison.Ordinal));
        return line["global-packages:".Length..].Trim();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder left behind is harmless
        }
    }
}

/// <summary>A console project that references the Dataset package, as the README's "Using the dataset" shows.</summary>
public sealed class DatasetConsumer
{
    public DatasetConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("consumer");
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            using System;
            using Dataset;

            // The first access to an entity, counting the methods the JIT compiles for it on this thread.
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            var putin = People.VladimirPutin;
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitBefore;
            var tehran = Entities.Find("Teheran");
            Console.WriteLine(string.Join("|", putin.Name, Countries.Iran.Iso2, Articles.All.Count, tehran?.Name, Corpus.Version, Articles.All[0].Headline));
            Console.WriteLine("hash=" + Corpus.ContentHash);
            Console.WriteLine("entities=" + Corpus.Entities.Count);
            Console.WriteLine("events=" + Corpus.Events.Count);
            Console.WriteLine("relations=" + Corpus.Relations.Count);
            Console.WriteLine("quantities=" + Corpus.Quantities.Count);
            Console.WriteLine("quotes=" + Corpus.Quotes.Count);
            Console.WriteLine("claims=" + Corpus.Claims.Count);
            Console.WriteLine("corrections=" + Corpus.Corrections.Count);
            Console.WriteLine("rid=" + System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
            Console.WriteLine("model=" + System.IO.Path.GetRelativePath(AppContext.BaseDirectory, typeof(Entity).Assembly.Location).Replace('\\', '/'));
            Console.WriteLine("first-entity-jit=" + jitted);
            """);

        DotNet.Ok(Directory, feed.Environment, "build", "-c", "Release");
        Output = DotNet.Ok(Directory, feed.Environment, "run", "--no-build", "-c", "Release");
    }

    public string Directory { get; }

    public string Output { get; }

    /// <summary>The value of a <c>key=value</c> line the program printed.</summary>
    public string Value(string key) => Consumers.Value(Output, key);
}

/// <summary>
/// A console project that compiles the fictional corpus of tests/Dataset.Package.Tests/FictionalCorpus into its own
/// typed dataset through the packed Dataset.Generator, set up with the commands the README gives, in a custom
/// <c>DatasetNamespace</c>.
/// </summary>
public sealed class FictionalConsumer
{
    public FictionalConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("fictional");
        File.WriteAllText(Path.Combine(Directory, "Atlas.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <Version>3.1.4</Version>
                <DatasetNamespace>Fictional.Atlas</DatasetNamespace>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            using System;
            using Fictional.Atlas;

            var article = Articles.All[0];
            Console.WriteLine("namespace=" + typeof(Corpus).Namespace);
            Console.WriteLine("arvenia=" + Countries.Arvenia.Iso2 + "/" + Countries.Arvenia.Iso3);
            Console.WriteLine("iso=" + (Entities.TryGetByIsoCode("XAB", out var country) ? country.Name : "none"));
            Console.WriteLine("kestrel=" + People.MiraKestrel.Name + "; " + People.MiraKestrel.Positions[0].Title + "; " + People.MiraKestrel.Country?.Name);
            Console.WriteLine("alias=" + Entities.Find("Belmoran")?.Name);
            Console.WriteLine("place=" + Places.PortSelin.Name + " in " + Places.PortSelin.Country?.Name);
            Console.WriteLine("article=" + article.Headline + "; " + article.Publisher?.Name + "; " + article.Authors[0].Name + "; " + article.Published + "; " + article.Kind);
            Console.WriteLine("entities=" + Corpus.Entities.Count);
            var signing = Corpus.Events[0];
            Console.WriteLine("event=" + signing.Type + "; " + signing.Time + "; " + signing.Place?.Name + "; " + signing.Agreement?.Name + "; " + string.Join(", ", signing.Participants));
            Console.WriteLine("evidence=" + signing.Evidence.Text);
            Console.WriteLine("kestrel-events=" + Corpus.About(People.MiraKestrel).Events.Count);
            var trade = (Dataset.MoneyFigure)Corpus.Quantities[0];
            Console.WriteLine("trade=" + trade.Amount + "; " + trade.Period + "; " + trade.Source?.Name);
            var quote = Corpus.Quotes[0];
            Console.WriteLine("quote=" + quote.Speaker.Name + "; " + quote.Said + "; " + quote.Text);
            Console.WriteLine("facts=" + Corpus.Events.Count + "/" + Corpus.Quantities.Count + "/" + Corpus.Quotes.Count + "/" + Corpus.Relations.Count + "/" + Corpus.Claims.Count);
            Console.WriteLine("version=" + Corpus.Version);
            Console.WriteLine("hash=" + Corpus.ContentHash);
            """);
        Consumers.CopyDirectory(Consumers.FictionalCorpus, Path.Combine(Directory, "data"));

        // The generator alone: 'dotnet add package' drops a development dependency's compile assets, Dataset.Model's too.
        DotNet.Ok(Directory, feed.Environment, "add", "package", "Dataset.Generator", "--version", feed.Version);
        WithoutModel = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release");

        DotNet.Ok(Directory, feed.Environment, "add", "package", "Dataset.Model", "--version", feed.Version);
        ProjectFile = File.ReadAllText(Path.Combine(Directory, "Atlas.csproj"));
        DotNet.Ok(Directory, feed.Environment, "build", "-c", "Release");
        Output = DotNet.Ok(Directory, feed.Environment, "run", "--no-build", "-c", "Release");
        OutputFiles = System.IO.Directory.GetFiles(Path.Combine(Directory, "bin", "Release", "net10.0")).Select(Path.GetFileName).ToList()!;
        DepsJson = File.ReadAllText(Path.Combine(Directory, "bin", "Release", "net10.0", "Atlas.deps.json"));

        // The same project with the data folder switched off: the generator sees no file, so there is no Countries class.
        // --no-incremental: MSBuild's up-to-date check does not notice AdditionalFiles that went away.
        WithoutDataFolder = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release", "--no-restore", "--no-incremental", "-p:DatasetIncludeDataFolder=false");

        // The same project, built as if by a compiler older than Roslyn 4.8.
        OldCompiler = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release", "--no-restore", "-p:CompilerApiVersion=roslyn4.7");
    }

    public string Directory { get; }

    public (int ExitCode, string Output) WithoutModel { get; }

    public string ProjectFile { get; }

    public string Output { get; }

    public IReadOnlyList<string> OutputFiles { get; }

    public string DepsJson { get; }

    public (int ExitCode, string Output) WithoutDataFolder { get; }

    public (int ExitCode, string Output) OldCompiler { get; }

    public string Value(string key) => Consumers.Value(Output, key);
}

/// <summary>
/// A project with a hand-written reference to Dataset.Generator only, its data in a folder set by
/// <c>DatasetDataFolder</c>, and a mistake in one YAML file: its build must fail with a located error.
/// </summary>
public sealed class BrokenConsumer
{
    public BrokenConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("broken");
        File.WriteAllText(Path.Combine(Directory, "Broken.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <DatasetDataFolder>corpus</DatasetDataFolder>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset.Generator" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            System.Console.WriteLine(Broken.Countries.Arvenia.Name);
            """);
        var corpus = Path.Combine(Directory, "corpus");
        Consumers.CopyDirectory(Consumers.FictionalCorpus, corpus);

        // The mistake: a person's country id misspelt.
        var people = Path.Combine(corpus, "registry", "people.yaml");
        var lines = File.ReadAllLines(people);
        var index = Array.FindIndex(lines, l => l.Trim() == "country: arvenia");
        Assert.True(index >= 0, "the fictional people.yaml no longer has 'country: arvenia'");
        lines[index] = lines[index].Replace("arvenia", "arvenai", StringComparison.Ordinal);
        File.WriteAllText(people, string.Join("\n", lines) + "\n");
        Line = index + 1;
        Column = lines[index].IndexOf("arvenai", StringComparison.Ordinal) + 1;

        // The default folder is not read when DatasetDataFolder points elsewhere: a broken file there must go unnoticed.
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data"));
        File.WriteAllText(Path.Combine(Directory, "data", "ignored.yaml"), "entities: [unclosed\n");

        Build = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release");
        Assets = File.ReadAllText(Path.Combine(Directory, "obj", "project.assets.json"));
    }

    public string Directory { get; }

    public int Line { get; }

    public int Column { get; }

    public (int ExitCode, string Output) Build { get; }

    public string Assets { get; }
}

/// <summary>
/// A class library for netstandard2.0 (on C# 7.3, its default language version) and net8.0 (with nullable reference
/// types), over the fictional corpus: the generated code compiles in both, each YAML error is printed once, and a
/// build of the other framework alone still fails.
/// </summary>
public sealed class MultiTargetConsumer
{
    public MultiTargetConsumer(PackedFeed feed)
    {
        Directory = feed.NewConsumerDirectory("multi", frameworkPackages: true);
        File.WriteAllText(Path.Combine(Directory, "Multi.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>
                <LangVersion Condition="'$(TargetFramework)' == 'netstandard2.0'">7.3</LangVersion>
                <Nullable Condition="'$(TargetFramework)' == 'net8.0'">enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
                <DatasetCopySchemas>true</DatasetCopySchemas>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset.Model" Version="{feed.Version}" />
                <PackageReference Include="Dataset.Generator" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        // C# 7.3 syntax only; under net8.0's nullable analysis a hit of TryFind is not null, so nothing warns.
        File.WriteAllText(Path.Combine(Directory, "Uses.cs"), """
            namespace Multi.Usage
            {
                public static class Uses
                {
                    public static string Describe()
                    {
                        if (Multi.Entities.TryFind("Belmoran", out var entity) && Multi.Entities.TryGetByIsoCode("XAA", out var country))
                        {
                            return entity.Name + "; " + country.Name + "; " + Multi.Entities.FindAll("Arvenia").Count + "; " + Multi.Corpus.Version;
                        }

                        return "none";
                    }
                }
            }
            """);
        Consumers.CopyDirectory(Consumers.FictionalCorpus, Path.Combine(Directory, "data"));

        // The modelines as a user writes them (docs/annotation-guide.md): the schema folder beside the YAML folders.
        foreach (var yaml in System.IO.Directory.GetFiles(Path.Combine(Directory, "data"), "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("$schema=../../../../data/schema/", "$schema=../schema/", StringComparison.Ordinal));
        }

        Clean = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release");
        SchemaFiles = System.IO.Directory.Exists(Path.Combine(Directory, "data", "schema"))
            ? System.IO.Directory.GetFiles(Path.Combine(Directory, "data", "schema")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList()
            : new List<string>();

        // The mistake of BrokenConsumer: a person's country id misspelt.
        var people = Path.Combine(Directory, "data", "registry", "people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("country: arvenia", "country: arvenai", StringComparison.Ordinal));
        Broken = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release", "--no-restore");
        BrokenNet8Alone = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release", "--no-restore", "-f", "net8.0");

        // The reporting framework alone, with a SARIF error log: what IDEs and log viewers read, help links included.
        ErrorLog = Path.Combine(Directory, "errors.sarif");
        BrokenStandardAlone = DotNet.Run(Directory, feed.Environment, "build", "-c", "Release", "--no-restore", "-f", "netstandard2.0", "-p:ErrorLog=" + ErrorLog + ",version=2.1");
        PackageFolder = Path.Combine(feed.Environment["NUGET_PACKAGES"], "dataset.generator", feed.Version);
    }

    public string Directory { get; }

    public (int ExitCode, string Output) Clean { get; }

    public IReadOnlyList<string> SchemaFiles { get; }

    public (int ExitCode, string Output) Broken { get; }

    public (int ExitCode, string Output) BrokenNet8Alone { get; }

    public (int ExitCode, string Output) BrokenStandardAlone { get; }

    public string ErrorLog { get; }

    /// <summary>Where NuGet put the generator package for this consumer.</summary>
    public string PackageFolder { get; }
}

/// <summary>The test classes that share one <see cref="PackedFeed"/>: the packages are packed once, not once per class.</summary>
[CollectionDefinition(PackedFeed.Collection)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
}

internal static class Consumers
{
    public static string FictionalCorpus => Path.Combine(DotNet.RepositoryRoot, "tests", "Dataset.Package.Tests", "FictionalCorpus");

    public static string GardenCorpus => Path.Combine(DotNet.RepositoryRoot, "tests", "Dataset.Package.Tests", "GardenCorpus");

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string Value(string output, string key)
    {
        var prefix = key + "=";
        var line = output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, "the program printed no '" + prefix + "' line:\n" + output);
        return line![prefix.Length..];
    }
}
