using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Dataset.Generator.Tests;

/// <summary>
/// Every file in data/, and in the package tests' invented corpora, validates against the JSON Schema its modeline
/// names (what editors check).
/// </summary>
public class DataSchemaTests
{
    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string>();
        var repository = DiagnosticTests.RepoRoot();
        foreach (var folder in new[] { "data", "tests/Dataset.Package.Tests/FictionalCorpus", "tests/Dataset.Package.Tests/GardenCorpus" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, folder), "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(repository, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Data_file_matches_its_json_schema(string relativePath)
    {
        var path = Path.Combine(DiagnosticTests.RepoRoot(), relativePath);
        var text = File.ReadAllText(path);
        var modeline = text.Split('\n')[0];
        Assert.StartsWith("# yaml-language-server: $schema=", modeline);
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, modeline.Substring(modeline.IndexOf('=') + 1).Trim()));
        var schema = Load(schemaPath);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var result = schema.Evaluate(Element(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
        Assert.True(result.IsValid, relativePath + ":\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Schema_rejects_what_the_generator_rejects()
    {
        var schema = Load(Path.Combine(DiagnosticTests.RepoRoot(), "data", "schema", "registry.schema.json"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Fixture.People.Replace("    description:", "    descripton:")));

        Assert.False(schema.Evaluate(Element(yaml)).IsValid);
    }

    [Theory]
    [InlineData("country", false)]
    [InlineData("person", true)]
    [InlineData("botanist", true)] // a kind the vocabulary declares: the build checks it as the kind it extends
    public void Schema_checks_the_fields_of_built_in_kinds_only(string kind, bool valid)
    {
        var schema = Load(Path.Combine(DiagnosticTests.RepoRoot(), "data", "schema", "registry.schema.json"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Fixture.People.Replace("kind: person", "kind: " + kind, StringComparison.Ordinal)));

        Assert.Equal(valid, schema.Evaluate(Element(yaml)).IsValid);
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Each schema is built once: JsonSchema.Net registers schemas by $id and refuses to register one twice.</summary>
    private static JsonSchema Load(string path)
    {
        lock (Schemas)
        {
            var full = Path.GetFullPath(path);
            if (!Schemas.TryGetValue(full, out var schema))
            {
                Schemas[full] = schema = JsonSchema.FromText(File.ReadAllText(full));
            }

            return schema;
        }
    }

    private static System.Text.Json.JsonElement Element(YamlStream yaml) =>
        System.Text.Json.JsonSerializer.SerializeToElement(ToJson(yaml.Documents.Single().RootNode));

    /// <summary>YAML → JSON with YAML 1.2 core typing for plain scalars; quoted scalars stay strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } p => Plain(p.Value ?? string.Empty),
        YamlScalarNode q => JsonValue.Create(q.Value),
        _ => throw new InvalidOperationException("unexpected node " + node.NodeType),
    };

    private static JsonNode? Plain(string value)
    {
        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? JsonValue.Create(d)
            : JsonValue.Create(value);
    }
}
