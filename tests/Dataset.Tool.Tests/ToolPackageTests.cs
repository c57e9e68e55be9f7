using System.Globalization;
using System.IO.Compression;
using Dataset.Package.Tests;

namespace Dataset.Tool.Tests;

/// <summary>
/// The tool as a user installs it: packed with a unique version into a temporary feed, installed into a local tool
/// manifest with its own NuGet package folder, and run as <c>dotnet dataset check</c> on the curated data.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_a_feed_into_a_local_manifest_and_checks_the_curated_data()
    {
        using var temp = new TempFolder();
        var version = "0.1.0-t" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(1000, 9999);
        var feed = temp["feed"];
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp["packages"] };
        DotNet.Ok(ToolHarness.RepositoryRoot, null, "pack", Path.Combine(ToolHarness.RepositoryRoot, "src/Dataset.Tool/Dataset.Tool.csproj"), "-c", "Release",
            "-p:Version=" + version, "--artifacts-path", temp["artifacts"], "-o", feed);

        var package = Path.Combine(feed, "Dataset.Tool." + version + ".nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("tools/net10.0/any/Dataset.Tool.dll", entries);
            Assert.Contains("tools/net10.0/any/Dataset.Core.dll", entries);
            Assert.Contains("tools/net10.0/any/YamlDotNet.dll", entries);
            Assert.Contains("tools/net10.0/any/Parquet.dll", entries);
            Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
            Assert.Contains("README.md", entries);
        }

        var consumer = temp["consumer"];
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        DotNet.Ok(consumer, environment, "new", "tool-manifest");
        DotNet.Ok(consumer, environment, "tool", "install", "Dataset.Tool", "--version", version);

        var (code, output) = DotNet.Run(consumer, environment, "dataset", "check", ToolHarness.CuratedData);
        Assert.True(code == 0, output);
        Assert.Contains("dataset check: 0 error(s), 0 warning(s)", output, StringComparison.Ordinal);

        var (missing, message) = DotNet.Run(consumer, environment, "dataset", "check", temp["nothing-here"]);
        Assert.Equal(2, missing);
        Assert.Contains("dataset: error: the data folder", message, StringComparison.Ordinal);
    }
}
