using Dataset.Core.Validation;

namespace Dataset.Generator.Tests;

/// <summary>
/// The normalisation evidence matching applies (docs/annotation-guide.md). <see cref="EvidenceText.Normalize"/> takes
/// a shortcut for text that is already normal; it must agree with the full normalisation, which keeps a map back.
/// </summary>
public class EvidenceTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    [InlineData("runs \t of\n\nspace", "runs of space")]
    [InlineData("\u201Ccurly\u201D \u2018quotes\u2019", "\"curly\" 'quotes'")]
    [InlineData("*emphasis* and _marks_", "emphasis and marks")]
    [InlineData("\\$5 \\* \\_ kept, \\n not", "$5 * _ kept, \\n not")]
    [InlineData("", "")]
    [InlineData(" ", "")]
    public void Normalize_gives_the_normal_form(string text, string normal)
    {
        Assert.Equal(normal, EvidenceText.Normalize(text));
        Assert.Equal(normal, EvidenceText.Create(text).Normalized);
    }

    [Fact]
    public void Normal_text_is_returned_as_it_is()
    {
        const string text = "Russia and Iran deepen political and military cooperation.";

        Assert.Same(text, EvidenceText.Normalize(text));
    }

    [Fact]
    public void Normalize_agrees_with_the_mapped_normalisation_on_random_text()
    {
        const string alphabet = "ab \t\n*_\\$\u201C\u201D\u2018\u2019\"'.\u00A0\u2003";
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = new string(Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.True(EvidenceText.Create(text).Normalized == EvidenceText.Normalize(text), "seed " + seed + ": '" + text + "'");
        }
    }
}
