using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

// The emit side's own models: one unit per generated file, built from the linked corpus and the project's options.
// Validation knows nothing of files or namespaces; the emitters read only these units.

/// <summary>One entity kind's generated file (before sharding): the entities of the kind, in id order.</summary>
internal sealed record EntityKindUnit(string Namespace, string Kind, string Class, string BuiltIn, EquatableArray<LinkedEntity> Entities);

/// <summary>One article's generated file.</summary>
internal sealed record ArticleUnit(string Namespace, LinkedArticle Article);

/// <summary>The corpus-wide index: the static classes of the entity kinds present, the version and the content hash (no article: adding one changes only its own file).</summary>
internal sealed record CorpusUnit(string Namespace, EquatableArray<string> Kinds, string Version, string ContentHash);

/// <summary>Builds the emit units from the linked corpus.</summary>
internal static class EmitUnits
{
    /// <summary>One unit per entity kind present, in the corpus' kind order.</summary>
    public static EquatableArray<EntityKindUnit> Kinds(LinkedCorpus corpus, DatasetOptions options) =>
        corpus.Kinds.Select(k => new EntityKindUnit(options.Namespace, k.Kind, k.Class, k.BuiltIn, k.Entities)).ToEquatableArray();

    /// <summary>One unit per article, in id order.</summary>
    public static EquatableArray<ArticleUnit> Articles(LinkedCorpus corpus, DatasetOptions options) =>
        corpus.Articles.Select(a => new ArticleUnit(options.Namespace, a)).ToEquatableArray();

    /// <summary>The corpus index; <paramref name="withContentHash"/> false leaves the hash out (it has a file of its own).</summary>
    public static CorpusUnit Corpus(LinkedCorpus corpus, DatasetOptions options, bool withContentHash) =>
        new(
            options.Namespace,
            corpus.Kinds.Select(k => k.Class).ToEquatableArray(),
            options.Version,
            withContentHash ? corpus.ContentHash : string.Empty);
}
