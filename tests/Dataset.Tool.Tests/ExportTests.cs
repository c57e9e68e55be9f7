using System.Globalization;
using System.Text.Json;
using Dataset.Synthetic;

namespace Dataset.Tool.Tests;

/// <summary><c>dataset export</c>: determinism, the JSON Lines round trip, nothing half-written.</summary>
public class ExportTests
{
    [Fact]
    public void Parquet_and_JSON_Lines_are_byte_identical_across_runs()
    {
        using var temp = new TempFolder();
        foreach (var format in new[] { "parquet", "jsonl" })
        {
            Assert.Equal(0, ToolHarness.Run("export", ToolHarness.CuratedData, "--format", format, "--out", temp[format + "1"]).Code);
            Assert.Equal(0, ToolHarness.Run("export", ToolHarness.CuratedData, "--format", format, "--out", temp[format + "2"]).Code);

            var first = Directory.GetFiles(temp[format + "1"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(Export.Schema.Tables.Count, first.Count);
            Assert.Equal(first, Directory.GetFiles(temp[format + "2"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in first)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(temp[format + "1"], name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp[format + "2"], name!))), name);
            }
        }
    }

    [Fact]
    public async Task JSON_Lines_round_trips_to_the_same_rows_as_Parquet()
    {
        using var temp = new TempFolder();
        var corpus = SyntheticCorpus.Create(new SyntheticOptions(3) { EventsPerArticle = 4, QuantitiesPerArticle = 6, QuotesPerArticle = 3 });
        corpus.WriteTo(temp["data"]);
        Assert.Equal(0, ToolHarness.Run("export", temp["data"], "--format", "parquet", "--out", temp["p"]).Code);
        Assert.Equal(0, ToolHarness.Run("export", temp["data"], "--format", "jsonl", "--out", temp["j"]).Code);

        foreach (var table in Export.Schema.Tables)
        {
            var fromJson = File.ReadAllLines(Path.Combine(temp["j"], table.Name + ".jsonl")).Select(line => FromJson(table, line)).ToList();
            var fromParquet = await FromParquet(table, Path.Combine(temp["p"], table.Name + ".parquet"));
            Assert.Equal(fromParquet.Count, fromJson.Count);
            for (var i = 0; i < fromJson.Count; i++)
            {
                Assert.Equal(fromParquet[i], fromJson[i]);
            }
        }

        Assert.Equal(3, File.ReadAllLines(Path.Combine(temp["j"], "articles.jsonl")).Length);
    }

    [Fact]
    public void An_existing_output_folder_is_refused_with_exit_code_2()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/keep.txt"], "mine");

        var (code, _, error) = ToolHarness.Run("export", ToolHarness.CuratedData, "--out", temp["out"]);

        Assert.Equal(2, code);
        Assert.StartsWith("dataset: error: the output folder ", error, StringComparison.Ordinal);
        Assert.Equal(new[] { temp["out/keep.txt"] }, Directory.GetFiles(temp["out"]));
    }

    [Fact]
    public void Data_with_errors_exports_nothing_and_leaves_no_temporary_folder()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOfCuratedData();
        var people = Path.Combine(data, "registry", "people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("of: russia", "of: rusia", StringComparison.Ordinal));

        var (code, output, _) = ToolHarness.Run("export", data, "--out", temp["out"]);

        Assert.Equal(1, code);
        Assert.Contains("error DSG0203", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
        Assert.Equal(new[] { "data" }, Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    private static object?[] FromJson(Export.Table table, string line)
    {
        using var json = JsonDocument.Parse(line);
        var values = new object?[table.Columns.Count];
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(table.Columns.Select(c => c.Name), names);
        for (var i = 0; i < values.Length; i++)
        {
            var v = json.RootElement.GetProperty(table.Columns[i].Name);
            values[i] = v.ValueKind == JsonValueKind.Null ? null : table.Columns[i].Type switch
            {
                Export.ColumnType.String => v.GetString(),
                Export.ColumnType.Int32 => v.GetInt32(),
                Export.ColumnType.Boolean => v.GetBoolean(),
                Export.ColumnType.Date => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => v.GetDecimal(),
            };
        }

        return values;
    }

    private static Task<List<object?[]>> FromParquet(Export.Table table, string path)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var rows = DuckDbTests.Rows(connection, "SELECT * FROM read_parquet('" + path.Replace("'", "''", StringComparison.Ordinal) + "')");
        return Task.FromResult(rows.Select(r => r.Select((v, i) => v switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            long n when table.Columns[i].Type == Export.ColumnType.Int32 => (object?)(int)n,
            var x => x,
        }).ToArray()).ToList());
    }
}
