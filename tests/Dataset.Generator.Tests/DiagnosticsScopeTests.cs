using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>
/// A project with several target frameworks runs the generator once per framework: only the framework named by
/// <c>DatasetDiagnosticsTargetFramework</c> reports the diagnostics, and the others fail with one line while the data
/// has errors (the package tests count the lines a real multi-targeted build prints).
/// </summary>
public class DiagnosticsScopeTests
{
    private static readonly Dictionary<string, string?> Net8OfTwo = new() { ["TargetFramework"] = "net8.0", ["DatasetDiagnosticsTargetFramework"] = "netstandard2.0" };

    private static IEnumerable<(string Path, string Text)> TwoMistakes() =>
        Fixture.Files(countries: Fixture.Countries.Replace("iso2: XR", "iso2: X1", StringComparison.Ordinal).Replace("iso3: XVA", "iso3: X22", StringComparison.Ordinal));

    [Fact]
    public void The_named_framework_reports_every_diagnostic()
    {
        var reported = new GeneratorHarness(TwoMistakes()).Run();
        var named = new GeneratorHarness(TwoMistakes(), properties: new Dictionary<string, string?> { ["TargetFramework"] = "NETSTANDARD2.0", ["DatasetDiagnosticsTargetFramework"] = "netstandard2.0" }).Run();

        Assert.Equal(2, reported.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(reported.Diagnostics.Select(d => d.ToString()), named.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(named.GeneratedSources, s => s.HintName == "DatasetErrors.g.cs");
    }

    [Fact]
    public void Another_framework_reports_nothing_and_fails_with_one_line_naming_the_reporting_build()
    {
        var result = new GeneratorHarness(TwoMistakes(), properties: Net8OfTwo).Run();

        Assert.Empty(result.Diagnostics);
        var compiled = GeneratorHarness.Compile(result, out _);
        var error = Assert.Single(compiled);
        Assert.Equal("CS1029", error.Id);
        Assert.Equal(
            "#error: 'Dataset.Generator: the dataset's YAML has 2 errors, reported once, by this project's netstandard2.0 build (DatasetDiagnosticsTargetFramework); build that target framework, or all of them, to see each with its file, line and column.'",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // The code is generated all the same.
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Corpus.g.cs");
    }

    [Fact]
    public void Another_framework_with_clean_data_adds_nothing()
    {
        var result = new GeneratorHarness(Fixture.Files(), properties: Net8OfTwo).Run();

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "DatasetErrors.g.cs");
        Assert.Empty(GeneratorHarness.Compile(result, out _));
    }
}
