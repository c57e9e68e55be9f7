using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CoreDescriptors = Dataset.Core.Diagnostics.DiagnosticDescriptors;
using CoreSeverity = Dataset.Core.Diagnostics.DiagnosticSeverity;

namespace Dataset.Generator.Diagnostics;

/// <summary>
/// Turns the core's equatable <see cref="Core.Model.DiagnosticInfo"/> records into Roslyn diagnostics at report time, through one
/// Roslyn <see cref="DiagnosticDescriptor"/> per rule of the core's catalogue.
/// </summary>
internal static class DiagnosticFactory
{
    /// <summary>The Roslyn descriptor of every rule of the catalogue, by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors =
        CoreDescriptors.ById.Values.ToDictionary(d => d.Id, ToRoslyn);

    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = Descriptors.TryGetValue(info.Id, out var d) ? d : Descriptors[CoreDescriptors.InternalError.Id];
        var args = new object[info.Arguments.Count + 1];
        args[0] = info.Location.Display;
        for (var i = 0; i < info.Arguments.Count; i++)
        {
            args[i + 1] = info.Arguments[i];
        }

        var location = info.Location.Path.Length == 0 ? Location.None : ToLocation(info.Location);
        return Diagnostic.Create(descriptor, location, args);
    }

    public static Location ToLocation(LocationInfo location) => Location.Create(
        location.Path,
        new TextSpan(location.Start, System.Math.Max(0, location.End - location.Start)),
        new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    private static DiagnosticDescriptor ToRoslyn(Core.Diagnostics.DiagnosticDescriptor rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
            rule.DefaultSeverity == CoreSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: null, helpLinkUri: rule.HelpLinkUri);
}
