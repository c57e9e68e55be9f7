using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
namespace Dataset.Core.Model;

// The linked corpus: what validation produces, every value checked and every reference resolved. The generator's
// Emit folder builds its per-file units from it; the dataset tool reads it for export and the dataset card.

/// <summary>A checked time value: as written, its modifier, and its parsed form, which the emitters encode.</summary>
internal sealed record LinkedTime(string Value, string? Modifier, TimeValue Parsed)
{
    /// <summary>The sources of the value, when the article does not give it.</summary>
    public EquatableArray<LinkedCitation> Sources { get; init; }
}

/// <summary>
/// A source outside the article: its title, URL, the day it was read (or null), and what it supports (<c>codes</c>,
/// <c>position: President of Russia</c>, <c>time</c>, or what the curator wrote in <c>about</c>).
/// </summary>
internal sealed record LinkedCitation(string Title, string Url, string? Accessed, string About)
{
    /// <summary>The linked form of a source as written, supporting <paramref name="about"/> unless it says itself.</summary>
    public static LinkedCitation Of(CitationModel model, string about) => new(model.Title, model.Url, model.Accessed, model.About ?? about);
}

/// <summary>
/// A resolved reference to an entity: its id, and its static class and member, for example <c>russia</c>,
/// <c>Countries</c>, <c>Russia</c>.
/// </summary>
internal sealed record EntityRef(string Id, string Class, string Member, string Type);

internal sealed record LinkedAlias(string Text, string Form);

internal sealed record LinkedPosition(string Title, EntityRef? Of, LinkedTime? Time);

/// <summary>Where an article first names an entity (or, with <see cref="Count"/> 0, first refers to it in a fact): shown in its XML docs.</summary>
internal sealed record FirstMention(string ArticleHeadline, string ArticleDate, string Sentence, int Count);

/// <summary>An entity to emit; <see cref="Kind"/> is its built-in kind (which record type, which constructor arguments).</summary>
internal sealed record LinkedEntity(
    string Kind,
    string Id,
    string Member,
    string Name,
    string Description,
    EquatableArray<LinkedAlias> Aliases,
    string? Iso2,
    string? Iso3,
    string? Currency,
    string? Wikidata,
    EntityRef? PartOf,
    EntityRef? Country,
    EquatableArray<LinkedPosition> Positions,
    string? Class,
    FirstMention? Mention,
    EquatableArray<string> RolesAtMention)
{
    /// <summary>Every source of the entity's values: its codes, its positions, and its <c>sources</c>.</summary>
    public EquatableArray<LinkedCitation> Sources { get; init; }

    /// <summary>The organisations a person works or worked for.</summary>
    public EquatableArray<LinkedAffiliation> Employers { get; init; }

    /// <summary>A person's ranks.</summary>
    public EquatableArray<LinkedRank> Ranks { get; init; }

    /// <summary>An agreement's terms, or null.</summary>
    public LinkedAgreementTerms? Agreement { get; init; }
}

/// <summary>An agreement's terms: its type and status as enum member names (or null), parties, subject and date.</summary>
internal sealed record LinkedAgreementTerms(string? Type, EquatableArray<EntityRef> Parties, EntityRef? Subject, LinkedTime? Concluded, string? Status);

/// <summary>An organisation a person works or worked for, with the role and when.</summary>
internal sealed record LinkedAffiliation(EntityRef Of, string? Role, LinkedTime? Time);

/// <summary>A rank, the service that confers it, and when.</summary>
internal sealed record LinkedRank(string Title, EntityRef? Service, LinkedTime? Time);

/// <summary>
/// The entities of one kind, in id order: <see cref="Kind"/> its code, <see cref="Class"/> its static class
/// (<c>People</c>, or the class a vocabulary declares: <c>Players</c>), <see cref="BuiltIn"/> the built-in kind it is
/// or extends, which gives the runtime record type (<c>person</c> → <c>Person</c>).
/// </summary>
internal sealed record LinkedKind(string Kind, string Class, string BuiltIn, EquatableArray<LinkedEntity> Entities);

