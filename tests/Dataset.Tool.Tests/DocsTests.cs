using System.Text;

namespace Dataset.Tool.Tests;

/// <summary>docs/export.md documents the schema the tool writes and the SQL the DuckDB tests run.</summary>
public class DocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(ToolHarness.RepositoryRoot, "docs", "export.md")).ReplaceLineEndings("\n");

    /// <summary>With <c>DATASET_WRITE_EXPORT_SCHEMA=path</c> set, writes the tables' sections there instead, to paste into docs/export.md after a schema change.</summary>
    [Fact]
    public void Every_table_is_documented_with_its_columns_as_the_tool_writes_them()
    {
        if (Environment.GetEnvironmentVariable("DATASET_WRITE_EXPORT_SCHEMA") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join("\n", Export.Schema.Tables.Select(Markdown)));
            return;
        }

        foreach (var table in Export.Schema.Tables)
        {
            Assert.True(Doc.Contains(Markdown(table), StringComparison.Ordinal), "docs/export.md lacks or differs in table " + table.Name + "; it should read:\n" + Markdown(table));
        }
    }

    [Theory]
    [InlineData(ExportQueries.TradeIn2011)]
    [InlineData(ExportQueries.NotConfirmedByRussia)]
    [InlineData(ExportQueries.QuotesBySpeaker)]
    [InlineData(ExportQueries.EventTypesByYear)]
    [InlineData(ExportQueries.MostNamedEntities)]
    public void The_DuckDB_queries_are_the_ones_the_tests_run(string sql) =>
        Assert.Contains(sql.ReplaceLineEndings("\n"), Doc, StringComparison.Ordinal);

    /// <summary>A table's section as docs/export.md has it.</summary>
    internal static string Markdown(Export.Table table)
    {
        var s = new StringBuilder();
        s.Append("### `").Append(table.Name).Append("`\n\n");
        s.Append("One row per ").Append(table.Description).Append(". Key: `").Append(table.Key).Append("`.\n\n");
        s.Append("| column | type | null | meaning |\n| --- | --- | --- | --- |\n");
        foreach (var c in table.Columns)
        {
            var type = c.Type switch
            {
                Export.ColumnType.String => "string",
                Export.ColumnType.Int32 => "int32",
                Export.ColumnType.Boolean => "boolean",
                Export.ColumnType.Date => "date",
                _ => "decimal(28,6)",
            };
            s.Append("| `").Append(c.Name).Append("` | ").Append(type).Append(" | ").Append(c.Nullable ? "yes" : "").Append(" | ").Append(c.Description).Append(" |\n");
        }

        return s.ToString();
    }
}
