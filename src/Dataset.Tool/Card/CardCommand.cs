using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Core.Model;
using Dataset.Tool.Check;
using Dataset.Tool.Input;
using Dataset.Tool.Output;

namespace Dataset.Tool.Card;

/// <summary>
/// <c>dataset card [folder] --out DIR</c>: <c>README.md</c> (the dataset card), <c>timeline.svg</c> and
/// <c>entity-graph.svg</c>, written to a temporary folder and moved into place.
/// </summary>
internal static class CardCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the card: 0 when written, 1 when the data has errors, 2 for bad input.</summary>
    public static int Run(string folder, string output, string version, bool force, ToolConsole console, CancellationToken cancellationToken)
    {
        var data = DataFolder.Open(folder);
        var sink = new Sink();
        var read = CorpusStream.Read(data, Options.WithVersion(version), sink, console, "card", cancellationToken);
        var hasErrors = read.Model.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == Core.Diagnostics.DiagnosticSeverity.Error);
        if (read.Model.Diagnostics.Count > 0 && CheckCommand.Report(read.Model.Diagnostics, false, console, data.Yaml.Count + data.Texts.Count, "card") != 0 || hasErrors)
        {
            console.Error.WriteLine("dataset: the data has errors; no card was written");
            return 1;
        }

        var card = Model(read, sink.Articles, version);
        using var staged = StagedFolder.Create(output, force);
        File.WriteAllText(Path.Combine(staged.Path, "README.md"), CardWriter.Write(card), Utf8);
        File.WriteAllText(Path.Combine(staged.Path, CardWriter.Timeline), TimelineSvg.Write(card), Utf8);
        File.WriteAllText(Path.Combine(staged.Path, CardWriter.Graph), GraphSvg.Write(card), Utf8);
        staged.Commit();
        console.Out.WriteLine("dataset card: README.md, " + CardWriter.Timeline + " and " + CardWriter.Graph + " in " + output);
        return 0;
    }

    /// <summary>The card's model from a read corpus and its articles.</summary>
    public static CardModel Model(CorpusRead read, IEnumerable<LinkedArticle> articles, string version) =>
        new(
            "Dataset",
            version,
            read.Model.ContentHash,
            articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            read.Model.Kinds.SelectMany(k => k.Entities).ToDictionary(e => e.Id, StringComparer.Ordinal),
            new TermCodes(read.Vocabulary));

    /// <summary>Keeps every linked article.</summary>
    internal sealed class Sink : IArticleSink
    {
        /// <summary>The articles received.</summary>
        public List<LinkedArticle> Articles { get; } = new();

        /// <inheritdoc />
        public void Vocabulary(VocabularyModel vocabulary)
        {
        }

        /// <inheritdoc />
        public void Article(LinkedArticle article) => Articles.Add(article);

        /// <inheritdoc />
        public void Reset() => Articles.Clear();
    }
}
