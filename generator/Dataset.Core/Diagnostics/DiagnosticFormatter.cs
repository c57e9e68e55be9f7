using System.Globalization;
using Dataset.Core.Model;

namespace Dataset.Core.Diagnostics;

/// <summary>
/// Diagnostics as text, in the form compilers print and editors and CI systems annotate:
/// <c>path(line,col): error DSG0203: message</c>. The source generator's Roslyn diagnostics print the same.
/// </summary>
internal static class DiagnosticFormatter
{
    /// <summary>The rule of a diagnostic (DSG0901 for an id the catalogue does not know).</summary>
    public static DiagnosticDescriptor RuleOf(DiagnosticInfo diagnostic) =>
        DiagnosticDescriptors.ById.TryGetValue(diagnostic.Id, out var rule) ? rule : DiagnosticDescriptors.InternalError;

    /// <summary>The message alone, with its arguments filled in.</summary>
    public static string Message(DiagnosticInfo diagnostic)
    {
        var args = new object[diagnostic.Arguments.Count + 1];
        args[0] = diagnostic.Location.Display;
        for (var i = 0; i < diagnostic.Arguments.Count; i++)
        {
            args[i + 1] = diagnostic.Arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, RuleOf(diagnostic).MessageFormat, args);
    }

    /// <summary>The whole line: place (1-based line and column; none for a diagnostic without a file), severity, id, message.</summary>
    public static string Format(DiagnosticInfo diagnostic, bool warningsAsErrors = false)
    {
        var rule = RuleOf(diagnostic);
        var severity = rule.DefaultSeverity == DiagnosticSeverity.Error || warningsAsErrors ? "error" : "warning";
        var location = diagnostic.Location;
        var place = location.Path.Length == 0
            ? string.Empty
            : location.Path + "(" + (location.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," + (location.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + "): ";
        return place + severity + " " + rule.Id + ": " + Message(diagnostic);
    }
}
