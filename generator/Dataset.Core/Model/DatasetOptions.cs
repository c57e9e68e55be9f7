namespace Dataset.Core.Model;

/// <summary>The dataset's options (from MSBuild properties, or the tool's command line), reduced to plain strings.</summary>
/// <param name="Namespace">The namespace of the generated classes (<c>Dataset</c> when <paramref name="InvalidNamespace"/> is set).</param>
/// <param name="Version">The value of <c>Corpus.Version</c>.</param>
/// <param name="InvalidNamespace">The namespace as configured, when it is not a valid C# namespace (reported as DSG0803); otherwise null.</param>
internal sealed record DatasetOptions(string Namespace, string Version, string? InvalidNamespace = null);
