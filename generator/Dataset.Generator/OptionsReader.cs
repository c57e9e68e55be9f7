using System.Linq;
using Dataset.Core.Model;
using Dataset.Generator.Emit;
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

    /// <summary>
    /// Whether the target framework has <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> public: .NET Core
    /// 3.0 or newer (.NET 5+ included) and .NET Standard 2.1. Judged from <c>TargetFrameworkIdentifier</c> and
    /// <c>TargetFrameworkVersion</c>, not from the references, so that nothing depends on the compilation. A framework
    /// without it (netstandard2.0, .NET Framework) gets no attribute even when a polyfill package declares one: false
    /// costs only a flow annotation, while naming an attribute that is not there would break the build.
    /// </summary>
    public static bool HasNotNullWhen(AnalyzerConfigOptions options)
    {
        var identifier = Property(options, "TargetFrameworkIdentifier");
        var text = Property(options, "TargetFrameworkVersion")?.TrimStart('v', 'V');
        if (identifier is null || text is null || !System.Version.TryParse(text.IndexOf('.') < 0 ? text + ".0" : text, out var version))
        {
            return false;
        }

        return (string.Equals(identifier, ".NETCoreApp", System.StringComparison.OrdinalIgnoreCase) && version >= new System.Version(3, 0))
            || (string.Equals(identifier, ".NETStandard", System.StringComparison.OrdinalIgnoreCase) && version >= new System.Version(2, 1));
    }

    /// <summary>
    /// Whether this build reports the diagnostics: yes unless <c>DatasetDiagnosticsTargetFramework</c> names another
    /// framework than this build's <c>TargetFramework</c> (the package's build files set it, in a multi-targeted
    /// project, to the first of <c>TargetFrameworks</c>).
    /// </summary>
    public static DiagnosticsScope ReadDiagnosticsScope(AnalyzerConfigOptions options)
    {
        var reporting = Property(options, "DatasetDiagnosticsTargetFramework");
        var current = Property(options, "TargetFramework");
        return reporting is null || current is null || string.Equals(reporting, current, System.StringComparison.OrdinalIgnoreCase)
            ? DiagnosticsScope.Here
            : new DiagnosticsScope(false, reporting);
    }

    /// <summary>Dotted C# identifiers, none a keyword.</summary>
    public static bool IsValidNamespace(string ns) =>
        ns.Length > 0 && ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
