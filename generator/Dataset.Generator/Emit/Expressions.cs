namespace Dataset.Generator.Emit;

/// <summary>The runtime's namespace as the generated code names it; values go as data (the stored streams), not as expressions.</summary>
internal static class Expressions
{
    public const string Runtime = "global::Dataset.";
}
