using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Diagnostics;

/// <summary>Turns equatable <see cref="DiagnosticInfo"/> records into Roslyn diagnostics at report time.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = DiagnosticDescriptors.ById.TryGetValue(info.Id, out var d) ? d : DiagnosticDescriptors.InternalError;
        var args = new object[info.Arguments.Count + 1];
        args[0] = info.Location.Display;
        for (var i = 0; i < info.Arguments.Count; i++)
        {
            args[i + 1] = info.Arguments[i];
        }

        var location = info.Location.Path.Length == 0 ? Location.None : info.Location.ToLocation();
        return Diagnostic.Create(descriptor, location, args);
    }
}
