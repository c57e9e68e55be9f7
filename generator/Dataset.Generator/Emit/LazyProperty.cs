using System;

namespace Dataset.Generator.Emit;

/// <summary>
/// The one lazy-initialisation pattern of the generated code, for every value built on first use (an article, the
/// article list, the fact index, the entity index, the list of a sharded entity kind): a static field, a getter that
/// builds the value when the field is still null and publishes it with <c>Interlocked.CompareExchange</c>, and returns
/// the field. Thread-safe without a lock: threads that race may each build a value, but one is published and every
/// caller gets that one (the values are immutable, so a discarded one costs only its construction). No delegate, no
/// <c>Lazy&lt;T&gt;</c> per value, and nothing added to the class's static constructor.
/// </summary>
internal static class LazyProperty
{
    /// <summary>
    /// Writes the field (maybe null, where <paramref name="nullable"/> annotations are on), then the property with its documentation (<paramref name="doc"/>, whole <c>///</c> lines).
    /// <paramref name="create"/> writes the statements that declare the local <c>created</c> holding the new value.
    /// </summary>
    public static void Write(SourceWriter w, bool nullable, string doc, string declaration, string type, string field, Action<SourceWriter> create)
    {
        w.Line("private static " + CodeFeatures.MaybeNull(type, nullable) + " " + field + ";");
        w.Line();
        foreach (var line in doc.Split('\n'))
        {
            w.Line(line);
        }

        w.Open(declaration);
        w.Open("get");
        w.Open("if (" + field + " is null)");
        create(w);
        w.Line("global::System.Threading.Interlocked.CompareExchange(ref " + field + ", created, null);");
        w.Close();
        w.Line();
        w.Line("return " + field + ";");
        w.Close();
        w.Close();
    }
}
