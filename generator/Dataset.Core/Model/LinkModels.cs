using System;
using System.Collections.Generic;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;

namespace Dataset.Core.Model;

// The models between the link steps. Linking runs in three steps so that an edit to one article re-links only that
// article: the registry on its own, each article against the registry's entity table, then a cheap corpus-wide
// assembly over the per-article results (article ids, first mentions, the article list and the diagnostics).

/// <summary>
/// What an article needs to know of one registry entity: its id, kind, names and generated member (null when the
/// entity has no member because its name makes no valid or unique identifier). No locations, so a registry edit
/// that moves lines does not re-link the articles.
/// </summary>
internal sealed record EntityKey(string Id, string Kind, string Name, EquatableArray<string> Aliases, string? Member)
{
    /// <summary>The static class of the entity's kind (<c>People</c>, <c>Players</c>).</summary>
    public string Class { get; init; } = string.Empty;

    /// <summary>The kind and the kinds it extends, ending with its built-in kind (<c>player, person</c>).</summary>
    public EquatableArray<string> Lineage { get; init; }

    /// <summary>
    /// The aliases that do not hide another entity's name inside them when mentions are counted: demonyms ("Iranian"
    /// in "Iranian Navy" still names Iran) and the forms an article writes.
    /// </summary>
    public EquatableArray<string> Descriptive { get; init; }

    /// <summary>The demonyms among the aliases: a demonym inside another entity's name still counts as a mention.</summary>
    public EquatableArray<string> Demonyms { get; init; }

    /// <summary>The built-in kind: the runtime record type (<c>person</c> → <c>Person</c>).</summary>
    public string BuiltIn => Lineage.IsEmpty ? Kind : Lineage[Lineage.Count - 1];

    /// <summary>Whether the entity is of <paramref name="kind"/> or of a kind that extends it.</summary>
    public bool IsA(string kind)
    {
        foreach (var k in Lineage)
        {
            if (k == kind)
            {
                return true;
            }
        }

        return Kind == kind;
    }
}

/// <summary>
/// The registry's entities, sorted by id, as every article's linking sees them. Compared by content; its hash code is
/// computed once, since every per-article step carries the same table.
/// </summary>
internal sealed class EntityTable : IEquatable<EntityTable>
{
    private int _hash;

    public EntityTable(EquatableArray<EntityKey> entities) => Entities = entities;

    public EquatableArray<EntityKey> Entities { get; }

    public bool Equals(EntityTable? other) =>
        ReferenceEquals(this, other) || (other is not null && GetHashCode() == other.GetHashCode() && Entities.Equals(other.Entities));

    public override bool Equals(object? obj) => Equals(obj as EntityTable);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = Entities.GetHashCode();
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }
}

/// <summary>An entity declared in <paramref name="Path"/> as a <paramref name="Kind"/> that did not bind.</summary>
internal sealed record UnboundEntity(string Kind, string Path, DeclaredEntity Entity);

/// <summary>The registry linked on its own: the table for the articles, the accepted entities, and the registry's diagnostics.</summary>
internal sealed record RegistryResult(EntityTable Table, EquatableArray<EntityModel> Entities, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The vocabulary the registry was linked with (its entity kinds): the corpus step lists kinds in its order.</summary>
    public VocabularyModel? Vocabulary { get; init; }

    /// <summary>
    /// Ids of entities left out because their file's kind is unknown or their own declaration has errors: references
    /// to them are not reported again.
    /// </summary>
    public EquatableArray<string> DroppedIds { get; init; }

    /// <summary>Entities of a known kind that did not bind (their declaration has errors): they get placeholder members.</summary>
    public EquatableArray<UnboundEntity> Unbound { get; init; }
}

/// <summary>
/// Every article text, sorted by normalised path (forward slashes) for a binary search. Compared by content; the texts
/// that did not change are the same instances from run to run, so a comparison is one reference check per text.
/// </summary>
internal sealed class TextIndex : IEquatable<TextIndex>
{
    private int _hash;

    private TextIndex(EquatableArray<TextFileModel> texts) => Texts = texts;

    public EquatableArray<TextFileModel> Texts { get; }

    public static TextIndex Create(IEnumerable<TextFileModel> texts)
    {
        var list = new List<TextFileModel>();
        foreach (var text in texts)
        {
            list.Add(text with { Path = text.Path.Replace('\\', '/') });
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new TextIndex(list.ToEquatableArray());
    }

    /// <summary>The text at <paramref name="path"/> (forward slashes), or null.</summary>
    public TextFileModel? Find(string path)
    {
        int low = 0, high = Texts.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Texts[mid].Path, path);
            if (order == 0)
            {
                return Texts[mid];
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    public bool Equals(TextIndex? other) =>
        ReferenceEquals(this, other) || (other is not null && GetHashCode() == other.GetHashCode() && Texts.Equals(other.Texts));

    public override bool Equals(object? obj) => Equals(obj as TextIndex);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = 17;
            foreach (var text in Texts)
            {
                hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(text.Path) + StringComparer.Ordinal.GetHashCode(text.Sha256));
            }

            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }
}

/// <summary>One article file and the text file it pins (null when that file is missing).</summary>
internal sealed record ArticleInput(FileResult File, TextFileModel? Text);

/// <summary>Where an article first names an entity, or first refers to it in a fact (count 0).</summary>
internal sealed record EntityMention(string EntityId, FirstMention Mention);

/// <summary>
/// One article linked on its own. <see cref="Article"/> is null when the article cannot be generated (a missing text,
/// an unresolved author); <see cref="HasValidId"/> is false when its id is invalid, and then the article is not linked.
/// <see cref="ParseDiagnostics"/> are the file's own; <see cref="Diagnostics"/> come from linking, and are dropped
/// when another article has the same id.
/// </summary>
internal sealed record ArticleResult(
    string Id,
    string Path,
    LocationInfo IdLocation,
    bool HasValidId,
    LinkedArticle? Article,
    EquatableArray<EntityMention> Mentions,
    EquatableArray<DiagnosticInfo> ParseDiagnostics,
    EquatableArray<DiagnosticInfo> Diagnostics);
