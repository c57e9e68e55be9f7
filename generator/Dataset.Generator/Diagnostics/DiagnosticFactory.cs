using System.Collections.Generic;
using System.Linq;
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

    private static DiagnosticDescriptor ToRoslyn(Core.Diagnostics.DiagnosticDescriptor rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
            rule.DefaultSeverity == CoreSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: rule.Description, helpLinkUri: rule.HelpLinkUri);
}
