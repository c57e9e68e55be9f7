namespace Dataset.Generator.Model;

// The annotations as plain, value-equatable data: strings, numbers and EquatableArray, never Roslyn objects.
// Each record keeps the LocationInfo of what it came from so validation can point at the YAML.

/// <summary>A reference to an entity or fact by id, with where it was written.</summary>
internal sealed record Ref(string Id, LocationInfo Location);

/// <summary>A time value as written (<c>2013-07-08/2013-07-12</c>) with its optional modifier.</summary>
internal sealed record TimeModel(string Value, string? Modifier, LocationInfo Location);

/// <summary>Another name of an entity.</summary>
internal sealed record AliasModel(string Text, string Form, LocationInfo Location);

/// <summary>An office a person held.</summary>
internal sealed record PositionModel(string Title, Ref? Of, TimeModel? Time, LocationInfo Location);

/// <summary>One registry entry.</summary>
internal sealed record EntityModel(
    string Kind,
    string Id,
    LocationInfo Location,
    string Name,
    LocationInfo NameLocation,
    string Description,
    EquatableArray<AliasModel> Aliases,
    string? Iso2,
    string? Iso3,
    string? Currency,
    string? Wikidata,
    Ref? PartOf,
    Ref? Country,
    EquatableArray<PositionModel> Positions,
    string? Class);

/// <summary>A registry file: entities of one kind.</summary>
internal sealed record RegistryFileModel(string Path, string Kind, EquatableArray<EntityModel> Entities);

/// <summary>An evidence selector: the exact passage, disambiguated by prefix, suffix or occurrence.</summary>
internal sealed record EvidenceModel(string Text, string? Prefix, string? Suffix, int? Occurrence, LocationInfo Location);

/// <summary>An article's metadata.</summary>
internal sealed record ArticleMetaModel(
    string Id,
    LocationInfo Location,
    string Headline,
    EquatableArray<Ref> Authors,
    Ref? Publisher,
    TimeModel Published,
    string Url,
    string Kind,
    string Language,
    string TextFile,
    LocationInfo TextFileLocation,
    string Sha256,
    LocationInfo Sha256Location);

/// <summary>An entity taking part in an event, with its role.</summary>
internal sealed record ParticipantModel(Ref Entity, string Role);

/// <summary>What a source says of a fact: a factuality value (events) or a stance (claims). Source <c>author</c> is the article's author.</summary>
internal sealed record AttributionModel(Ref Source, string Value, LocationInfo Location);

/// <summary>An event the article reports.</summary>
internal sealed record EventModel(
    string Id,
    LocationInfo Location,
    string Type,
    string Summary,
    EquatableArray<ParticipantModel> Participants,
    Ref? Place,
    TimeModel? Time,
    string Status,
    Ref? Agreement,
    EquatableArray<AttributionModel> Factuality,
    string? Ace,
    string? Cameo,
    EvidenceModel Evidence);

/// <summary>A relation between two entities.</summary>
internal sealed record RelationModel(string Id, LocationInfo Location, string Type, Ref Subject, Ref Object, TimeModel? Time, EvidenceModel Evidence);

/// <summary>A figure: money, count, percentage, or a change linking two figures.</summary>
internal sealed record QuantityModel(
    string Id,
    LocationInfo Location,
    string Type,
    string Measure,
    decimal? Amount,
    string? Currency,
    TimeModel? Period,
    EquatableArray<Ref> Between,
    Ref? Of,
    Ref? Source,
    bool Approximate,
    Ref? From,
    Ref? To,
    decimal? Percent,
    EvidenceModel Evidence);

/// <summary>Words attributed to a speaker.</summary>
internal sealed record QuoteModel(string Id, LocationInfo Location, Ref Speaker, TimeModel? Said, string Text, LocationInfo TextLocation, Ref? Work, EvidenceModel Evidence);

/// <summary>A statement with who asserts, denies or does not confirm it.</summary>
internal sealed record ClaimModel(string Id, LocationInfo Location, string Statement, Ref? About, EquatableArray<AttributionModel> Attributions, EvidenceModel Evidence);

/// <summary>What the article writes wrongly, what is right, and who says so.</summary>
internal sealed record CorrectionModel(
    string Id,
    LocationInfo Location,
    string Kind,
    Ref? Entity,
    string Written,
    LocationInfo WrittenLocation,
    string Correct,
    string SourceTitle,
    string SourceUrl,
    EvidenceModel Evidence);

/// <summary>An article annotation file.</summary>
internal sealed record ArticleFileModel(
    string Path,
    ArticleMetaModel Meta,
    EquatableArray<EventModel> Events,
    EquatableArray<RelationModel> Relations,
    EquatableArray<QuantityModel> Quantities,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<ClaimModel> Claims,
    EquatableArray<CorrectionModel> Corrections);

/// <summary>The result of parsing one YAML file on its own: at most one model, and its diagnostics.</summary>
internal sealed record FileResult(string Path, string ContentSha256, RegistryFileModel? Registry, ArticleFileModel? Article, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An article text file, with its SHA-256 (over its UTF-8 bytes).</summary>
internal sealed record TextFileModel(string Path, string Text, string Sha256);
