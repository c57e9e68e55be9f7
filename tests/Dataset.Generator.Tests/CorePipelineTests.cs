using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;

namespace Dataset.Generator.Tests;

/// <summary>
/// The Roslyn-free pipeline (what the <c>dataset</c> tool runs) against the generator over the same files: the same
/// diagnostics, printed the same way, and the same corpus.
/// </summary>
public class CorePipelineTests
{
    [Fact]
    public void Compile_reports_what_the_generator_reports_in_the_compilers_form()
    {
        var files = Fixture.Files(
            people: Fixture.People.Replace("of: valdoria", "of: valdorria"),
            countries: Fixture.Countries.Replace("iso2: XR,", "iso2: X1,"));

        var generator = new GeneratorHarness(files).Run().Diagnostics.Select(d => d.ToString()).ToList();
        var core = CorpusPipeline.Compile(Inputs(files), new DatasetOptions("Fixture", "1.2.3"), CancellationToken.None)
            .Diagnostics.Select(d => DiagnosticFormatter.Format(d)).ToList();

        Assert.Contains(generator, d => d.Contains("error DSG0203", StringComparison.Ordinal));
        Assert.Contains(generator, d => d.Contains("error DSG0105", StringComparison.Ordinal));
        Assert.Equal(generator, core);
    }

    [Fact]
    public void Compile_gives_the_corpus_the_generator_emits()
    {
        var files = Fixture.Files();
        var harness = new GeneratorHarness(files);
        harness.Run();

        var core = CorpusPipeline.Compile(Inputs(files), new DatasetOptions("Fixture", "1.2.3"), CancellationToken.None);
        var generated = harness.Driver.GetRunResult().Results.Single().TrackedSteps[DatasetGenerator.Steps.Link].Single().Outputs.Single().Value;

        Assert.Empty(core.Diagnostics);
        Assert.Equal(generated, core);
    }

    [Fact]
    public void Warnings_print_as_errors_when_asked()
    {
        var warning = DiagnosticInfo.Create(DiagnosticDescriptors.MoneyWithoutPeriod, new LocationInfo("/d/a.yaml", 5, 9, 2, 4, 2, 8), "trade-2011");

        Assert.Equal("/d/a.yaml(3,5): warning DSG0504: the money figure 'trade-2011' has no 'period'; add the time the amount refers to, or acknowledge that the article gives none",
            DiagnosticFormatter.Format(warning));
        Assert.StartsWith("/d/a.yaml(3,5): error DSG0504: ", DiagnosticFormatter.Format(warning, warningsAsErrors: true), StringComparison.Ordinal);
    }

    private static IEnumerable<InputFile> Inputs(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => new InputFile(GeneratorHarness.Root + f.Path, f.Text));
}
