using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>One focused input per diagnostic: the exact id, and the line and column (1-based) in the YAML.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string id, (string Path, string Text)[] files)
    {
        var result = new GeneratorHarness(files).Run();
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n" + GeneratorHarness.Describe(result.Diagnostics));
        return matching[0];
    }

    private static void AssertAt(Diagnostic d, string file, int line, int column)
    {
        var span = d.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(System.IO.Path.GetFileName(file) + "(" + line + "," + column + ")", d.GetMessage());
    }

    private static (string, string)[] WithPeople(string people) => Fixture.Files(people: people);

    [Fact]
    public void DSG0001_yaml_syntax_error_is_located()
    {
        var d = Single("DSG0001", WithPeople("schema: 1\nkind: person\nentities:\n  - id: [unclosed\n"));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith("people.yaml", d.Location.GetLineSpan().Path);
        Assert.True(d.Location.GetLineSpan().StartLinePosition.Line >= 3);
    }

    [Fact]
    public void DSG0002_duplicate_key_names_both_places()
    {
        var d = Single("DSG0002", WithPeople(Fixture.People.Replace("    name: Ilse Marant\n", "    name: Ilse Marant\n    name: Other\n")));
        AssertAt(d, "people.yaml", 6, 5);
        Assert.Contains("people.yaml(5,5)", d.GetMessage());
    }

    [Fact]
    public void DSG0003_anchors_and_aliases_are_rejected()
    {
        var bomb = "schema: 1\nkind: person\na: &a [x, x]\nb: &b [*a, *a]\nentities: []\n";
        var d = Single("DSG0003", WithPeople(bomb));
        AssertAt(d, "people.yaml", 3, 4);
    }

    [Fact]
    public void DSG0004_deep_nesting_is_bounded_before_any_tree_is_built()
    {
        var deep = "schema: 1\nkind: person\nentities: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var d = Single("DSG0004", WithPeople(deep));
        Assert.EndsWith("people.yaml", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void DSG0005_file_too_large()
    {
        var d = Single("DSG0005", WithPeople("# " + new string('x', 5 * 1024 * 1024)));
        AssertAt(d, "people.yaml", 1, 1);
    }

    [Fact]
    public void DSG0006_value_too_long()
    {
        var d = Single("DSG0006", WithPeople(Fixture.People.Replace("Foreign minister of Valdoria.", new string('x', 70_000))));
        AssertAt(d, "people.yaml", 6, 18);
    }

    [Fact]
    public void DSG0007_bidirectional_control_characters_are_rejected()
    {
        var d = Single("DSG0007", WithPeople(Fixture.People.Replace("Foreign minister", "Foreign \u202Eminister")));
        AssertAt(d, "people.yaml", 6, 18);
        Assert.Contains("U+202E", d.GetMessage());
    }

    [Fact]
    public void DSG0100_file_that_is_not_a_dataset_file()
    {
        var d = Single("DSG0100", WithPeople("schema: 1\nsomething: else\n"));
        AssertAt(d, "people.yaml", 1, 1);
    }

    [Fact]
    public void DSG0101_unknown_field_suggests_the_nearest()
    {
        var d = Single("DSG0101", WithPeople(Fixture.People.Replace("    description:", "    descripton:")));
        AssertAt(d, "people.yaml", 6, 5);
        Assert.Contains("did you mean 'description'", d.GetMessage());
    }

    [Fact]
    public void DSG0102_missing_required_field()
    {
        var d = Single("DSG0102", WithPeople(Fixture.People.Replace("    description: Foreign minister of Valdoria.\n", "")));
        AssertAt(d, "people.yaml", 4, 5);
        Assert.Contains("'description'", d.GetMessage());
    }

    [Fact]
    public void DSG0103_wrong_kind_of_value()
    {
        var d = Single("DSG0103", WithPeople(Fixture.People.Replace("    name: Ilse Marant", "    name: [Ilse, Marant]")));
        AssertAt(d, "people.yaml", 5, 11);
    }

    [Fact]
    public void DSG0104_value_outside_a_closed_set_lists_the_allowed_values()
    {
        var d = Single("DSG0104", WithPeople(Fixture.People.Replace("form: as-written", "form: nickname")));
        AssertAt(d, "people.yaml", 8, 37);
        Assert.Contains("as-written", d.GetMessage());
    }

    [Fact]
    public void DSG0105_invalid_code()
    {
        var d = Single("DSG0105", Fixture.Files(countries: Fixture.Countries.Replace("iso2: XR", "iso2: xr")));
        AssertAt(d, "countries.yaml", 4, 9);
    }

    [Fact]
    public void DSG0106_unsupported_schema_version()
    {
        var d = Single("DSG0106", WithPeople(Fixture.People.Replace("schema: 1", "schema: 2")));
        AssertAt(d, "people.yaml", 1, 9);
    }

    [Fact]
    public void DSG0201_invalid_id()
    {
        var d = Single("DSG0201", WithPeople(Fixture.People.Replace("id: ilse-marant", "id: Ilse_Marant").Replace("ilse-marant", "Ilse_Marant")));
        AssertAt(d, "people.yaml", 4, 9);
    }

    [Fact]
    public void DSG0202_duplicate_id_names_the_first_place()
    {
        var d = Single("DSG0202", Fixture.Files(countries: Fixture.Countries.Replace("id: valdoria", "id: ruritania").Replace("name: Valdoria", "name: Valdoria Two")));
        AssertAt(d, "countries.yaml", 10, 9);
        Assert.Contains("countries.yaml(4,9)", d.GetMessage());
    }

    [Fact]
    public void DSG0203_unknown_reference_suggests_known_ids()
    {
        var d = Single("DSG0203", WithPeople(Fixture.People.Replace("country: valdoria", "country: valdorai")));
        AssertAt(d, "people.yaml", 9, 14);
        Assert.Contains("did you mean 'valdoria'", d.GetMessage());
    }

    [Fact]
    public void DSG0204_reference_to_the_wrong_kind()
    {
        var d = Single("DSG0204", Fixture.Files(article: Fixture.Article().Replace("publisher: example-wire", "publisher: valdoria")));
        AssertAt(d, "example-2013-07-17.yaml", 6, 14);
    }

    [Fact]
    public void DSG0301_article_text_missing()
    {
        var files = Fixture.Files().Where(f => !f.Path.EndsWith(".txt")).ToArray();
        var d = Single("DSG0301", files);
        AssertAt(d, "example-2013-07-17.yaml", 11, 9);
    }

    [Fact]
    public void DSG0302_text_sha256_mismatch()
    {
        var d = Single("DSG0302", Fixture.Files(article: Fixture.Article(), text: Fixture.Text + "Edited.\n"));
        AssertAt(d, "example-2013-07-17.yaml", 12, 11);
    }

    [Fact]
    public void DSG0303_evidence_not_found_shows_the_closest_passage()
    {
        var d = Single("DSG0303", Fixture.Files(article: Fixture.Article().Replace("signed a pact on 8 July", "signed a treaty on 8 July")));
        AssertAt(d, "example-2013-07-17.yaml", 22, 15);
        Assert.Contains("Ruritania and Valdoria signed a pact", d.GetMessage());
    }

    [Fact]
    public void DSG0304_ambiguous_evidence()
    {
        var d = Single("DSG0304", Fixture.Files(article: Fixture.Article().Replace("evidence: Trade was $2 billion.", "evidence: pa")));
        Assert.Contains("occurs 2 times", d.GetMessage());
    }

    [Fact]
    public void DSG0401_impossible_date()
    {
        var d = Single("DSG0401", Fixture.Files(article: Fixture.Article().Replace("time: \"2013-07-08\"", "time: \"2013-02-30\"")));
        AssertAt(d, "example-2013-07-17.yaml", 20, 11);
        Assert.Contains("has 28 days", d.GetMessage());
    }

    [Fact]
    public void DSG0401_reversed_interval()
    {
        var d = Single("DSG0401", WithPeople(Fixture.People.Replace("\"2012-05/..\"", "\"2013/2012\"")));
        Assert.Contains("ends before it starts", d.GetMessage());
    }

    [Fact]
    public void DSG0801_two_entities_with_the_same_member_name()
    {
        var d = Single("DSG0801", Fixture.Files(countries: Fixture.Countries.Replace("name: Valdoria", "name: ruritania")));
        AssertAt(d, "countries.yaml", 11, 11);
        Assert.Contains("Countries.Ruritania", d.GetMessage());
    }

    [Fact]
    public void DSG0802_name_without_a_valid_identifier()
    {
        var d = Single("DSG0802", Fixture.Files(countries: Fixture.Countries.Replace("name: Valdoria", "name: \"2024\"")));
        AssertAt(d, "countries.yaml", 11, 11);
    }

    [Fact]
    public void DSG0803_invalid_namespace()
    {
        var result = new GeneratorHarness(Fixture.Files(), ns: "My..Data").Run();
        Assert.Contains(result.Diagnostics, d => d.Id == "DSG0803");
    }

    [Fact]
    public void Every_diagnostic_id_is_documented_and_tested()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        var tests = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).ToList();
        foreach (var id in Diagnostics.DiagnosticDescriptors.ById.Keys)
        {
            Assert.Contains("## " + id, docs);
            if (id != "DSG0901")
            {
                Assert.Contains(tests, t => t.StartsWith(id + "_", StringComparison.Ordinal));
            }
        }
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dataset.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}
