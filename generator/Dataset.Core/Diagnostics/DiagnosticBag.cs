using System.Collections.Generic;
using Dataset.Core.Common;

namespace Dataset.Core.Diagnostics;

/// <summary>The diagnostics one step reports, in order.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    /// <summary>Reports a diagnostic.</summary>
    public void Add(DiagnosticInfo diagnostic) => _items.Add(diagnostic);

    /// <summary>Reports a diagnostic with its message arguments.</summary>
    public void Add(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _items.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Reports several diagnostics.</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>What was reported, as an equatable array.</summary>
    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
