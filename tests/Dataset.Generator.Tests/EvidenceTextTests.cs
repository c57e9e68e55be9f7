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

    [Fact]
    public void Every_normalised_character_maps_back_to_the_original_characters_it_came_from()
    {
        const string alphabet = "ab \t\n*_\\$\u201C\u2019.";
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var text = new string(Enumerable.Range(0, random.Next(16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var mapped = EvidenceText.Create(text);
            for (var k = 0; k < mapped.Normalized.Length; k++)
            {
                var start = mapped.OriginalStart(k);
                var original = text.Substring(start, mapped.OriginalEnd(k + 1) - start);
                var expected = mapped.Normalized[k] == ' ' ? " " : mapped.Normalized[k].ToString();
                Assert.True(original.Length > 0 && (expected == " " ? string.IsNullOrWhiteSpace(original) : EvidenceText.Normalize(original) == expected),
                    "seed " + seed + ", character " + k + " of '" + mapped.Normalized + "' maps to '" + original + "' in '" + text + "'");
            }
        }
    }

    [Fact]
    public void An_escape_maps_back_to_both_of_its_characters()
    {
        var mapped = EvidenceText.Create("pay \\$5 now");

        Assert.Equal("pay $5 now", mapped.Normalized);
        Assert.Equal(4, mapped.OriginalStart(4));
        Assert.Equal(6, mapped.OriginalEnd(5));
        Assert.Equal(7, mapped.OriginalEnd(6));
    }

    [Fact]
    public void The_map_by_breaks_gives_the_offset_of_every_character_as_a_map_of_each_would()
    {
        // The reference: the original offset of every normalised character, written out one by one.
        static List<int> Starts(string text)
        {
            var starts = new List<int>();
            var pending = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    pending = pending < 0 ? i : pending;
                    continue;
                }

                var origin = i;
                if (c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '*' or '_')
                {
                    i++;
                }
                else if (c is '*' or '_')
                {
                    continue;
                }

                if (pending >= 0 && starts.Count > 0)
                {
                    starts.Add(pending);
                }

                pending = -1;
                starts.Add(origin);
            }

            return starts;
        }

        const string alphabet = "ab \t\n*_\\$\u201C.";
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var text = new string(Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var mapped = EvidenceText.Create(text);

            Assert.Equal(Starts(text), Enumerable.Range(0, mapped.Normalized.Length).Select(mapped.OriginalStart).ToList());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => EvidenceText.Create("a  b").OriginalStart(3));
    }
}
