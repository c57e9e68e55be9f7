using System.Globalization;
using System.Linq;

namespace Dataset.Core.Diagnostics;

/// <summary>
/// Diagnostics as text, in the form compilers print and editors and CI systems annotate:
/// <c>path(line,col): error DSG0203: message</c>. The source generator's Roslyn diagnostics print the same.
/// </summary>
internal static class DiagnosticFormatter
{
    /// <summary>The message alone, with its arguments filled in.</summary>
    public static string Message(DiagnosticInfo diagnostic) =>
        string.Format(CultureInfo.InvariantCulture, diagnostic.Descriptor.MessageFormat, diagnostic.Arguments.Cast<object>().ToArray());

    /// <summary>The whole line: place (1-based line and column; none for a diagnostic without a file), severity, id, message.</summary>
    public static string Format(DiagnosticInfo diagnostic, bool warningsAsErrors = false)
    {
        var rule = diagnostic.Descriptor;
        var severity = rule.DefaultSeverity == DiagnosticSeverity.Error || warningsAsErrors ? "error" : "warning";
        var location = diagnostic.Location;
        var place = location.Path.Length == 0
            ? string.Empty
            : location.Path + "(" + (location.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," + (location.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + "): ";
        return place + severity + " " + rule.Id + ": " + Message(diagnostic);
    }
}
