namespace Dataset.Core.Model;

/// <summary>A data file as a front end reads it: its path (as diagnostics show it) and its text.</summary>
/// <param name="Path">The path.</param>
/// <param name="Text">The whole text.</param>
internal sealed record InputFile(string Path, string Text);
