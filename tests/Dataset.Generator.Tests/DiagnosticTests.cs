using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>One focused input per diagnostic: the exact id, and the line and column (1-based) in the YAML.</summary>
public partial class DiagnosticTests
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
        Assert.DoesNotContain("(" + line + "," + column + ")", d.GetMessage()); // the diagnostic carries the place; the message does not repeat it
    }

    /// <summary>The first occurrence of a duplicate is the diagnostic's additional location, not text in its message.</summary>
    private static void AssertFirstAt(Diagnostic d, string file, int line, int column)
    {
        var first = Assert.Single(d.AdditionalLocations).GetLineSpan();
        Assert.EndsWith(file, first.Path);
        Assert.Equal((line, column), (first.StartLinePosition.Line + 1, first.StartLinePosition.Character + 1));
        Assert.DoesNotContain("(" + line + "," + column + ")", d.GetMessage());
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

    [Theory]
    [InlineData("    name: Ilse Marant\n", "  \tname: Ilse Marant\n", 5, 3)]
    [InlineData("    description: Foreign minister of Valdoria.\n", "    description: Foreign minister\n\t of Valdoria.\n", 7, 1)]
    public void DSG0001_a_tab_used_as_indentation_is_reported_at_the_tab(string line, string withTab, int tabLine, int tabColumn)
    {
        var d = Single("DSG0001", WithPeople(Fixture.People.Replace(line, withTab)));
        AssertAt(d, "people.yaml", tabLine, tabColumn);
        Assert.Contains("tab", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0002_duplicate_key_names_both_places()
    {
        var d = Single("DSG0002", WithPeople(Fixture.People.Replace("    name: Ilse Marant\n", "    name: Ilse Marant\n    name: Other\n")));
        AssertAt(d, "people.yaml", 6, 5);
        AssertFirstAt(d, "people.yaml", 5, 5);
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
    public void DSG0105_invalid_code_points_at_the_code()
    {
        var d = Single("DSG0105", Fixture.Files(countries: Fixture.Countries.Replace("iso2: XR", "iso2: xr")));
        AssertAt(d, "countries.yaml", 9, 20);
    }

    [Fact]
    public void DSG0105_invalid_wikidata_id_points_at_the_id()
    {
        var d = Single("DSG0105", Fixture.Files(countries: Fixture.Countries.Replace("wikidata: Q999999999", "wikidata: \"999\"")));
        AssertAt(d, "countries.yaml", 13, 45);
    }

    [Fact]
    public void DSG0105_huge_evidence_occurrence_is_a_schema_error_not_an_internal_error()
    {
        var article = Fixture.Article().Replace("    evidence: Trade was $2 billion.", "    evidence: { text: Trade was $2 billion., occurrence: 3000000000 }");
        var result = new GeneratorHarness(Fixture.Files(article: article)).Run();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSG0901");
        var d = Single("DSG0105", Fixture.Files(article: article));
        AssertAt(d, "example-2013-07-17.yaml", 36, 58);
        Assert.Contains("whole number", d.GetMessage());
    }

    [Fact]
    public void DSG0106_unsupported_schema_version()
    {
        var d = Single("DSG0106", WithPeople(Fixture.People.Replace("schema: 1", "schema: 3")));
        AssertAt(d, "people.yaml", 1, 9);
    }

    [Fact]
    public void DSG0109_a_vocabulary_file_of_schema_1_says_to_write_schema_2()
    {
        var d = Single("DSG0109", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("schema: 2", "schema: 1")));
        AssertAt(d, "treaties.yaml", 1, 9);
        Assert.Contains("schema: 2", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0110_a_second_vocabulary_file_names_the_first()
    {
        var files = Fixture.WithVocabulary().Append(("vocabulary/zz-more.yaml", Fixture.Vocabulary.Replace("name: treaties", "name: more"))).ToArray();
        var d = Single("DSG0110", files);
        AssertAt(d, "zz-more.yaml", 3, 3);
        AssertFirstAt(d, "treaties.yaml", 3, 3);
    }

    [Fact]
    public void DSG0205_an_unknown_event_type_suggests_the_nearest_codes_of_the_vocabulary()
    {
        var d = Single("DSG0205", Fixture.Files(article: Fixture.Article().Replace("type: diplomacy.agreement", "type: diplomacy.agrement")));
        AssertAt(d, "example-2013-07-17.yaml", 15, 11);
        Assert.StartsWith("no event type has the code 'diplomacy.agrement' in the vocabulary 'news'; did you mean 'diplomacy.agreement'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0205_unknown_terms_of_a_declared_vocabulary_are_located_where_they_are_written()
    {
        // An unknown role in an event type's roles, a kind extending an unknown kind, a registry file of an unknown kind.
        var vocabulary = Fixture.Vocabulary.Replace("roles: [party, witness]", "roles: [party, witnes]").Replace("extends: person", "extends: persn");
        var result = new GeneratorHarness(Fixture.WithVocabulary(vocabulary)).Run();
        var unknown = result.Diagnostics.Where(x => x.Id == "DSG0205").OrderBy(x => x.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, unknown.Count);
        AssertAt(unknown[0], "treaties.yaml", 14, 20);
        Assert.Contains("'witnes'", unknown[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'witness'", unknown[0].GetMessage(), StringComparison.Ordinal);
        AssertAt(unknown[1], "treaties.yaml", 19, 107);
        Assert.Contains("no entity kind has the code 'persn'", unknown[1].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("did you mean 'person'", unknown[1].GetMessage(), StringComparison.Ordinal);

        var kind = Single("DSG0205", Fixture.WithVocabulary(people: Fixture.People.Replace("kind: person", "kind: ministr")));
        AssertAt(kind, "people.yaml", 2, 7);
        Assert.Contains("did you mean 'minister'", kind.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0206_a_role_the_event_type_does_not_take()
    {
        var article = Fixture.Article().Replace("{ entity: valdoria, role: party }", "{ entity: valdoria, role: withness }")
            .Replace("- { entity: ruritania, role: party }", "- { entity: ruritania, role: party }\n      - { entity: example-wire, role: agent }");
        var vocabulary = Fixture.Vocabulary.Replace("  - { code: witness,", "  - { code: agent, label: Agent, description: Acts. }\n  - { code: withness, label: Withness, description: A typo kept on purpose. }\n  - { code: witness,");
        var result = new GeneratorHarness(Fixture.WithVocabulary(vocabulary, article)).Run();
        var notTaken = result.Diagnostics.Where(x => x.Id == "DSG0206").OrderBy(x => x.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, notTaken.Count);
        AssertAt(notTaken[0], "example-2013-07-17.yaml", 19, 39);
        Assert.Equal("the event type 'diplomacy.agreement' takes the roles 'party', 'witness', not 'agent'", notTaken[0].GetMessage());
        Assert.EndsWith("not 'withness'; did you mean 'witness'?", notTaken[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void DSG0207_a_duplicate_code_names_the_first()
    {
        var d = Single("DSG0207", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("{ code: witness,", "{ code: party,")));
        AssertAt(d, "treaties.yaml", 17, 13);
        AssertFirstAt(d, "treaties.yaml", 16, 13);

        var builtIn = Single("DSG0207", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("code: minister", "code: person")));
        AssertAt(builtIn, "treaties.yaml", 19, 13);
        Assert.Empty(builtIn.AdditionalLocations);
    }

    [Fact]
    public void DSG0208_a_cycle_of_parents_is_reported_and_cut()
    {
        var d = Single("DSG0208", Fixture.WithVocabulary(Fixture.Vocabulary.Replace("    cameo: \"05\"", "    parent: diplomacy.agreement\n    cameo: \"05\"")));
        AssertAt(d, "treaties.yaml", 8, 13);
        Assert.Contains("diplomacy \u2192 diplomacy.agreement \u2192 diplomacy", d.GetMessage(), StringComparison.Ordinal);
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
        AssertFirstAt(d, "countries.yaml", 4, 9);
    }

    [Fact]
    public void DSG0202_a_second_article_with_the_same_id_is_reported_and_not_generated()
    {
        // The copy (later by path) also has a bad reference: the duplicate is reported, not linked, so that is not.
        var copy = Fixture.Article().Replace("authors: [ilse-marant]", "authors: [nobody-known]");
        var files = Fixture.Files().Append(("articles/z-copy.yaml", copy)).ToArray();
        var result = new GeneratorHarness(files).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0202", d.Id);
        AssertAt(d, "z-copy.yaml", 3, 7);
        AssertFirstAt(d, "example-2013-07-17.yaml", 3, 7);
        Assert.Single(result.GeneratedSources, s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal));
    }

    [Fact]
    public void DSG0201_an_article_with_an_invalid_id_is_reported_and_not_generated()
    {
        var result = new GeneratorHarness(Fixture.Files(article: Fixture.Article().Replace("id: example-2013-07-17", "id: Example_2013"))).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0201", d.Id);
        AssertAt(d, "example-2013-07-17.yaml", 3, 7);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal));
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
    public void DSG0102_money_without_currency()
    {
        var d = Single("DSG0102", Fixture.Files(article: Fixture.Article().Replace("    currency: USD\n", "")));
        AssertAt(d, "example-2013-07-17.yaml", 29, 5);
        Assert.Contains("'currency'", d.GetMessage());
    }

    [Fact]
    public void DSG0107_acknowledging_an_error_is_refused()
    {
        var d = Single("DSG0107", Fixture.Files(article: WithTradeFields("    acknowledge: [{ id: DSG0303, reason: known }]\n")));
        AssertAt(d, "example-2013-07-17.yaml", 37, 25);
        Assert.Contains("it is an error", d.GetMessage());
    }

    [Fact]
    public void DSG0107_acknowledging_an_unknown_id_suggests_the_nearest()
    {
        var d = Single("DSG0107", Fixture.Files(article: WithTradeFields("    acknowledge: [{ id: DSG0540, reason: known }]\n")));
        AssertAt(d, "example-2013-07-17.yaml", 37, 25);
        Assert.Contains("no diagnostic has this id", d.GetMessage());
    }

    [Fact]
    public void DSG0108_acknowledgement_that_matches_no_warning()
    {
        var d = Single("DSG0108", Fixture.Files(article: WithTradeFields("    acknowledge: [{ id: DSG0504, reason: the article gives none }]\n")));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 37, 19);
    }

    [Fact]
    public void DSG0402_event_after_the_article_marked_occurred()
    {
        var d = Single("DSG0402", Fixture.Files(article: Fixture.Article().Replace("time: \"2013-07-08\"", "time: \"2013-09\"")));
        AssertAt(d, "example-2013-07-17.yaml", 20, 11);
        Assert.Contains("'2013-09' ends no earlier than 2013-09-01", d.GetMessage());
        Assert.Contains("publication date 2013-07-17", d.GetMessage());
    }

    [Fact]
    public void DSG0402_open_interval_starting_after_the_article()
    {
        var d = Single("DSG0402", Fixture.Files(article: Fixture.Article().Replace("time: \"2013-07-08\"", "time: \"2013-07-18/..\"")));
        AssertAt(d, "example-2013-07-17.yaml", 20, 11);
        Assert.Contains("starts no earlier than 2013-07-18", d.GetMessage());
    }

    [Theory]
    [InlineData("planned")]
    [InlineData("announced")]
    public void DSG0402_is_not_reported_for_planned_or_announced_events(string status)
    {
        var article = Fixture.Article().Replace("time: \"2013-07-08\"", "time: \"2014\"").Replace("status: occurred", "status: " + status);
        var result = new GeneratorHarness(Fixture.Files(article: article)).Run();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DSG0403_quote_said_after_the_article()
    {
        var d = Single("DSG0403", Fixture.Files(article: Fixture.Article().Replace("said: \"2013-07\"", "said: \"2013-08\"")));
        AssertAt(d, "example-2013-07-17.yaml", 26, 11);
    }

    [Fact]
    public void DSG0501_change_that_disagrees_with_its_amounts_shows_the_arithmetic()
    {
        var d = Single("DSG0501", Fixture.Files(article: WithChange()));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 50, 14);
        Assert.Contains("3,000,000,000 \u2192 2,000,000,000 is \u221233.3 %, not \u221240 %", d.GetMessage());
    }

    [Fact]
    public void DSG0501_within_one_percentage_point_is_rounding()
    {
        var result = new GeneratorHarness(Fixture.Files(article: WithChange(percent: "-33"))).Run();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DSG0501_acknowledged_on_the_fact_is_not_reported()
    {
        var article = WithChange(extra: "    acknowledge:\n      - { id: DSG0501, reason: \"the article's own figures; the text is kept as written\" }\n");
        var result = new GeneratorHarness(Fixture.Files(article: article)).Run();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DSG0502_change_between_figures_in_different_currencies()
    {
        var d = Single("DSG0502", Fixture.Files(article: WithChange(fromCurrency: "EUR", percent: "-33.3")));
        AssertAt(d, "example-2013-07-17.yaml", 49, 9);
        Assert.Contains("'trade-2012' is in EUR and 'trade' in USD", d.GetMessage());
    }

    [Fact]
    public void DSG0503_currency_not_in_iso_4217()
    {
        var d = Single("DSG0503", Fixture.Files(article: Fixture.Article().Replace("currency: USD", "currency: usd")));
        AssertAt(d, "example-2013-07-17.yaml", 33, 15);
        Assert.Contains("did you mean 'USD'", d.GetMessage());
    }

    [Fact]
    public void DSG0503_registry_currency_not_in_iso_4217()
    {
        var d = Single("DSG0503", Fixture.Files(countries: Fixture.Countries.Replace("iso3: XRU,", "iso3: XRU, currency: RUR,")));
        AssertAt(d, "countries.yaml", 9, 45);
    }

    [Fact]
    public void DSG0504_money_without_a_period()
    {
        var d = Single("DSG0504", Fixture.Files(article: Fixture.Article().Replace("    period: \"2013\"\n", "")));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 29, 5);
    }

    [Fact]
    public void DSG0505_count_with_a_currency()
    {
        var d = Single("DSG0505", Fixture.Files(article: Fixture.Article().Replace("    type: money\n", "    type: count\n")));
        AssertAt(d, "example-2013-07-17.yaml", 33, 15);
        Assert.Contains("only money has a currency", d.GetMessage());
    }

    [Fact]
    public void DSG0506_amount_that_is_not_positive()
    {
        var d = Single("DSG0506", Fixture.Files(article: Fixture.Article().Replace("amount: 2000000000", "amount: -2000000000")));
        AssertAt(d, "example-2013-07-17.yaml", 32, 13);
    }

    [Fact]
    public void DSG0507_change_that_runs_backwards_in_time()
    {
        var d = Single("DSG0507", Fixture.Files(article: WithChange(fromPeriod: "2014", percent: "-33.3")));
        AssertAt(d, "example-2013-07-17.yaml", 49, 9);
        Assert.Contains("swap 'from' and 'to'", d.GetMessage());
    }

    [Fact]
    public void DSG0601_same_source_twice_on_one_fact()
    {
        var d = Single("DSG0601", Fixture.Files(article: WithFactuality("      - { source: author, value: certain }\n      - { source: author, value: probable }\n")));
        AssertAt(d, "example-2013-07-17.yaml", 24, 19);
        AssertFirstAt(d, "example-2013-07-17.yaml", 23, 19);
    }

    [Fact]
    public void DSG0602_occurred_event_the_author_says_did_not_happen()
    {
        var d = Single("DSG0602", Fixture.Files(article: WithFactuality("      - { source: author, value: certain-not }\n")));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 23, 9);
    }

    [Fact]
    public void DSG0701_correction_equal_to_what_is_written()
    {
        var d = Single("DSG0701", Fixture.Files(article: Fixture.Article().Replace("correct: Ilse Marant", "correct: Ilse Marrant")));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "example-2013-07-17.yaml", 42, 14);
    }

    [Fact]
    public void DSG0702_corrected_text_outside_the_evidence()
    {
        var d = Single("DSG0702", Fixture.Files(article: Fixture.Article().Replace("evidence: Minister Ilse Marrant said", "evidence: We are partners.")));
        AssertAt(d, "example-2013-07-17.yaml", 41, 14);
    }

    [Fact]
    public void Unknown_references_to_ids_of_a_registry_file_with_a_syntax_error_are_not_reported()
    {
        var people = Fixture.People.Replace("country: valdoria", "country: [valdoria");
        var result = new GeneratorHarness(WithPeople(people)).Run();
        Assert.Contains(result.Diagnostics, d => d.Id == "DSG0001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSG0203");
    }

    [Fact]
    public void Unknown_references_to_an_entity_missing_a_field_are_not_reported()
    {
        var people = Fixture.People.Replace("    description: Foreign minister of Valdoria.\n", "");
        var result = new GeneratorHarness(WithPeople(people)).Run();
        Assert.Equal(new[] { "DSG0102" }, result.Diagnostics.Select(d => d.Id).Distinct());
    }

    [Fact]
    public void Unknown_references_elsewhere_are_still_reported_while_a_file_is_broken()
    {
        var people = Fixture.People.Replace("country: valdoria", "country: [valdoria");
        var article = Fixture.Article().Replace("publisher: example-wire", "publisher: example-wir");
        var result = new GeneratorHarness(Fixture.Files(article: article, people: people)).Run();
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "DSG0203");
        Assert.Contains("example-wir'", unknown.GetMessage());
    }

    [Fact]
    public void A_percentage_gives_its_figure_in_percent_as_the_schema_says()
    {
        var article = Fixture.Article().Replace("corrections:\n", """
              - id: trade-share
                type: percentage
                measure: trade-share
                percent: 12.5
                period: "2013"
                evidence: Trade was $2 billion.
            corrections:

            """);
        var result = new GeneratorHarness(Fixture.Files(article: article)).Run();

        Assert.True(result.Diagnostics.IsEmpty, GeneratorHarness.Describe(result.Diagnostics));
        GeneratorHarness.Load(result, assembly =>
        {
            var corpus = assembly.GetType("Fixture.Corpus")!;
            var quantities = (IReadOnlyList<Dataset.Quantity>)corpus.GetProperty("Quantities")!.GetValue(null)!;
            var share = Assert.IsType<Dataset.PercentageFigure>(quantities.Single(q => q.Id == "trade-share"));
            Assert.Equal(12.5m, share.Percent);
            Assert.Equal("trade-share", share.Measure);
        });
    }

    private static string WithTradeFields(string fields) =>
        Fixture.Article().Replace("    evidence: Trade was $2 billion.\n", "    evidence: Trade was $2 billion.\n" + fields);

    private static string WithFactuality(string items) =>
        Fixture.Article().Replace("    status: occurred\n", "    status: occurred\n    factuality:\n" + items);

    /// <summary>The fixture plus a 2012 figure (line 37) and a change from it to the 2013 one (line 45; 'to' on 49, 'percent' on 50).</summary>
    private static string WithChange(string percent = "-40", string fromCurrency = "USD", string fromPeriod = "2012", string extra = "") =>
        Fixture.Article().Replace("corrections:\n", $$"""
              - id: trade-2012
                type: money
                measure: bilateral-trade
                amount: 3000000000
                currency: {{fromCurrency}}
                period: "{{fromPeriod}}"
                between: [ruritania, valdoria]
                evidence: Trade was $2 billion.
              - id: trade-fall
                type: change
                measure: bilateral-trade
                from: trade-2012
                to: trade
                percent: {{percent}}
                evidence: Trade was $2 billion.

            """ + extra + "corrections:\n");

    [Fact]
    public void DSG0102_change_without_from_is_reported_and_not_emitted()
    {
        // Found by the mutation test: a change whose 'from' is missing was emitted with no figure and broke the writer.
        var files = Fixture.Files(article: WithChange().Replace("    from: trade-2012\n", string.Empty));
        var result = new GeneratorHarness(files).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("DSG0102", d.Id);
        Assert.Contains("'from'", d.GetMessage());
        Assert.Empty(GeneratorHarness.Compile(result, out _));
    }

    [Fact]
    public void The_documented_message_and_fix_of_every_rule_are_the_catalogues()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n");
        foreach (var rule in Core.Diagnostics.DiagnosticDescriptors.ById.Values)
        {
            var section = docs.Substring(docs.IndexOf("## " + rule.Id + "\n", StringComparison.Ordinal));
            section = section.Substring(0, section.IndexOf("\n## ", 3, StringComparison.Ordinal) is var end and > 0 ? end : section.Length);
            Assert.Contains("Message: `" + rule.MessageFormat + "`", section);
            Assert.Contains("Fix: " + rule.Description, string.Join(" ", section.Split('\n')));
            Assert.DoesNotContain("{0}: ", rule.MessageFormat);
        }
    }

    [Fact]
    public void Every_diagnostic_id_is_documented_and_tested()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        var tests = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).ToList();
        foreach (var id in Core.Diagnostics.DiagnosticDescriptors.ById.Keys)
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
