using Dataset.Core.Common;

namespace Dataset.Core.Diagnostics;

/// <summary>
/// A diagnostic as plain, equatable data: the generator turns it into a Roslyn <c>Diagnostic</c> only when it reports
/// it; the command-line tool prints it with <see cref="DiagnosticFormatter"/>.
/// </summary>
/// <param name="Descriptor">The rule it breaks.</param>
/// <param name="Location">Where in the data it applies.</param>
/// <param name="Arguments">The message arguments; the message never repeats the location.</param>
/// <param name="AdditionalLocations">Related places, such as the first occurrence of a duplicate.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> Arguments, EquatableArray<LocationInfo> AdditionalLocations)
{
    /// <summary>The rule's id, for example <c>DSG0101</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>A diagnostic with its message arguments and no related place.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments), EquatableArray<LocationInfo>.Empty);

    /// <summary>A diagnostic with a related place (the first occurrence of what it reports twice).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo related, params string[] arguments) =>
        new(descriptor, location, new EquatableArray<string>(arguments), new EquatableArray<LocationInfo>(new[] { related }));
}