internal sealed record LinkedArticle(
    string Id,
    string Member,
    string Headline,
    EquatableArray<EntityRef> Authors,
    EquatableArray<string> AuthorNames,
    EntityRef? Publisher,
    DateValue Published,
    string Url,
    string Kind,
    string Language,
    string Sha256,
    int TextLength,
    LinkedFacts Facts);

/// <summary>
/// Everything validation produced: the entity kinds present (built-in kinds first, then declared ones, in vocabulary
/// order), the articles in id order, the content hash of every input, and the sorted diagnostics.
/// </summary>
internal sealed record LinkedCorpus(
    EquatableArray<LinkedKind> Kinds,
    EquatableArray<LinkedArticle> Articles,
    string ContentHash,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Per kind, the entities whose declaration has errors (or whose file failed to parse): they get placeholder
    /// members, so that a broken registry file gives its own YAML errors, not a flood of unknown names in user code.
    /// </summary>
    public EquatableArray<LinkedPlaceholders> Placeholders { get; init; }
}

/// <summary>
/// The placeholder members of one kind's class; <see cref="HasEntities"/> false when no entity of the kind bound, so
/// the class (and its <c>All</c>) exists only through the placeholders.
/// </summary>
internal sealed record LinkedPlaceholders(string Kind, string Class, string BuiltIn, bool HasEntities, EquatableArray<Placeholder> Members);

/// <summary>A placeholder member: the entity's id, the member its name gives, and the file whose errors explain it.</summary>
internal sealed record Placeholder(string Id, string Member, string Path);

/// <summary>Where a fact is stated: the exact original passage and its UTF-16 offsets in the article text.</summary>
internal sealed record LinkedEvidence(string Text, int Start, int Length);

/// <summary>A source (null: the article's author) and its factuality or stance, as an enum member name.</summary>
internal sealed record LinkedSource(EntityRef? Entity, string Value);

internal sealed record LinkedParticipant(EntityRef Entity, string Role);

internal sealed record LinkedEvent(
    string Id,
    string Type,
    string Summary,
    EquatableArray<LinkedParticipant> Participants,
    EntityRef? Place,
    LinkedTime? Time,
    string Status,
    EntityRef? Agreement,
    EquatableArray<LinkedSource> Factuality,
    string? Ace,
    string? Cameo,
    LinkedEvidence Evidence);

internal sealed record LinkedRelation(string Id, string Type, EntityRef Subject, EntityRef Object, LinkedTime? Time, LinkedEvidence Evidence);

/// <summary>A figure; <see cref="Type"/> is <c>money</c>, <c>count</c>, <c>percentage</c> or <c>change</c>; a change names its figures by index.</summary>
internal sealed record LinkedQuantity(
    string Id,
    string Type,
    string Measure,
    decimal? Amount,
    string? Currency,
    LinkedTime? Period,
    EquatableArray<EntityRef> Between,
    EntityRef? Of,
    EntityRef? Source,
    bool Approximate,
    int From,
    int To,
    decimal? Percent,
    LinkedEvidence Evidence);

internal sealed record LinkedQuote(string Id, EntityRef Speaker, LinkedTime? Said, string Text, EntityRef? Work, LinkedEvidence Evidence);

/// <summary>A claim; <see cref="About"/> is the index of its event in the article's emitted events, or -1.</summary>
internal sealed record LinkedClaim(string Id, string Statement, int About, EquatableArray<LinkedSource> Attributions, LinkedEvidence Evidence);

internal sealed record LinkedCorrection(string Id, string Kind, EntityRef? Entity, string Written, string Correct, string SourceTitle, string SourceUrl, LinkedEvidence Evidence);

/// <summary>How often an article names an entity, and the sentence where it first does.</summary>
internal sealed record LinkedMention(EntityRef Entity, int Count, LinkedEvidence First);

/// <summary>Every fact of one article that passed validation, in annotation order.</summary>
internal sealed record LinkedFacts(
    EquatableArray<LinkedEvent> Events,
    EquatableArray<LinkedRelation> Relations,
    EquatableArray<LinkedQuantity> Quantities,
    EquatableArray<LinkedQuote> Quotes,
    EquatableArray<LinkedClaim> Claims,
    EquatableArray<LinkedCorrection> Corrections,
    EquatableArray<LinkedMention> Mentions);
