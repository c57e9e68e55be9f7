using Dataset.Core.Common;
using Dataset.Core.Model;
using Dataset.Core.Pipeline;

namespace Dataset.Generator.Tests;

/// <summary>
/// A fact model keeps the place of the fields its checks point at (<see cref="LocatedFields"/>), each at its value, and
/// no others: the driver keeps every model, so the rest would be kept for nothing.
/// </summary>
public class LocatedFieldTests
{
    private const string Path = "/d/articles/example-2013-07-17.yaml";

    private static readonly string Yaml = Fixture.Article()
        .Replace("    status: occurred\n", "    status: occurred\n    crosswalk: { cameo: \"057\" }\n")
        .Replace("corrections:\n", """
              - id: trade-fall
                type: change
                measure: bilateral-trade
                from: trade
                to: trade
                percent: -40
                evidence: Trade was $2 billion.
            corrections:

            """);

    [Fact]
    public void Each_located_field_is_at_its_value_and_the_others_are_not_kept()
    {
        var article = Parse();
        var e = Assert.Single(article.Events);
        var c = Assert.Single(article.Corrections);

        AssertLocated(e.Fields, e.Location, new[] { "type", "crosswalk" }, "summary");
        AssertLocated(article.Quantities[0].Fields, article.Quantities[0].Location, new[] { "measure", "amount", "currency" }, "type");
        AssertLocated(article.Quantities[1].Fields, article.Quantities[1].Location, new[] { "measure", "from", "to", "percent" }, "evidence");
        AssertLocated(c.Fields, c.Location, new[] { "kind", "correct" }, "written");
        Assert.Equal(Path, article.Quantities[1].Fields.At("percent", article.Quantities[1].Location).Path);
        Assert.Equal(new[] { "type", "crosswalk" }, LocatedFields.Event);
        Assert.Equal(new[] { "currency", "percent", "amount", "measure", "from", "to" }, LocatedFields.Quantity);
        Assert.Equal(new[] { "kind", "correct" }, LocatedFields.Correction);
    }

    // The fields kept are exactly those of keys written, each located at its value (key: value, on the key's line).
    private static void AssertLocated(EquatableArray<FieldLocation> fields, LocationInfo model, string[] keys, string notKept)
    {
        Assert.Equal(keys.Length, fields.Count);
        var lines = Yaml.Split('\n');
        foreach (var key in keys)
        {
            var at = fields.At(key, model);
            Assert.NotEqual(model, at);
            Assert.Equal(key + ":", lines[at.StartLine].Substring(at.StartColumn - key.Length - 2, key.Length + 1));
        }

        Assert.False(fields.Has(notKept));
    }

    private static ArticleFileModel Parse()
    {
        var result = CorpusPipeline.ParseFile(Path, Yaml, CancellationToken.None);
        return result.Article ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Descriptor.Id)));
    }
}
