using System.IO.Compression;

namespace Dataset.Package.Tests;

/// <summary>
/// Packs the packages with a unique version into a temporary feed, then builds and runs a fresh consumer project
/// outside the repository, with its own nuget.config and its own package folder: how a user meets the product.
/// </summary>
public sealed class PackageTests : IClassFixture<PackedFeed>
{
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Dataset_package_has_both_frameworks_with_docs_and_no_generator()
    {
        var entries = Entries("Dataset");

        foreach (var tfm in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{tfm}/Dataset.dll", entries);
            Assert.Contains($"lib/{tfm}/Dataset.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        var nuspec = Nuspec("Dataset");
        Assert.Contains("id=\"Dataset.Model\"", nuspec);
        Assert.DoesNotContain("Dataset.Generator", nuspec);
        Assert.DoesNotContain("YamlDotNet", nuspec);
    }

    [Fact]
    public void Model_package_has_both_frameworks_with_docs()
    {
        var entries = Entries("Dataset.Model");

        Assert.Contains("lib/netstandard2.0/Dataset.Model.dll", entries);
        Assert.Contains("lib/net8.0/Dataset.Model.xml", entries);
    }

    [Fact]
    public void Generator_package_carries_the_generator_and_YamlDotNet_as_analyzers()
    {
        var entries = Entries("Dataset.Generator");

        Assert.Contains("analyzers/dotnet/cs/Dataset.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/Dataset.Generator.props", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fresh_consumer_restores_builds_and_runs_against_the_packages()
    {
        var output = _feed.ConsumerOutput;

        Assert.Contains("Vladimir Putin|IR|1|Tehran|" + _feed.Version + "|Russia and Iran deepen political and military cooperation", output);
        var assets = File.ReadAllText(Path.Combine(_feed.ConsumerDirectory, "obj", "project.assets.json"));
        Assert.DoesNotContain("Dataset.Generator", assets);
        Assert.DoesNotContain("YamlDotNet", assets);
    }

    private List<string> Entries(string id)
    {
        using var zip = ZipFile.OpenRead(_feed.Package(id));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private string Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(_feed.Package(id));
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }
}

/// <summary>Packs once per test run; the consumer is built and run once.</summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "dataset-package-test-" + Guid.NewGuid().ToString("N"));
        Version = "0.1.0-t" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Random.Shared.Next(1000, 9999);
        Feed = Path.Combine(Root, "feed");
        var artifacts = Path.Combine(Root, "artifacts");
        Directory.CreateDirectory(Feed);

        foreach (var project in new[] { "src/Dataset/Dataset.csproj", "src/Dataset.Model/Dataset.Model.csproj", "generator/Dataset.Generator/Dataset.Generator.csproj" })
        {
            DotNet.Ok(DotNet.RepositoryRoot, null, "pack", Path.Combine(DotNet.RepositoryRoot, project), "-c", "Release",
                "-p:Version=" + Version, "--artifacts-path", artifacts, "-o", Feed);
        }

        ConsumerDirectory = Path.Combine(Root, "consumer");
        Directory.CreateDirectory(ConsumerDirectory);
        File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="dataset-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dataset" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Program.cs"), """
            using System;
            using Dataset;

            var tehran = Entities.Find("Teheran");
            Console.WriteLine(string.Join("|", People.VladimirPutin.Name, Countries.Iran.Iso2, Articles.All.Count, tehran?.Name, Corpus.Version, Articles.All[0].Headline));
            """);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        DotNet.Ok(ConsumerDirectory, environment, "build", "-c", "Release");
        ConsumerOutput = DotNet.Ok(ConsumerDirectory, environment, "run", "--no-build", "-c", "Release");
    }

    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    public string ConsumerDirectory { get; }

    public string ConsumerOutput { get; }

    public string Package(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

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
