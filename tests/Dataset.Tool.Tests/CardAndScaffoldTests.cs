using System.Xml.Linq;
using Dataset.Core.Common;

namespace Dataset.Tool.Tests;

/// <summary><c>dataset card</c> and <c>dataset new article</c>.</summary>
public class CardAndScaffoldTests
{
    [Fact]
    public void The_card_has_the_figures_and_both_pictures_draw_every_event_and_entity()
    {
        using var temp = new TempFolder();
        var (code, output, error) = ToolHarness.Run("card", ToolHarness.CuratedData, "--out", temp["card"], "--dataset-version", "9.8.7");
        Assert.True(code == 0, output + error);

        var whole = CheckTests.Compile(ToolHarness.CuratedData);
        var card = File.ReadAllText(temp["card/README.md"]);
        Assert.Contains("| Version (`Corpus.Version`) | 9.8.7 |", card, StringComparison.Ordinal);
        Assert.Contains("| Content hash, SHA-256 (`Corpus.ContentHash`) | `" + whole.ContentHash + "` |", card, StringComparison.Ordinal);
        Assert.Contains("](timeline.svg)", card, StringComparison.Ordinal);
        Assert.Contains("](entity-graph.svg)", card, StringComparison.Ordinal);

        // Rights: who holds the copyright of each article, on what basis passages are quoted, the annotations' licence.
        Assert.Contains("- Copyright in the text of \u201CRussia and Iran deepen political and military cooperation\u201D: World Socialist Web Site.", card, StringComparison.Ordinal);
        Assert.Contains("Berne Convention, Article 10(1)", card, StringComparison.Ordinal);
        Assert.Contains("licensed under the MIT licence", card, StringComparison.Ordinal);

        var events = whole.Articles.SelectMany(a => a.Facts.Events.Select(e => a.Id + "/" + e.Id)).Order(StringComparer.Ordinal).ToList();
        var entities = whole.Kinds.SelectMany(k => k.Entities).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(events);

        var timeline = XDocument.Load(temp["card/timeline.svg"]);
        var graph = XDocument.Load(temp["card/entity-graph.svg"]);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", timeline.Root!.Name);
        Assert.Equal(svg + "svg", graph.Root!.Name);
        Assert.Equal(events, timeline.Descendants(svg + "g").Select(g => (string?)g.Attribute("data-event")).OfType<string>().Order(StringComparer.Ordinal));
        Assert.Equal(entities, graph.Descendants(svg + "g").Select(g => (string?)g.Attribute("data-entity")).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(timeline.Descendants(svg + "g").Where(g => g.Attribute("data-event") is not null), g => Assert.True(g.Elements(svg + "rect").Any() || g.Elements(svg + "circle").Any()));
        Assert.All(graph.Descendants(svg + "g").Where(g => g.Attribute("data-entity") is not null), g => Assert.Single(g.Elements(svg + "circle")));
    }

    [Fact]
    public void The_card_is_the_same_on_every_run_and_replaces_only_with_force()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, ToolHarness.Run("card", ToolHarness.CuratedData, "--out", temp["a"]).Code);
        Assert.Equal(0, ToolHarness.Run("card", ToolHarness.CuratedData, "--out", temp["b"]).Code);
        Assert.Equal(2, ToolHarness.Run("card", ToolHarness.CuratedData, "--out", temp["b"]).Code);
        Assert.Equal(0, ToolHarness.Run("card", ToolHarness.CuratedData, "--out", temp["b"], "--force").Code);

        foreach (var name in new[] { "README.md", "timeline.svg", "entity-graph.svg" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp["a"], name)), File.ReadAllBytes(Path.Combine(temp["b"], name)));
        }

        Assert.Equal(3, Directory.GetFiles(temp["b"]).Length);
        Assert.Equal(new[] { "a", "b" }, Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_scaffolded_article_passes_check_as_it_is()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOfCuratedData();
        File.WriteAllText(temp["story.txt"], "# Ports \"and\" pipelines\n\nThe text of the story.\n");

        var (code, output, error) = ToolHarness.Run("new", "article", "--id", "example-2014-02-03-ports", "--url", "https://example.org/ports", "--text", temp["story.txt"], "--data", data);
        Assert.True(code == 0, output + error);

        var yaml = File.ReadAllText(Path.Combine(data, "articles", "example-2014-02-03-ports.yaml"));
        Assert.Contains("  sha256: " + Hashing.Sha256Hex(File.ReadAllText(temp["story.txt"])), yaml, StringComparison.Ordinal);
        Assert.Contains("  headline: \"Ports \\\"and\\\" pipelines\"", yaml, StringComparison.Ordinal);
        Assert.Contains("  published: \"2014-02-03\"", yaml, StringComparison.Ordinal);
        Assert.Contains("events: []", yaml, StringComparison.Ordinal);

        var check = ToolHarness.Run("check", data, "--warnaserror");
        Assert.True(check.Code == 0, check.Out);

        Assert.Equal(2, ToolHarness.Run("new", "article", "--id", "example-2014-02-03-ports", "--url", "https://example.org/ports", "--text", temp["story.txt"], "--data", data).Code);
        Assert.Equal(2, ToolHarness.Run("new", "article", "--id", "Not_Kebab", "--url", "u", "--text", temp["story.txt"], "--data", data).Code);
        Assert.Equal(2, ToolHarness.Run("new", "article", "--id", "x-2014-02-30-y", "--url", "u", "--text", temp["story.txt"], "--data", data).Code);
    }
}
