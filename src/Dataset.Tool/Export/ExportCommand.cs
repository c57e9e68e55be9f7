using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Core.Model;
using Dataset.Tool.Check;
using Dataset.Tool.Input;
using Dataset.Tool.Output;

namespace Dataset.Tool.Export;

/// <summary>
/// <c>dataset export [folder] --format parquet|jsonl --out DIR</c>: the corpus as relational tables (docs/export.md),
/// streamed article by article into a temporary folder that is moved into place only when the data has no error.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Runs the export: 0 when written, 1 when the data has errors (nothing is written), 2 for bad input.</summary>
    public static int Run(string folder, ExportFormat format, string output, bool warningsAsErrors, ToolConsole console, CancellationToken cancellationToken)
    {
        var data = DataFolder.Open(folder);
        using var staged = StagedFolder.Create(output, replace: false);
        CorpusRead read;
        using (var writers = new TableWriters(staged.Path, format))
        {
            read = CorpusStream.Read(data, Options.Default, new Sink(writers), console, "export", cancellationToken);
            if (CheckCommand.Report(read.Model.Diagnostics, warningsAsErrors, console, data.Yaml.Count + data.Texts.Count, "export") != 0)
            {
                console.Error.WriteLine("dataset: the data has errors; nothing was exported");
                return 1;
            }

            Rows.Entities(read.Model.Kinds.SelectMany(k => k.Entities), writers);
            writers.Complete();
        }

        staged.Commit();
        console.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "dataset export: {0} article(s), {1} entities, {2} tables as {3} in {4}",
            read.Articles,
            read.Model.Kinds.Sum(k => k.Entities.Count),
            Schema.Tables.Count,
            format == ExportFormat.Parquet ? "Parquet" : "JSON Lines",
            output));
        return 0;
    }

    private sealed class Sink : IArticleSink
    {
        private readonly TableWriters _writers;
        private TermCodes? _terms;

        public Sink(TableWriters writers) => _writers = writers;

        public void Vocabulary(VocabularyModel vocabulary) => _terms = new TermCodes(vocabulary);

        public void Article(LinkedArticle article) => Rows.Article(article, _terms ?? throw new System.InvalidOperationException("an article before the vocabulary"), _writers);

        public void Reset() => _writers.Reset();
    }
}
