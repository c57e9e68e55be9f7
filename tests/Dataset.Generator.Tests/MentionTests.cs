using Dataset.Core.Model;
using Dataset.Core.Pipeline;

namespace Dataset.Generator.Tests;

/// <summary>
/// Mentions (issue 13): the longest match wins across entities, so a name inside another entity's longer name is not
/// counted for it, except a demonym, which names its country even inside a name.
/// </summary>
public sealed class MentionTests
{
    private const string Text = Fixture.Text + "\nValdoria United beat Ruritania, and the Ruritanian Navy watched from Valdoria.\n";

    private static Dictionary<string, int> Counts()
    {
        var organizations = Fixture.Organizations + """

              - id: valdoria-united
                name: Valdoria United
                description: An invented football club.
              - id: ruritanian-navy
                name: Ruritanian Navy
                description: An invented navy.
            """;
        var files = Fixture.Files(article: Fixture.Article(Text), text: Text)
            .Select(f => f.Path.EndsWith("organizations.yaml", StringComparison.Ordinal) ? (f.Path, Text: organizations) : f)
            .Select(f => new InputFile(GeneratorHarness.Root + f.Path, f.Text));
        var corpus = CorpusPipeline.Compile(files, new DatasetOptions("Fixture", "1.2.3"), CancellationToken.None);
        Assert.Empty(corpus.Diagnostics);
        return corpus.Articles.Single().Facts.Mentions.ToDictionary(m => m.Entity.Id, m => m.Count);
    }

    [Fact]
    public void A_name_inside_another_entitys_longer_name_is_not_its_mention()
    {
        var counts = Counts();

        Assert.Equal(1, counts["valdoria-united"]);
        Assert.Equal(2, counts["valdoria"]); // "Ruritania and Valdoria signed" and "from Valdoria": not the one inside "Valdoria United"
    }

    [Fact]
    public void A_demonym_inside_a_name_still_names_its_country()
    {
        var counts = Counts();

        Assert.Equal(1, counts["ruritanian-navy"]);
        Assert.Equal(3, counts["ruritania"]); // "Ruritania and Valdoria signed", "beat Ruritania" and the demonym in "the Ruritanian Navy"
    }
}
