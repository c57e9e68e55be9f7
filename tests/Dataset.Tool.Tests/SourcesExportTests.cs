using D = Dataset;

namespace Dataset.Tool.Tests;

/// <summary>
/// No source is lost on export: the <c>sources</c> table holds exactly the citations the compiled package gives through
/// <c>Corpus.SourcesOf</c>, for every entity and every fact, in the same order.
/// </summary>
public sealed class SourcesExportTests : IClassFixture<CuratedExport>
{
    private readonly CuratedExport _export;

    public SourcesExportTests(CuratedExport export) => _export = export;

    [Fact]
    public void The_sources_table_holds_every_citation_the_API_gives()
    {
        static IEnumerable<string> Rows(string table, string id, IReadOnlyList<D.Citation> sources) =>
            sources.Select((s, i) => string.Join(" | ", table, id, i, s.About, s.Title, s.Url, s.Accessed?.ToString() ?? "-"));
        static string Id(D.Fact f) => f.Article.Id + "/" + f.Id;

        var linq = D.Corpus.Entities.SelectMany(e => Rows("entities", e.Id, D.Corpus.SourcesOf(e)))
            .Concat(D.Corpus.Events.SelectMany(f => Rows("events", Id(f), D.Corpus.SourcesOf(f))))
            .Concat(D.Corpus.Relations.SelectMany(f => Rows("relations", Id(f), D.Corpus.SourcesOf(f))))
            .Concat(D.Corpus.Quantities.SelectMany(f => Rows("quantities", Id(f), D.Corpus.SourcesOf(f))))
            .Concat(D.Corpus.Quotes.SelectMany(f => Rows("quotes", Id(f), D.Corpus.SourcesOf(f))))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var connection = _export.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT subject_table, subject_id, ordinal, about, title, url, strftime(accessed, '%Y-%m-%d') FROM sources";
        var sql = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                sql.Add(string.Join(" | ", reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? "-" : reader.GetString(6)));
            }
        }

        Assert.NotEmpty(linq); // the curated data cites its external values (issue 13)
        Assert.Contains(linq, r => r.StartsWith("entities | russia | 0 | codes | ", StringComparison.Ordinal));
        Assert.Equal(linq, sql.Order(StringComparer.Ordinal).ToList());
    }
}
