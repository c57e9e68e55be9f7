namespace Dataset.Generator.Model;

// What the emitters need, already validated and resolved: one unit per generated file.

/// <summary>A time value to emit as constructor calls.</summary>
internal sealed record TimeEmit(string Value, string? Modifier);

/// <summary>A resolved reference to an entity: its static class and member, for example <c>Countries</c>, <c>Russia</c>.</summary>
internal sealed record EntityRefEmit(string Class, string Member, string Type);

internal sealed record AliasEmit(string Text, string Form);

internal sealed record PositionEmit(string Title, EntityRefEmit? Of, TimeEmit? Time);

/// <summary>Where an article first names an entity: shown in its XML docs.</summary>
internal sealed record MentionEmit(string ArticleHeadline, string ArticleDate, string Sentence, int Count);

internal sealed record EntityEmit(
    string Kind,
    string Id,
    string Member,
    string Name,
    string Description,
    EquatableArray<AliasEmit> Aliases,
    string? Iso2,
    string? Iso3,
    string? Currency,
    string? Wikidata,
    EntityRefEmit? PartOf,
    EntityRefEmit? Country,
    EquatableArray<PositionEmit> Positions,
    string? Class,
    MentionEmit? Mention);

/// <summary>One generated file per entity kind.</summary>
internal sealed record EntityKindUnit(string Namespace, string Kind, EquatableArray<EntityEmit> Entities);

internal sealed record ArticleEmit(
    string Id,
    string Member,
    string Headline,
    EquatableArray<EntityRefEmit> Authors,
    EquatableArray<string> AuthorNames,
    EntityRefEmit? Publisher,
    string Published,
    string Url,
    string Kind,
    string Language,
    string Sha256,
    int TextLength);

/// <summary>One generated file per article.</summary>
internal sealed record ArticleUnit(string Namespace, ArticleEmit Article);

/// <summary>The corpus-wide index: entity kinds present, articles, version and content hash.</summary>
internal sealed record CorpusUnit(string Namespace, EquatableArray<string> Kinds, EquatableArray<string> ArticleMembers, string Version, string ContentHash);

/// <summary>Everything validation produced: the emit units and the diagnostics.</summary>
internal sealed record CorpusModel(
    EquatableArray<EntityKindUnit> EntityKinds,
    EquatableArray<ArticleUnit> Articles,
    CorpusUnit Corpus,
    EquatableArray<DiagnosticInfo> Diagnostics);
