namespace Dataset.Synthetic;

/// <summary>One file of a synthetic corpus.</summary>
/// <param name="Path">The path relative to the data folder, with forward slashes (<c>registry/people.yaml</c>, <c>articles/x.txt</c>).</param>
/// <param name="Text">The content; written as UTF-8 without a byte order mark.</param>
public sealed record SyntheticFile(string Path, string Text);

/// <summary>A registry entity of a synthetic corpus.</summary>
/// <param name="Kind">The entity kind as the YAML writes it (<c>person</c>, <c>country</c>, ...).</param>
/// <param name="Id">The kebab-case id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Alias">One alias, or <see langword="null"/>.</param>
public sealed record SyntheticEntity(string Kind, string Id, string Name, string? Alias);
