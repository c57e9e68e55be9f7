using System.Text;

namespace Dataset.Tests;

/// <summary>
/// Every entity and fact of the curated corpus rendered with its <c>ToString</c> into
/// <c>Baselines/Prose.txt</c>, which a person reads: each line must be a sentence (or, for parts, a phrase) a person
/// would write. Set <c>DATASET_UPDATE_BASELINES=1</c> to rewrite the file after a change to the data or the wording,
/// then review the diff.
/// </summary>
public class ProseBaselineTests
{
    [Fact]
    public void Every_entity_and_fact_reads_as_prose()
    {
        var actual = Render();
        var path = Path.Combine(ReadmeExamplesTests.RepoRoot(), "tests", "Dataset.Tests", "Baselines", "Prose.txt");
        if (Environment.GetEnvironmentVariable("DATASET_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline at {path}. Run the tests with DATASET_UPDATE_BASELINES=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void No_line_shows_a_type_name_a_record_dump_or_an_enum_name()
    {
        var problems = Render().Split('\n')
            .Where(l => l.Contains("Dataset.", StringComparison.Ordinal) || l.Contains(" { ", StringComparison.Ordinal)
                || l.Contains(" = ", StringComparison.Ordinal) || l.Contains("System.", StringComparison.Ordinal)
                || ParticipantRoles.All.Select(r => r.Label.Replace(" ", string.Empty, StringComparison.Ordinal)).Concat(Enum.GetNames<Factuality>()).Concat(Enum.GetNames<AliasForm>())
                    .Any(n => n.Length > 6 && l.Contains(n, StringComparison.Ordinal) && !l.StartsWith("  quote", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Each_fact_is_one_or_more_whole_sentences()
    {
        var facts = Corpus.Facts.All.Select(f => f.ToString()).ToList();

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.True(char.IsUpper(f[0]) || f[0] == '\u201C', f));
        Assert.All(facts, f => Assert.True(f.EndsWith('.') || f.EndsWith('\u201D'), f));
        Assert.All(facts, f => Assert.DoesNotContain("  ", f, StringComparison.Ordinal));
    }

    private static string Render()
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line.ReplaceLineEndings(" ")).Append('\n');
        void Section(string title)
        {
            text.Append('\n');
            Line("## " + title);
        }

        Line("# Every entity and fact of the curated corpus, as ToString renders it");
        Section("Corpus");
        Line(Corpus.Facts.ToString());
        Line(Entities.Index.ToString());

        Section("Articles");
        foreach (var article in Corpus.Articles)
        {
            Line(article.ToString());
            Line("  " + Corpus.In(article));
        }

        Section("Entities");
        foreach (var entity in Corpus.Entities)
        {
            Line(Corpus.About(entity).ToString());
            foreach (var alias in entity.Aliases)
            {
                Line("  alias: " + alias);
            }

            if (entity is Person person)
            {
                foreach (var position in person.Positions)
                {
                    Line("  position: " + position);
                }

                foreach (var employer in person.Employers)
                {
                    Line("  employer: " + employer);
                }

                foreach (var rank in person.Ranks)
                {
                    Line("  rank: " + rank);
                }
            }
        }

        Section("Events");
        foreach (var e in Corpus.Events)
        {
            Line(e.ToString());
            foreach (var participant in e.Participants)
            {
                Line("  participant: " + participant);
            }
        }

        Section("Relations");
        Corpus.Relations.ToList().ForEach(r => Line(r.ToString()));
        Section("Quantities");
        Corpus.Quantities.ToList().ForEach(q => Line(q.ToString()));
        Section("Quotes");
        Corpus.Quotes.ToList().ForEach(q => Line(q.ToString()));
        Section("Claims");
        foreach (var claim in Corpus.Claims)
        {
            Line(claim.ToString());
        }

        Section("Corrections");
        Corpus.Corrections.ToList().ForEach(c => Line(c.ToString()));
        Section("Mentions");
        Corpus.Mentions.ToList().ForEach(m => Line(m.ToString()));
        Section("Evidence (the first fact's)");
        Line(Corpus.Facts.All[0].Evidence.ToString());
        return text.ToString();
    }

}
