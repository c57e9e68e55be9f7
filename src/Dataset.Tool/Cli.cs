using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using Dataset.Tool.Card;
using Dataset.Tool.Check;
using Dataset.Tool.Export;
using Dataset.Tool.Output;
using Dataset.Tool.Scaffold;

namespace Dataset.Tool;

/// <summary>
/// The command line: <c>check</c>, <c>export</c>, <c>card</c> and <c>new article</c> (System.CommandLine). Exit codes:
/// 0 success, 1 the data has errors, 2 bad input or usage (one line on standard error, never a stack trace).
/// </summary>
internal static class Cli
{
    /// <summary>The exit code for bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>Parses and runs a command line.</summary>
    public static int Run(string[] args, ToolConsole console, CancellationToken cancellationToken = default)
    {
        var root = Build(console, cancellationToken);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var message = System.Text.RegularExpressions.Regex.Replace(parsed.Errors[0].Message, @"\s+", " ");
            console.Error.WriteLine("dataset: " + message + " (see 'dataset --help')");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolException ex)
        {
            console.Error.WriteLine("dataset: error: " + ex.Message);
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("dataset: cancelled");
            return 130;
        }
    }

    private static RootCommand Build(ToolConsole console, CancellationToken cancellationToken)
    {
        Argument<string> Folder() => new("folder")
        {
            Description = "The data folder: every *.yaml, *.yml and *.txt below it, as the build reads it",
            DefaultValueFactory = _ => "data",
        };

        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors, as the dataset's own build does" };

        var checkFolder = Folder();
        var check = new Command("check", "Validate the data with the build's diagnostics, without a build") { checkFolder, warnAsError };
        check.SetAction(r => CheckCommand.Run(r.GetValue(checkFolder)!, r.GetValue(warnAsError), console, cancellationToken));

        var exportFolder = Folder();
        var format = new Option<string>("--format") { Description = "parquet or jsonl", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "jsonl");
        var exportOut = new Option<string>("--out") { Description = "The folder to create (it must not exist)", Required = true };
        var exportWarn = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors" };
        var export = new Command("export", "Export the facts as relational tables, one file per table (docs/export.md)") { exportFolder, format, exportOut, exportWarn };
        export.SetAction(r => ExportCommand.Run(
            r.GetValue(exportFolder)!,
            r.GetValue(format) == "jsonl" ? ExportFormat.JsonLines : ExportFormat.Parquet,
            r.GetValue(exportOut)!,
            r.GetValue(exportWarn),
            console,
            cancellationToken));

        var cardFolder = Folder();
        var cardOut = new Option<string>("--out") { Description = "The folder to write README.md, timeline.svg and entity-graph.svg to (it must not exist, unless --force)", Required = true };
        var cardVersion = new Option<string>("--dataset-version") { Description = "The version the card reports (Corpus.Version)", DefaultValueFactory = _ => "0.0.0" };
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it exists" };
        var card = new Command("card", "Write the dataset card: Markdown with an SVG timeline and an SVG entity graph") { cardFolder, cardOut, cardVersion, force };
        card.SetAction(r => CardCommand.Run(r.GetValue(cardFolder)!, r.GetValue(cardOut)!, r.GetValue(cardVersion)!, r.GetValue(force), console, cancellationToken));

        var id = new Option<string>("--id") { Description = "The article id: <publisher>-<yyyy-mm-dd>-<slug>, kebab-case", Required = true };
        var url = new Option<string>("--url") { Description = "The article's address", Required = true };
        var text = new Option<string>("--text") { Description = "The article text file (UTF-8); it is copied beside the annotation", Required = true };
        var newFolder = new Option<string>("--data") { Description = "The data folder", DefaultValueFactory = _ => "data" };
        var article = new Command("article", "Scaffold data/articles/<id>.yaml and <id>.txt: the text's hash and empty fact lists") { id, url, text, newFolder };
        article.SetAction(r => NewArticleCommand.Run(r.GetValue(newFolder)!, r.GetValue(id)!, r.GetValue(url)!, r.GetValue(text)!, console));
        var create = new Command("new", "Scaffold a new file") { article };

        return new RootCommand("dataset: validate, export and describe a dataset of annotated news articles") { check, export, card, create };
    }
}
