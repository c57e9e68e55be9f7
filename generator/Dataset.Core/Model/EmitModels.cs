using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
namespace Dataset.Core.Model;

// What the emitters need, already validated and resolved: one unit per generated file.

/// <summary>A checked time value: as written, its modifier, and its parsed form, which the emitters encode.</summary>
internal sealed record TimeEmit(string Value, string? Modifier, TimeValue Parsed);

/// <summary>
/// A resolved reference to an entity: its id, and its static class and member, for example <c>russia</c>,
/// <c>Countries</c>, <c>Russia</c>.
/// </summary>
internal sealed record EntityRefEmit(string Id, string Class, string Member, string Type);

internal sealed record AliasEmit(string Text, string Form);

internal sealed record PositionEmit(string Title, EntityRefEmit? Of, TimeEmit? Time);

/// <summary>Where an article first names an entity (or, with <see cref="Count"/> 0, first refers to it in a fact): shown in its XML docs.</summary>
internal sealed record MentionEmit(string ArticleHeadline, string ArticleDate, string Sentence, int Count);

/// <summary>An entity to emit; <see cref="Kind"/> is its built-in kind (which record type, which constructor arguments).</summary>
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
    MentionEmit? Mention,
    EquatableArray<string> RolesAtMention);

/// <summary>One generated file per entity kind.</summary>
internal sealed record EntityKindUnit(string Namespace, string Kind, EquatableArray<EntityEmit> Entities)
{
    /// <summary>The static class of the kind (<c>People</c>, or the class a vocabulary declares: <c>Players</c>).</summary>
    public string Class { get; init; } = string.Empty;

    /// <summary>The built-in kind it is or extends, which gives the runtime record type (<c>person</c> → <c>Person</c>).</summary>
    public string BuiltIn { get; init; } = string.Empty;
}

internal sealed record ArticleEmit(
    string Id,
    string Member,
    string Headline,
    EquatableArray<EntityRefEmit> Authors,
    EquatableArray<string> AuthorNames,
    EntityRefEmit? Publisher,
    DateValue Published,
    string Url,
    string Kind,
    string Language,
    string Sha256,
    int TextLength,
    FactsEmit Facts);

/// <summary>One generated file per article.</summary>
internal sealed record ArticleUnit(string Namespace, ArticleEmit Article);

/// <summary>The corpus-wide index: the static classes of the entity kinds present, articles, version and content hash.</summary>
internal sealed record CorpusUnit(string Namespace, EquatableArray<string> Kinds, EquatableArray<string> ArticleMembers, string Version, string ContentHash);

/// <summary>Everything validation produced: the emit units and the diagnostics.</summary>
internal sealed record CorpusModel(
    EquatableArray<EntityKindUnit> EntityKinds,
    EquatableArray<ArticleUnit> Articles,
    CorpusUnit Corpus,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Where a fact is stated: the exact original passage and its UTF-16 offsets in the article text.</summary>
internal sealed record EvidenceEmit(string Text, int Start, int Length);

/// <summary>A source (null: the article's author) and its factuality or stance, as an enum member name.</summary>
internal sealed record SourceEmit(EntityRefEmit? Entity, string Value);

internal sealed record ParticipantEmit(EntityRefEmit Entity, string Role);

internal sealed record EventEmit(
    string Id,
    string Type,
    string Summary,
    EquatableArray<ParticipantEmit> Participants,
    EntityRefEmit? Place,
    TimeEmit? Time,
    string Status,
    EntityRefEmit? Agreement,
    EquatableArray<SourceEmit> Factuality,
    string? Ace,
    string? Cameo,
    EvidenceEmit Evidence);

internal sealed record RelationEmit(string Id, string Type, EntityRefEmit Subject, EntityRefEmit Object, TimeEmit? Time, EvidenceEmit Evidence);

/// <summary>A figure; <see cref="Type"/> is <c>money</c>, <c>count</c>, <c>percentage</c> or <c>change</c>; a change names its figures by index.</summary>
internal sealed record QuantityEmit(
    string Id,
    string Type,
    string Measure,
    decimal? Amount,
    string? Currency,
    TimeEmit? Period,
    EquatableArray<EntityRefEmit> Between,
    EntityRefEmit? Of,
    EntityRefEmit? Source,
    bool Approximate,
    int From,
    int To,
    decimal? Percent,
    EvidenceEmit Evidence);

internal sealed record QuoteEmit(string Id, EntityRefEmit Speaker, TimeEmit? Said, string Text, EntityRefEmit? Work, EvidenceEmit Evidence);

/// <summary>A claim; <see cref="About"/> is the index of its event in the article's emitted events, or -1.</summary>
internal sealed record ClaimEmit(string Id, string Statement, int About, EquatableArray<SourceEmit> Attributions, EvidenceEmit Evidence);

internal sealed record CorrectionEmit(string Id, string Kind, EntityRefEmit? Entity, string Written, string Correct, string SourceTitle, string SourceUrl, EvidenceEmit Evidence);

/// <summary>How often an article names an entity, and the sentence where it first does.</summary>
internal sealed record ArticleMentionEmit(EntityRefEmit Entity, int Count, EvidenceEmit First);

/// <summary>Every fact of one article that passed validation, in annotation order.</summary>
internal sealed record FactsEmit(
    EquatableArray<EventEmit> Events,
    EquatableArray<RelationEmit> Relations,
    EquatableArray<QuantityEmit> Quantities,
    EquatableArray<QuoteEmit> Quotes,
    EquatableArray<ClaimEmit> Claims,
    EquatableArray<CorrectionEmit> Corrections,
    EquatableArray<ArticleMentionEmit> Mentions);
