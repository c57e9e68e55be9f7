using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using Dataset.Tool.Input;
using Dataset.Tool.Output;

namespace Dataset.Tool.Check;

/// <summary>
/// <c>dataset check [folder]</c>: the build's diagnostics without a build. Every diagnostic is printed as the compiler
/// prints the generator's (<c>path(line,col): error DSG0203: message</c>), then one summary line.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Runs the check; 1 when there is an error (or, with <paramref name="warningsAsErrors"/>, a warning), else 0.</summary>
    public static int Run(string folder, bool warningsAsErrors, ToolConsole console, CancellationToken cancellationToken)
    {
        var data = DataFolder.Open(folder);
        var read = CorpusStream.Read(data, Options.Default, sink: null, console, "check", cancellationToken);
        return Report(read.Model.Diagnostics, warningsAsErrors, console, data.Yaml.Count + data.Texts.Count, "check");
    }

    /// <summary>Prints the diagnostics and a summary; returns 1 when any counts as an error.</summary>
    public static int Report(EquatableArray<DiagnosticInfo> diagnostics, bool warningsAsErrors, ToolConsole console, int files, string command)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var d in diagnostics)
        {
            console.Out.WriteLine(DiagnosticFormatter.Format(d, warningsAsErrors));
            if (warningsAsErrors || d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }

        console.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "dataset {0}: {1} error(s), {2} warning(s) in {3} file(s)",
            command,
            errors,
            warnings,
            files));
        return errors > 0 ? 1 : 0;
    }
}

/// <summary>The dataset options the tool uses: the generated namespace does not matter outside C#.</summary>
internal static class Options
{
    /// <summary>Namespace <c>Dataset</c>, version <c>0.0.0</c>.</summary>
    public static DatasetOptions Default { get; } = new("Dataset", "0.0.0");

    /// <summary>Namespace <c>Dataset</c> and the given version (the value of <c>Corpus.Version</c> in the card).</summary>
    public static DatasetOptions WithVersion(string version) => new("Dataset", version);
}
