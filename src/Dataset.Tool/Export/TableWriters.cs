using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Dataset.Tool.Export;

/// <summary>The export's file format.</summary>
internal enum ExportFormat
{
    /// <summary>Apache Parquet, one file per table (<c>name.parquet</c>), Snappy-compressed.</summary>
    Parquet,

    /// <summary>JSON Lines, one UTF-8 file per table (<c>name.jsonl</c>), one JSON object per row.</summary>
    JsonLines,
}

/// <summary>Writes one table to one file, streaming: rows are buffered at most <see cref="TableWriters.RowGroupRows"/> at a time.</summary>
internal abstract class TableWriter : IDisposable
{
    protected TableWriter(Table table) => Table = table;

    /// <summary>The table.</summary>
    public Table Table { get; }

    /// <summary>Adds a row.</summary>
    public abstract void Add(object?[] row);

    /// <summary>Writes what is buffered and closes the file.</summary>
    public abstract void Complete();

    /// <summary>Closes the file (without completing it when <see cref="Complete"/> was not called).</summary>
    public abstract void Dispose();
}

/// <summary>One writer per table of <see cref="Schema"/>, in one folder.</summary>
internal sealed class TableWriters : IRowSink, IDisposable
{
    /// <summary>Rows per Parquet row group: the most a table buffers.</summary>
    public const int RowGroupRows = 50_000;

    private readonly string _folder;
    private readonly ExportFormat _format;
    private Dictionary<Table, TableWriter> _writers = new();

    /// <summary>Opens a writer for every table in <paramref name="folder"/>.</summary>
    public TableWriters(string folder, ExportFormat format)
    {
        _folder = folder;
        _format = format;
        Open();
    }

    /// <summary>The file name of a table in a format.</summary>
    public static string FileName(Table table, ExportFormat format) => table.Name + (format == ExportFormat.Parquet ? ".parquet" : ".jsonl");

    /// <inheritdoc />
    public void Add(Table table, object?[] row)
    {
        if (row.Length != table.Columns.Count)
        {
            throw new InvalidOperationException("a row of " + table.Name + " has " + row.Length + " values for " + table.Columns.Count + " columns");
        }

        _writers[table].Add(row);
    }

    /// <summary>Closes and deletes every file, and starts again with empty ones.</summary>
    public void Reset()
    {
        Dispose();
        foreach (var table in Schema.Tables)
        {
            File.Delete(Path.Combine(_folder, FileName(table, _format)));
        }

        Open();
    }

    /// <summary>Finishes every file.</summary>
    public void Complete()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Complete();
        }
    }

    /// <summary>Closes every file.</summary>
    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        _writers = new Dictionary<Table, TableWriter>();
    }

    private void Open()
    {
        foreach (var table in Schema.Tables)
        {
            var path = Path.Combine(_folder, FileName(table, _format));
            _writers[table] = _format == ExportFormat.Parquet ? new ParquetTableWriter(table, path) : new JsonLinesTableWriter(table, path);
        }
    }
}

/// <summary>JSON Lines: one object per row, every column present (null where empty), dates as <c>yyyy-MM-dd</c>, decimals as JSON numbers.</summary>
internal sealed class JsonLinesTableWriter : TableWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = false };
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    public JsonLinesTableWriter(Table table, string path)
        : base(table)
    {
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, Options);
    }

    public override void Add(object?[] row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < Table.Columns.Count; i++)
        {
            var name = Table.Columns[i].Name;
            switch (row[i])
            {
                case null: _json.WriteNull(name); break;
                case string s: _json.WriteString(name, s); break;
                case int n: _json.WriteNumber(name, n); break;
                case bool b: _json.WriteBoolean(name, b); break;
                case decimal d: _json.WriteNumber(name, d); break;
                case DateOnly date: _json.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: throw new InvalidOperationException("unexpected value type " + row[i]!.GetType().Name + " in " + Table.Name + "." + name);
            }
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public override void Complete()
    {
        _json.Flush();
        _stream.Flush();
    }

    public override void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}

/// <summary>
/// Parquet through Parquet.Net: a row group per <see cref="TableWriters.RowGroupRows"/> rows, Snappy, the logical
/// types of <see cref="ColumnType"/>. A table with no rows is a valid file with its schema and no row group.
/// </summary>
internal sealed class ParquetTableWriter : TableWriter
{
    private readonly FileStream _stream;
    private readonly DataField[] _fields;
    private readonly List<object?[]> _rows = new();
    private ParquetWriter? _writer;

    public ParquetTableWriter(Table table, string path)
        : base(table)
    {
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _fields = new DataField[table.Columns.Count];
        for (var i = 0; i < _fields.Length; i++)
        {
            var c = table.Columns[i];
            _fields[i] = c.Type switch
            {
                ColumnType.String => new DataField<string>(c.Name, c.Nullable),
                ColumnType.Int32 => new DataField<int>(c.Name, c.Nullable),
                ColumnType.Boolean => new DataField<bool>(c.Name, c.Nullable),
                ColumnType.Date => new DataField<DateOnly>(c.Name, c.Nullable),
                _ => new DecimalDataField(c.Name, 28, 6, forceByteArrayEncoding: false, isNullable: c.Nullable),
            };
        }

        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy })
            .GetAwaiter().GetResult();
    }

    public override void Add(object?[] row)
    {
        _rows.Add(row);
        if (_rows.Count >= TableWriters.RowGroupRows)
        {
            Flush();
        }
    }

    public override void Complete()
    {
        Flush();
        _writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer = null;
        _stream.Flush();
    }

    public override void Dispose()
    {
        _stream.Dispose();
    }

    private void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var group = _writer!.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var c = Table.Columns[i];
                var f = _fields[i];
                switch (c.Type)
                {
                    case ColumnType.String:
                        group.WriteAsync(f, Column<string?>(i)!).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Int32:
                        Write<int>(group, f, i, c.Nullable);
                        break;
                    case ColumnType.Boolean:
                        Write<bool>(group, f, i, c.Nullable);
                        break;
                    case ColumnType.Date:
                        Write<DateOnly>(group, f, i, c.Nullable);
                        break;
                    default:
                        Write<decimal>(group, f, i, c.Nullable);
                        break;
                }
            }
        }

        _rows.Clear();
    }

    private void Write<T>(ParquetRowGroupWriter group, DataField field, int column, bool nullable)
        where T : struct
    {
        if (nullable)
        {
            var values = new T?[_rows.Count];
            for (var r = 0; r < values.Length; r++)
            {
                values[r] = (T?)_rows[r][column];
            }

            group.WriteAsync<T>(field, new ReadOnlyMemory<T?>(values), null, null, default).GetAwaiter().GetResult();
        }
        else
        {
            var values = new T[_rows.Count];
            for (var r = 0; r < values.Length; r++)
            {
                values[r] = (T)_rows[r][column]!;
            }

            group.WriteAsync<T>(field, new ReadOnlyMemory<T>(values), null, null, default).GetAwaiter().GetResult();
        }
    }

    private T[] Column<T>(int column)
    {
        var values = new T[_rows.Count];
        for (var r = 0; r < values.Length; r++)
        {
            values[r] = (T)_rows[r][column]!;
        }

        return values;
    }
}
