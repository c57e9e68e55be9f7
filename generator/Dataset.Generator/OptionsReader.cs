using System.Linq;
using Dataset.Core.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator;

/// <summary>The MSBuild properties the generator reads, reduced to plain strings at once.</summary>
internal static class OptionsReader
{
    /// <summary>
    /// <c>DatasetNamespace</c> (else <c>RootNamespace</c>, else <c>Dataset</c>) and <c>Version</c> (else <c>0.0.0</c>).
    /// An invalid namespace is kept as an explicit error and replaced by <c>Dataset</c>, so the output still compiles.
    /// </summary>
    public static DatasetOptions Read(AnalyzerConfigOptions options)
    {
        var ns = Property(options, "DatasetNamespace") ?? Property(options, "RootNamespace") ?? "Dataset";
        var version = Property(options, "Version") ?? "0.0.0";
        return IsValidNamespace(ns) ? new DatasetOptions(ns, version) : new DatasetOptions("Dataset", version, InvalidNamespace: ns);
    }

    /// <summary>Dotted C# identifiers, none a keyword.</summary>
    public static bool IsValidNamespace(string ns) =>
        ns.Length > 0 && ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
