namespace Dataset.Core.Model;

/// <summary>A diagnostic as plain, equatable data; turned into a Roslyn <c>Diagnostic</c> only when reported.</summary>
/// <param name="Id">The descriptor id, for example <c>DSG0101</c>.</param>
/// <param name="Location">Where in the data it applies.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, LocationInfo location, params string[] arguments) =>
        new(id, location, new EquatableArray<string>(arguments));
}
