namespace Dataset.Generator.Emit;

/// <summary>
/// What the consumer's compiler and target framework let the generated code use, reduced to two booleans at once (so
/// that the outputs stay cached while they do not change).
/// </summary>
/// <param name="NullableAnnotations">
/// C# 8 or newer: the generated files start with <c>#nullable enable annotations</c> and mark what may be null with
/// <c>?</c>, so a consumer with nullable reference types enabled is warned (CS8602) when it dereferences a lookup miss.
/// C# 7.3 (the default of a netstandard2.0 or .NET Framework project) has neither the directive nor the syntax.
/// </param>
/// <param name="NotNullWhen">
/// The target framework has <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> (.NET Core 3.0 or newer, .NET
/// Standard 2.1), so the <c>Try</c> lookups can say their out value is not null when they return true.
/// </param>
internal sealed record CodeFeatures(bool NullableAnnotations, bool NotNullWhen)
{
    /// <summary>Plain C# 7.3: no nullable annotations.</summary>
    public static readonly CodeFeatures None = new(false, false);

    /// <summary><paramref name="type"/> marked as maybe null, where the language has the syntax.</summary>
    public static string MaybeNull(string type, bool nullableAnnotations) => nullableAnnotations ? type + "?" : type;
}
