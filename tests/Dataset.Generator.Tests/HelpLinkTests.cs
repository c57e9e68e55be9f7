using Dataset.Generator.Diagnostics;

namespace Dataset.Generator.Tests;

/// <summary>
/// Help links work outside the repository: an absolute page when a base was known at build time, else the diagnostics
/// page in the generator's package (the package test checks the real one), else the repository-relative path.
/// </summary>
public class HelpLinkTests
{
    [Fact]
    public void A_base_known_at_build_time_makes_every_link_an_absolute_page()
    {
        var link = DiagnosticFactory.HelpLink("docs/diagnostics.md#dsg0203", "https://github.com/example/dataset/blob/0123abc/", "/x/Dataset.Generator.dll");

        Assert.Equal("https://github.com/example/dataset/blob/0123abc/docs/diagnostics.md#dsg0203", link);
    }

    [Fact]
    public void Without_a_base_a_generator_loaded_from_its_package_links_to_the_page_the_package_ships()
    {
        var package = Path.Combine(Path.GetTempPath(), "packages", "dataset.generator", "1.0.0");
        var dll = Path.Combine(package, "analyzers", "dotnet", "cs", "Dataset.Generator.dll");

        var link = DiagnosticFactory.HelpLink("docs/diagnostics.md#dsg0203", string.Empty, dll);

        Assert.Equal(new Uri(Path.Combine(package, "docs", "diagnostics.md")).AbsoluteUri + "#dsg0203", link);
        Assert.StartsWith("file:///", link, StringComparison.Ordinal);
    }

    [Fact]
    public void Elsewhere_without_a_base_the_link_stays_repository_relative()
    {
        Assert.Equal("docs/diagnostics.md#dsg0203", DiagnosticFactory.HelpLink("docs/diagnostics.md#dsg0203", string.Empty, "/repo/bin/Release/Dataset.Generator.dll"));
        Assert.Equal("docs/diagnostics.md#dsg0203", DiagnosticFactory.HelpLink("docs/diagnostics.md#dsg0203", string.Empty, string.Empty));
    }

    [Fact]
    public void Every_descriptor_uses_the_link_of_its_rule()
    {
        Assert.All(DiagnosticFactory.Descriptors.Values, d => Assert.EndsWith("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal));
    }
}
