using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

/// <summary>The placeholder members of one kind's class (see <see cref="LinkedCorpus.Placeholders"/>).</summary>
internal sealed record PlaceholderUnit(string Namespace, LinkedPlaceholders Kind);

/// <summary>
/// Emits, per kind, a member for each entity whose declaration has errors: the build fails on the YAML errors (which
/// say what to fix), and the user's code that names the entity compiles instead of adding an unknown-name error per
/// use. A placeholder is never meant to run: the build that has one has errors; it throws if it does run (when a
/// project turns the errors off).
/// </summary>
internal static class PlaceholderEmitter
{
    public static string HintName(PlaceholderUnit unit) => "Entities/" + unit.Kind.Class + ".Placeholders.g.cs";

    public static EquatableArray<PlaceholderUnit> Units(LinkedCorpus corpus, DatasetOptions options) =>
        corpus.Placeholders.Select(p => new PlaceholderUnit(options.Namespace, p)).ToEquatableArray();

    public static string Emit(PlaceholderUnit unit, bool nullable)
    {
        var kind = unit.Kind;
        var type = Expressions.Runtime + Vocabulary.TypeFor(kind.BuiltIn);
        var w = Header.Start(unit.Namespace, nullable);
        if (!kind.HasEntities)
        {
            w.Line("/// <summary>Every " + Escaping.Xml(kind.Kind) + " in the dataset: none yet, since the files that declare them have errors.</summary>");
            w.Line(Header.GeneratedCode);
        }

        w.Open("public static partial class " + kind.Class);
        foreach (var p in kind.Members)
        {
            var message = p.Path + " declares '" + p.Id + "' with errors; fix the errors the build reports there.";
            w.Line("/// <summary>Not generated: " + Escaping.Xml(message) + "</summary>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">Always: the entity's declaration has errors.</exception>");
            w.Line("public static " + type + " " + p.Member + " => throw new global::System.InvalidOperationException(" + Escaping.Literal(message) + ");");
            w.Line();
        }

        if (!kind.HasEntities)
        {
            w.Line("/// <summary>All " + kind.Class.ToLowerInvariant() + " in the dataset: none, while their files have errors.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All { get; } = new " + type + "[0];");
        }

        w.Close();
        return Header.End(w);
    }
}
