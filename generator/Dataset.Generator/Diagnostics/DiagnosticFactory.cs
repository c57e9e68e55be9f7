using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Dataset.Core.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreDescriptors = Dataset.Core.Diagnostics.DiagnosticDescriptors;
using CoreSeverity = Dataset.Core.Diagnostics.DiagnosticSeverity;
using DiagnosticInfo = Dataset.Core.Diagnostics.DiagnosticInfo;

namespace Dataset.Generator.Diagnostics;

/// <summary>
/// Turns the core's equatable <see cref="DiagnosticInfo"/> records into Roslyn diagnostics at report time, through one
/// Roslyn <see cref="DiagnosticDescriptor"/> per rule of the core's catalogue.
/// </summary>
internal static class DiagnosticFactory
{
    // The help link's inputs are declared before Descriptors: static fields are initialised in the order they are written.

    /// <summary>
    /// The base that makes the catalogue's repository-relative help links (<c>docs/diagnostics.md#dsg0203</c>) absolute,
    /// baked into this assembly at build time (<c>AssemblyMetadata("DatasetHelpLinkBase")</c>, see the project file):
    /// the repository's files at the commit built (when the repository URL is known), or a base set with the MSBuild
    /// property <c>DatasetHelpLinkBase</c>. Empty when neither was known.
    /// </summary>
    public static readonly string HelpLinkBase = typeof(DiagnosticFactory).Assembly
        .GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false).Cast<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "DatasetHelpLinkBase")?.Value ?? string.Empty;

    /// <summary>Where this assembly was loaded from (empty when it was loaded from bytes).</summary>
    private static readonly string AssemblyLocation = typeof(DiagnosticFactory).Assembly.Location;

    /// <summary>The Roslyn descriptor of every rule of the catalogue, by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors =
        CoreDescriptors.ById.Values.ToDictionary(d => d.Id, ToRoslyn);

    public static Diagnostic ToDiagnostic(DiagnosticInfo info) => Diagnostic.Create(
        Descriptors.TryGetValue(info.Id, out var d) ? d : ToRoslyn(info.Descriptor),
        ToLocation(info.Location),
        info.AdditionalLocations.Select(ToLocation),
        info.Arguments.Cast<object>().ToArray());

    public static Location ToLocation(LocationInfo location) => location.Path.Length == 0
        ? Location.None
        : Location.Create(
            location.Path,
            new TextSpan(location.Start, System.Math.Max(0, location.End - location.Start)),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    /// <summary>
    /// The help link of a rule, an absolute URI wherever one can be made, since IDEs open only those (Visual Studio's
    /// error list, Rider, VS Code's diagnostic code link, the SARIF error log's <c>helpUri</c>):
    /// 1. the baked base + the repository-relative path: an http(s) page of the docs at the commit the generator was
    ///    built from;
    /// 2. else, when the generator runs from its NuGet package (<c>analyzers/dotnet/cs</c>), a <c>file:</c> URI of the
    ///    diagnostics page the package ships (<c>docs/diagnostics.md</c>). Tools that load analyzers in place (the
    ///    compiler in <c>dotnet build</c>, Rider, VS Code) give that path; Visual Studio loads them from a shadow copy,
    ///    whose location is not the package's, and then gets (3);
    /// 3. else the repository-relative path as the catalogue has it.
    /// </summary>
    public static string HelpLink(string relative, string helpLinkBase, string assemblyLocation)
    {
        if (helpLinkBase.Length > 0)
        {
            return helpLinkBase.TrimEnd('/') + "/" + relative;
        }

        var directory = Path.GetDirectoryName(assemblyLocation ?? string.Empty) ?? string.Empty;
        var layout = Path.Combine("analyzers", "dotnet", "cs");
        if (directory.Length > layout.Length && directory.EndsWith(Path.DirectorySeparatorChar + layout, StringComparison.OrdinalIgnoreCase))
        {
            var packageRoot = directory.Substring(0, directory.Length - layout.Length);
            return new Uri(Path.Combine(packageRoot, relative.Split('#')[0])).AbsoluteUri + (relative.IndexOf('#') is var hash and >= 0 ? relative.Substring(hash) : string.Empty);
        }

        return relative;
    }

    private static DiagnosticDescriptor ToRoslyn(Core.Diagnostics.DiagnosticDescriptor rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
            rule.DefaultSeverity == CoreSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: rule.Description, helpLinkUri: HelpLink(rule.HelpLinkUri, HelpLinkBase, AssemblyLocation));
}
