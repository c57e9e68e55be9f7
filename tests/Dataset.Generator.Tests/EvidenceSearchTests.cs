using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Validation;

namespace Dataset.Generator.Tests;

/// <summary>
/// A passage that occurs more than once is picked by the text right before it (<c>prefix</c>), right after it
/// (<c>suffix</c>) or its 1-based <c>occurrence</c>, on the normalised text (runs of whitespace are one space), and the
/// offsets returned are the original text's.
/// </summary>
public class EvidenceSearchTests
{
    private const string Original = "The pact was signed. Then the pact was signed again.\nA pact was   signed later.";

    [Fact]
    public void A_repeated_passage_without_a_choice_is_ambiguous()
    {
        var (found, diagnostics) = Find(new EvidenceModel("pact was signed", null, null, null, LocationInfo.None));

        Assert.Null(found);
        Assert.Equal("DSG0304", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("Then the", null, null, 30)]
    [InlineData("Then  the\n", null, null, 30)]
    [InlineData(null, "again.", null, 30)]
    [InlineData(null, "later.", null, 55)]
    [InlineData("A", "later.", null, 55)]
    [InlineData(null, null, 2, 30)]
    [InlineData(null, null, 3, 55)]
    [InlineData("The", null, null, 4)]
    public void A_prefix_a_suffix_or_an_occurrence_picks_one(string? prefix, string? suffix, int? occurrence, int start)
    {
        var (found, diagnostics) = Find(new EvidenceModel("pact was signed", prefix, suffix, occurrence, LocationInfo.None));

        Assert.Empty(diagnostics);
        Assert.NotNull(found);
        Assert.Equal(start, found!.Start);
        Assert.Equal(Original.Substring(found.Start, found.Length), found.Text);
        Assert.Equal("pact was signed", string.Join(" ", found.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("Now the", null)]
    [InlineData(null, "never.")]
    [InlineData("Then the pact was signed", null)]
    public void A_prefix_or_suffix_that_no_occurrence_has_is_not_found(string? prefix, string? suffix)
    {
        var (found, diagnostics) = Find(new EvidenceModel("pact was signed", prefix, suffix, null, LocationInfo.None));

        Assert.Null(found);
        Assert.Equal("DSG0303", Assert.Single(diagnostics).Id);
    }

    private static (LinkedEvidence? Found, EquatableArray<DiagnosticInfo> Diagnostics) Find(EvidenceModel evidence)
    {
        var diagnostics = new DiagnosticBag();
        var found = new EvidenceSearch(Original, EvidenceText.Create(Original)).Find(evidence, diagnostics);
        return (found, diagnostics.ToEquatableArray());
    }
}
