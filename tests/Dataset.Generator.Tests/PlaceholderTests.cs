using Dataset.Core.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// A registry file with errors gives its own YAML errors and nothing else: the entities it declares keep placeholder
/// members, so the user's code that names them does not add an unknown-name error per use (issue 14, item 6).
/// </summary>
public sealed class PlaceholderTests
{
    private const string UserCode = """
        namespace Consumer
        {
            public static class Uses
            {
                public static string Name() => global::Fixture.People.IlseMarant.Name;

                public static int Count() => global::Fixture.People.All.Count + global::Fixture.Countries.All.Count;

                public static string Country() => global::Fixture.Countries.Valdoria.Name;
            }
        }
        """;

    [Fact]
    public void A_registry_file_that_fails_to_parse_gives_its_YAML_error_and_no_unknown_names_in_user_code()
    {
        // An unclosed flow mapping: the file does not parse at all.
        var people = Fixture.People.Replace("{ text: Ilse Marrant, form: as-written }", "{ text: Ilse Marrant, form: as-written");
        var result = new GeneratorHarness(Fixture.Files(people: people)).Run();

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("people.yaml", d.Location.GetLineSpan().Path, StringComparison.Ordinal));

        var errors = CompileWithUserCode(result);
        Assert.True(errors.Count == 0, GeneratorHarness.Describe(errors));
        var placeholder = Assert.Single(result.GeneratedSources, s => s.HintName == "Entities/People.Placeholders.g.cs").SourceText.ToString();
        Assert.Contains("public static global::Dataset.Person IlseMarant => throw new global::System.InvalidOperationException(", placeholder, StringComparison.Ordinal);
        Assert.Contains("public static global::System.Collections.Generic.IReadOnlyList<global::Dataset.Person> All { get; } = new global::Dataset.Person[0];", placeholder, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_placeholders_the_same_user_code_would_fail_on_the_missing_class()
    {
        // The check above can fail: the user code does name a class that only the placeholders declare.
        var people = Fixture.People.Replace("{ text: Ilse Marrant, form: as-written }", "{ text: Ilse Marrant, form: as-written");
        var result = new GeneratorHarness(Fixture.Files(people: people)).Run();
        var compilation = GeneratorHarness.EmptyCompilation()
            .AddSyntaxTrees(result.GeneratedSources.Where(s => !s.HintName.EndsWith(".Placeholders.g.cs", StringComparison.Ordinal)).Select(s => s.SyntaxTree))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(UserCode, GeneratorHarness.ParseOptions));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0234" || d.Id == "CS0103" || d.Id == "CS0117");
    }

    [Fact]
    public void An_entity_missing_a_required_field_keeps_a_placeholder_beside_the_entities_that_bound()
    {
        var countries = Fixture.Countries.Replace("    name: Valdoria\n", string.Empty);
        var result = new GeneratorHarness(Fixture.Files(countries: countries)).Run();

        var d = Assert.Single(result.Diagnostics);
        Assert.EndsWith("countries.yaml", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("name", d.GetMessage(), StringComparison.Ordinal);
        var errors = CompileWithUserCode(result);
        Assert.True(errors.Count == 0, GeneratorHarness.Describe(errors));
        var placeholder = Assert.Single(result.GeneratedSources, s => s.HintName == "Entities/Countries.Placeholders.g.cs").SourceText.ToString();
        Assert.Contains(" Valdoria => throw ", placeholder, StringComparison.Ordinal);
        Assert.DoesNotContain(" All ", placeholder, StringComparison.Ordinal); // Countries.All comes from the entities that bound
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Entities/People.Placeholders.g.cs");
    }

    [Fact]
    public void A_placeholder_throws_if_it_ever_runs_and_names_the_file_to_fix()
    {
        var countries = Fixture.Countries.Replace("    name: Valdoria\n", string.Empty);
        var result = new GeneratorHarness(Fixture.Files(countries: countries)).Run();

        GeneratorHarness.Load(result, assembly =>
        {
            var property = assembly.GetType("Fixture.Countries")!.GetProperty("Valdoria")!;
            var ex = Assert.Throws<System.Reflection.TargetInvocationException>(() => property.GetValue(null));
            var inner = Assert.IsType<InvalidOperationException>(ex.InnerException);
            Assert.Contains("countries.yaml declares 'valdoria' with errors", inner.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Clean_data_has_no_placeholders()
    {
        var result = new GeneratorHarness(Fixture.Files()).Run();

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith(".Placeholders.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_of_a_broken_file_reads_the_kind_and_each_id_with_the_name_after_it()
    {
        const string text = "schema: 2\nkind: person\nentities:\n  - id: ada-lovelace\n    name: \"Ada Lovelace\"\n  - { id: charles-babbage, name: Charles Babbage, description: x }\n  - id: no-name\n    description: [unclosed\n";

        Assert.Equal("person", DeclaredIds.ScanKind(text));
        Assert.Equal(
            new[] { ("ada-lovelace", "Ada Lovelace"), ("charles-babbage", "Charles Babbage"), ("no-name", (string?)null) },
            DeclaredIds.Scan(text).Select(e => (e.Id, e.Name)).ToArray());
        Assert.Null(DeclaredIds.ScanKind("entities:\n  - { id: x, kind: person }\n"));
    }

    private static List<Diagnostic> CompileWithUserCode(GeneratorRunResult result)
    {
        GeneratorHarness.Compile(result, out var compilation, diagnose: false);
        return compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(UserCode, GeneratorHarness.ParseOptions))
            .GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }
}
