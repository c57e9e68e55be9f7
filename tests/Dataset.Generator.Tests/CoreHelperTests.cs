using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Core.Validation;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>Unit tests of the core's text helpers: time values, naming, suggestions, the name index, sentences and evidence search.</summary>
public class CoreHelperTests
{
    private static readonly LocationInfo Here = new("/d/a.yaml", 0, 1, 0, 0, 0, 1);

    [Theory]
    [InlineData("2013", 0)]
    [InlineData("2013-H2", 1)]
    [InlineData("2013-Q3", 2)]
    [InlineData("2013-07", 3)]
    [InlineData("2013-07-08", 4)]
    [InlineData("0987-02-28", 4)]
    public void Dates_parse_once_and_print_as_written(string text, int precision)
    {
        var date = DateValue.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal((Precision)precision, date!.Value.Precision);
        Assert.Equal(text, date.Value.ToString());
    }

    [Theory]
    [InlineData("13", "four-digit year")]
    [InlineData("2013-13", "01 to 12")]
    [InlineData("2013-02-29", "2013-02 has 28 days")]
    [InlineData("2013-H3", "H1 or H2")]
    [InlineData("2013-Q5", "Q1 to Q4")]
    [InlineData("2013-7", "use 2013")]
    public void Invalid_dates_say_what_is_wrong(string text, string expected)
    {
        var time = TimeValue.Parse(text, out var error);

        Assert.Null(time);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_values_keep_points_and_intervals_apart()
    {
        Assert.Equal(new TimeValue(DateValue.Parse("2013", out _), DateValue.Parse("2013", out _), false), TimeValue.Parse("2013", out _));
        Assert.True(TimeValue.Parse("2013/2013", out _)!.Value.IsInterval);
        Assert.Equal(new TimeValue(DateValue.Parse("2011", out _), null, true), TimeValue.Parse("2011/..", out _));
        Assert.Equal(new TimeValue(null, DateValue.Parse("2011", out _), true), TimeValue.Parse("../2011", out _));
        Assert.Null(TimeValue.Parse("../..", out var open));
        Assert.Contains("at least one end", open, StringComparison.Ordinal);
        Assert.Null(TimeValue.Parse("2013/2012", out var backwards));
        Assert.Contains("ends before it starts", backwards, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_model_is_parsed_when_read_and_keeps_its_error()
    {
        var good = TimeModel.Create("2013-07-08/2013-07-12", "mid", Here);
        var bad = TimeModel.Create("2013-02-30", null, Here);

        Assert.Equal(TimeValue.Parse("2013-07-08/2013-07-12", out _), good.Parsed);
        Assert.Null(good.Error);
        Assert.Null(bad.Parsed);
        Assert.Contains("28 days", bad.Error, StringComparison.Ordinal);

        var diagnostics = new DiagnosticBag();
        Assert.Null(TimeChecks.Check(bad, "time value", diagnostics));
        var d = Assert.Single(diagnostics.ToEquatableArray());
        Assert.Equal("DSG0401", d.Id);
        Assert.Equal("'2013-02-30' is not a valid time value: that day does not exist: 2013-02 has 28 days", DiagnosticFormatter.Message(d));
    }

    [Fact]
    public void The_core_precision_is_the_runtimes()
    {
        Assert.Equal(
            Enum.GetValues<DatePrecision>().Select(p => (p.ToString(), (int)p)),
            Enum.GetValues<Precision>().Select(p => (p.ToString(), (int)p)));
    }

    [Fact]
    public void The_core_keyword_list_is_the_reserved_keywords_of_csharp()
    {
        var roslyn = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(roslyn.OrderBy(k => k, StringComparer.Ordinal), Naming.Keywords.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Vladimir Putin", "VladimirPutin")]
    [InlineData("S-300", "S300")]
    [InlineData("Jamaran II", "JamaranII")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Bāqirī", "Baqiri")]
    [InlineData("new", "New")]
    public void Member_names_are_pascal_case_words(string name, string member)
    {
        Assert.Equal(member, Naming.ToPascalCase(name));
        Assert.True(Naming.IsValidIdentifier(member));
    }

    [Theory]
    [InlineData("class", false)]
    [InlineData("var", true)]
    [InlineData("_x1", true)]
    [InlineData("2024", false)]
    [InlineData("", false)]
    [InlineData("A-B", false)]
    public void Identifiers_are_checked_without_roslyn(string identifier, bool valid) =>
        Assert.Equal(valid, Naming.IsValidIdentifier(identifier));

    [Theory]
    [InlineData("russia", true)]
    [InlineData("wsws-2013-08-08", true)]
    [InlineData("Russia", false)]
    [InlineData("russia-", false)]
    [InlineData("rus--sia", false)]
    [InlineData("1russia", false)]
    public void Ids_are_kebab_case(string id, bool valid) => Assert.Equal(valid, Naming.IsValidId(id));

    [Fact]
    public void Suggestions_are_the_nearest_known_values()
    {
        Assert.Equal("russia", Suggest.Nearest("rusia", new[] { "iran", "russia", "syria" }));
        Assert.Equal(new[] { "iran", "iraq" }, Suggest.Nearest("irax", new[] { "iran", "iraq", "russia" }, 2).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Null(Suggest.Nearest("completely-different", new[] { "iran" }));
    }

    [Fact]
    public void The_name_index_finds_whole_words_only()
    {
        var index = new NameIndex(new[] { ("iran", (IEnumerable<string>)new[] { "Iran", "Iranian" }), ("putin", new[] { "Vladimir Putin", "Putin" }) });

        var found = index.FindAll("Vladimir Putin met Iranian officials in Iran; Irania is no word here.");

        Assert.Equal(new[] { (0, 14), (9, 5) }, found["putin"].OrderBy(f => f.At));
        Assert.Equal(new[] { (19, 7), (40, 4) }, found["iran"].OrderBy(f => f.At));
    }

    [Fact]
    public void Sentences_end_at_final_punctuation_and_at_blank_lines_that_do_not_break_a_sentence()
    {
        const string text = "# Headline\n\nFirst sentence. Second one said \"so.\" Third\n\ncontinues here. Fourth.";

        Assert.Equal("Headline", Span(text, text.IndexOf("Head", StringComparison.Ordinal)));
        Assert.Equal("First sentence.", Span(text, text.IndexOf("First", StringComparison.Ordinal)));
        Assert.Equal("Second one said \"so.\"", Span(text, text.IndexOf("Second", StringComparison.Ordinal)));
        Assert.Equal("Third\n\ncontinues here.", Span(text, text.IndexOf("continues", StringComparison.Ordinal)));
        Assert.True(Sentences.IsInHeading(text, 3));
        Assert.False(Sentences.IsInHeading(text, text.IndexOf("Fourth", StringComparison.Ordinal)));

        static string Span(string text, int at)
        {
            var (start, end) = Sentences.Around(text, at);
            return text.Substring(start, end - start);
        }
    }

    [Fact]
    public void Evidence_is_found_through_the_normalisation_and_mapped_back_to_the_original()
    {
        const string original = "Trade was \\$2  billion, said \u201Cthe minister\u201D. Trade was up.";
        var search = new EvidenceSearch(original, EvidenceText.Create(original));
        var diagnostics = new DiagnosticBag();

        var found = search.Find(new EvidenceModel("Trade was $2 billion, said \"the minister\".", null, null, null, Here), diagnostics);
        var ambiguous = search.Find(new EvidenceModel("Trade was", null, null, null, Here), diagnostics);
        var second = search.Find(new EvidenceModel("Trade was", null, null, 2, Here), diagnostics);
        var missing = search.Find(new EvidenceModel("Trade was $3 billion", null, null, null, Here), diagnostics);

        Assert.Equal(new LinkedEvidence(original.Substring(0, 44), 0, 44), found);
        Assert.Null(ambiguous);
        Assert.Equal(original.IndexOf("Trade was up", StringComparison.Ordinal), second!.Start);
        Assert.Null(missing);
        var reported = diagnostics.ToEquatableArray();
        Assert.Equal(new[] { "DSG0304", "DSG0303" }, reported.Select(d => d.Id));
        Assert.Contains("differs after \"Trade was $\"", DiagnosticFormatter.Message(reported[1]), StringComparison.Ordinal);
    }
}
