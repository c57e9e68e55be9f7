using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using D = Dataset;

namespace Dataset.Tool.Tests;

/// <summary>
/// A real engine over the export: DuckDB answers the README's five questions in SQL (the queries docs/export.md shows)
/// over the Parquet tables, and the answers equal what LINQ gives over the compiled Dataset package, computed here.
/// </summary>
public sealed class DuckDbTests : IClassFixture<CuratedExport>
{
    private readonly CuratedExport _export;

    public DuckDbTests(CuratedExport export) => _export = export;

    [Fact]
    public void Q1_trade_figures_of_2011_by_country_pair()
    {
        var linq = D.Corpus.Quantities.OfType<D.MoneyFigure>()
            .Where(f => f.Measure == "bilateral-trade" && f.Period?.IsWithin(2011) == true)
            .OrderByDescending(f => f.Amount.Value)
            .Select(f => Row(string.Join("–", f.Between.Select(e => e.Name)), f.Amount.Value, f.Amount.Currency))
            .ToList();

        var sql = Query(ExportQueries.TradeIn2011);

        Assert.NotEmpty(linq);
        Assert.Equal(linq, sql);
    }

    [Fact]
    public void Q2_events_Russia_did_not_confirm_with_every_sources_factuality()
    {
        var linq = D.Corpus.Events
            .Where(e => e.FactualityFor(D.Countries.Russia) is D.Factuality.Unknown)
            .Select(e => Row(e.Time?.ToString(), e.Type.ToCode(), e.Place?.Name, string.Join(", ", e.Factuality.Select(f => (f.Source?.Name ?? "author") + ": " + Code(f.Value.ToString())))))
            .ToList();

        var sql = Query(ExportQueries.NotConfirmedByRussia);

        Assert.NotEmpty(linq);
        Assert.Equal(linq, sql);
    }

    [Fact]
    public void Q3_quotes_by_speaker()
    {
        var linq = D.Corpus.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => Row(g.Key.Name, (long)g.Count(), g.First().Said?.ToString() ?? "undated", g.First().Text))
            .ToList();

        var sql = Query(ExportQueries.QuotesBySpeaker);

        Assert.NotEmpty(linq);
        Assert.Equal(linq, sql);
    }

    [Fact]
    public void Q4_event_types_by_year()
    {
        var linq = Enumerable.Range(1991, 23)
            .Select(year => (Year: year, Types: D.Corpus.Events.Where(e => e.Time?.IsWithin(year) == true).Select(e => e.Type.ToCode()).Distinct().ToList()))
            .Where(x => x.Types.Count > 0)
            .Select(x => Row((long)x.Year, string.Join(", ", x.Types)))
            .ToList();

        var sql = Query(ExportQueries.EventTypesByYear);

        Assert.NotEmpty(linq);
        Assert.Equal(linq, sql);
    }

    [Fact]
    public void Q5_the_most_named_entities()
    {
        var linq = D.Corpus.Entities
            .Select(e => (Entity: e, Count: D.Corpus.About(e).MentionCount))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(x => Row(x.Entity.Kind.ToString().ToLowerInvariant(), x.Entity.Name, (long)x.Count))
            .ToList();

        var sql = Query(ExportQueries.MostNamedEntities);

        Assert.Equal(5, linq.Count);
        Assert.Equal(linq, sql);
    }

    [Fact]
    public void Every_table_has_the_documented_columns_and_types_and_the_keys_hold()
    {
        using var connection = _export.Open();
        foreach (var table in Export.Schema.Tables)
        {
            var columns = Rows(connection, "DESCRIBE " + table.Name).Select(r => (Name: (string)r[0]!, Type: (string)r[1]!)).ToList();
            Assert.Equal(table.Columns.Select(c => c.Name), columns.Select(c => c.Name));
            Assert.Equal(table.Columns.Select(c => Expected(c.Type)), columns.Select(c => c.Type));

            var key = table.Key;
            var duplicates = Rows(connection, $"SELECT count(*) FROM (SELECT {key} FROM {table.Name} GROUP BY {key} HAVING count(*) > 1)");
            Assert.Equal(0L, Convert.ToInt64(duplicates[0][0], CultureInfo.InvariantCulture));
        }

        // Every foreign key resolves.
        foreach (var (from, column, to) in ExportQueries.ForeignKeys)
        {
            var dangling = Rows(connection, $"SELECT count(*) FROM {from} WHERE {column} IS NOT NULL AND {column} NOT IN (SELECT id FROM {to})");
            Assert.True(Convert.ToInt64(dangling[0][0], CultureInfo.InvariantCulture) == 0, from + "." + column + " → " + to);
        }
    }

    private static string Expected(Export.ColumnType type) => type switch
    {
        Export.ColumnType.String => "VARCHAR",
        Export.ColumnType.Int32 => "INTEGER",
        Export.ColumnType.Boolean => "BOOLEAN",
        Export.ColumnType.Date => "DATE",
        _ => "DECIMAL(28,6)",
    };

    private static string Code(string member) =>
        string.Concat(member.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static object?[] Row(params object?[] values) => values;

    private List<object?[]> Query(string sql)
    {
        using var connection = _export.Open();
        return Rows(connection, sql);
    }

    internal static List<object?[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    int n => (long)n,
                    decimal d => d / 1.000000000000m,
                    var v => v,
                };
            }

            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>The curated data exported once as Parquet, and DuckDB views over its tables.</summary>
public sealed class CuratedExport : IDisposable
{
    private readonly TempFolder _temp = new();

    public CuratedExport()
    {
        Folder = _temp["export"];
        var (code, output, error) = ToolHarness.Run("export", ToolHarness.CuratedData, "--format", "parquet", "--out", Folder);
        Assert.True(code == 0, output + error);
    }

    public string Folder { get; }

    public DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var table in Export.Schema.Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE VIEW {table.Name} AS SELECT * FROM read_parquet('{Path.Combine(Folder, table.Name + ".parquet").Replace("'", "''", StringComparison.Ordinal)}')";
            command.ExecuteNonQuery();
        }

        return connection;
    }

    public void Dispose() => _temp.Dispose();
}
