using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
namespace Dataset.Core.Model;

// The annotations as plain, value-equatable data: strings, numbers and EquatableArray, never Roslyn objects.
// Each record keeps the LocationInfo of what it came from so validation can point at the YAML.

/// <summary>A reference to an entity or fact by id, with where it was written.</summary>
internal sealed record Ref(string Id, LocationInfo Location);

/// <summary>
/// A time value as written (<c>2013-07-08/2013-07-12</c>) with its optional modifier, parsed once when the file is read:
/// <see cref="Parsed"/> is null when it is invalid, and <see cref="Error"/> says why (reported when the fact is linked).
/// The value and its parse are one <see cref="TimeText"/> shared by every time written the same way.
/// </summary>
internal sealed record TimeModel(TimeText Text, string? Modifier, LocationInfo Location)
{
    /// <summary>The value as written.</summary>
    public string Value => Text.Value;

    /// <summary>The parsed value, or null when it is invalid.</summary>
    public TimeValue? Parsed => Text.Parsed;

    /// <summary>Why the value is invalid, or null.</summary>
    public string? Error => Text.Error;

    /// <summary>The sources of a value the article does not give (the mapping form's <c>source</c>).</summary>
    public EquatableArray<CitationModel> Sources { get; init; }

    /// <summary>Parses <paramref name="value"/> and keeps the result.</summary>
    public static TimeModel Create(string value, string? modifier, LocationInfo location) => new(TimeText.Of(value), modifier, location);
}

/// <summary>
/// A time value as written and its parse (or why it failed), made once per value a thread reads (<see cref="SharedInstances{T}"/>):
/// a corpus writes the same dates again and again, and the driver keeps every file's models.
/// </summary>
internal sealed record TimeText(string Value, TimeValue? Parsed, string? Error)
{
    /// <summary>The parse of <paramref name="value"/>, shared with equal values read before on this thread.</summary>
    public static TimeText Of(string value)
    {
        var parsed = TimeValue.Parse(value, out var error);
        return SharedInstances<TimeText>.Share(new TimeText(value, parsed, parsed is null ? error ?? "invalid" : null));
    }
}

/// <summary>Another name of an entity.</summary>
internal sealed record AliasModel(string Text, string Form, LocationInfo Location);

/// <summary>
/// A source outside the article for a value: its title, URL, the day it was read (optional) and, in an entity's
/// <c>sources</c>, what it supports (<c>about</c>).
/// </summary>
internal sealed record CitationModel(string Title, string Url, string? Accessed, string? About, LocationInfo Location);

/// <summary>An office a person held.</summary>
internal sealed record PositionModel(string Title, Ref? Of, TimeModel? Time, LocationInfo Location)
{
    /// <summary>The position's sources (<c>source</c>).</summary>
    public EquatableArray<CitationModel> Sources { get; init; }
}

/// <summary>An organisation a person works or worked for (a newspaper, a think tank), apart from offices and citizenship.</summary>
internal sealed record AffiliationModel(Ref Of, string? Role, TimeModel? Time, LocationInfo Location)
{
    /// <summary>The affiliation's sources (<c>source</c>).</summary>
    public EquatableArray<CitationModel> Sources { get; init; }
}

/// <summary>A military or police rank (not an office): its title, the service that confers it, and when.</summary>
internal sealed record RankModel(string Title, Ref? Service, TimeModel? Time, LocationInfo Location)
{
    /// <summary>The rank's sources (<c>source</c>).</summary>
    public EquatableArray<CitationModel> Sources { get; init; }
}

/// <summary>
/// What an agreement entity is: its type, its parties, what it is about (a weapon system), when it was concluded (signed
/// or announced) and its status.
/// </summary>
internal sealed record AgreementTermsModel(string? Type, EquatableArray<Ref> Parties, Ref? Subject, TimeModel? Concluded, string? Status, LocationInfo Location);

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
    string? Class)
{
    /// <summary>Where <c>codes.iso2</c>, <c>codes.iso3</c>, <c>codes.currency</c> and <c>codes.wikidata</c> were written (keys iso2, iso3, currency, wikidata).</summary>
    public EquatableArray<FieldLocation> CodeLocations { get; init; }

    /// <summary>Where <c>codes</c> was written (the entity's location when it has none).</summary>
    public LocationInfo CodesLocation { get; init; } = LocationInfo.None;

    /// <summary>The sources of the codes (<c>codes.source</c>).</summary>
    public EquatableArray<CitationModel> CodeSources { get; init; }

    /// <summary>The sources of other values the article does not give: facts in the description, aliases (<c>sources</c>).</summary>
    public EquatableArray<CitationModel> Sources { get; init; }

    /// <summary>The organisations a person works or worked for (<c>employers</c>).</summary>
    public EquatableArray<AffiliationModel> Employers { get; init; }

    /// <summary>A person's ranks (<c>ranks</c>).</summary>
    public EquatableArray<RankModel> Ranks { get; init; }

    /// <summary>An agreement's terms (<c>agreement</c>), or null.</summary>
    public AgreementTermsModel? Agreement { get; init; }
}

/// <summary>A registry file: entities of one kind.</summary>
internal sealed record RegistryFileModel(string Path, string Kind, EquatableArray<EntityModel> Entities)
{
    /// <summary>Where <c>kind</c> was written: the registry step checks it against the vocabulary's entity kinds.</summary>
    public LocationInfo KindLocation { get; init; } = LocationInfo.None;
}

/// <summary>
/// An evidence selector: the exact passage, disambiguated by prefix, suffix or occurrence. A value type, held inline
/// by its fact (every fact has one).
/// </summary>
internal readonly record struct EvidenceModel(string Text, string? Prefix, string? Suffix, int? Occurrence, LocationInfo Location);

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

/// <summary>An entity taking part in an event, with its role. A value type, held inline by the event's array.</summary>
internal readonly record struct ParticipantModel(Ref Entity, string Role)
{
    /// <summary>Where the role was written (the participant's place when it was left to the default).</summary>
    public LocationInfo RoleLocation { get; init; } = LocationInfo.None;
}

/// <summary>
/// What a source says of a fact: a factuality value (events) or a stance (claims). Source <c>author</c> is the article's
/// author. A value type, held inline by the fact's array.
/// </summary>
internal readonly record struct AttributionModel(Ref Source, string Value, LocationInfo Location)
{
    /// <summary>Where the value (a factuality value or a stance) was written.</summary>
    public LocationInfo ValueLocation { get; init; } = LocationInfo.None;
}

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
    EvidenceModel Evidence)
{
    /// <summary>Where each field's value was written.</summary>
    public EquatableArray<FieldLocation> Fields { get; init; }
}

/// <summary>A relation between two entities.</summary>
internal sealed record RelationModel(string Id, LocationInfo Location, string Type, Ref Subject, Ref Object, TimeModel? Time, EvidenceModel Evidence)
{
    /// <summary>Where the type was written.</summary>
    public LocationInfo TypeLocation { get; init; } = LocationInfo.None;
}

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
    EvidenceModel Evidence)
{
    /// <summary>Where each field's value was written.</summary>
    public EquatableArray<FieldLocation> Fields { get; init; }
}

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
    EvidenceModel Evidence)
{
    /// <summary>Where each field's value was written.</summary>
    public EquatableArray<FieldLocation> Fields { get; init; }
}

/// <summary>An article annotation file.</summary>
internal sealed record ArticleFileModel(
    string Path,
    ArticleMetaModel Meta,
    EquatableArray<EventModel> Events,
    EquatableArray<RelationModel> Relations,
    EquatableArray<QuantityModel> Quantities,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<ClaimModel> Claims,
    EquatableArray<CorrectionModel> Corrections)
{
    /// <summary>Every fact's acknowledged warnings, in file order.</summary>
    public EquatableArray<AcknowledgementModel> Acknowledgements { get; init; }
}

/// <summary>The result of parsing one YAML file on its own: at most one model, and its diagnostics.</summary>
internal sealed record FileResult(string Path, string ContentSha256, RegistryFileModel? Registry, ArticleFileModel? Article, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Entities this file declares that did not make it into a model (a file that failed to parse, an entity missing
    /// a required field): references to them are not reported as unknown, since the file's own errors explain them,
    /// and the generator gives them placeholder members so that the user's code does not fail on them as well.
    /// </summary>
    public EquatableArray<DeclaredEntity> Unbound { get; init; }

    /// <summary>The entity kind the file declares, when it did not bind but its <c>kind</c> could still be read.</summary>
    public string? UnboundKind { get; init; }

    /// <summary>The vocabulary this file declares (a vocabulary file), or null.</summary>
    public VocabularyFileModel? Vocabulary { get; init; }
}

/// <summary>An entity a file declares but that did not bind: its id, and its name where it could be read.</summary>
internal sealed record DeclaredEntity(string Id, string? Name);

/// <summary>An article text file, with its SHA-256 (over its UTF-8 bytes).</summary>
internal sealed record TextFileModel(string Path, string Text, string Sha256);

/// <summary>
/// Where a field's value was written, by key: lets fact checks point at the exact value. A value type: a model keeps one
/// per field it read. Without the path, which is the model's own (<see cref="FieldLocations.At"/> takes it from the
/// model's location): half a million of them in a corpus of a thousand articles.
/// </summary>
internal readonly record struct FieldLocation
{
    private readonly int _start;
    private readonly int _end;
    private readonly int _startLine;
    private readonly int _startColumn;
    private readonly int _endLine;
    private readonly int _endColumn;

    /// <summary>The field <paramref name="key"/>, whose value is at <paramref name="location"/> (its path is not kept).</summary>
    public FieldLocation(string key, LocationInfo location)
    {
        Key = key;
        _start = location.Start;
        _end = location.End;
        _startLine = location.StartLine;
        _startColumn = location.StartColumn;
        _endLine = location.EndLine;
        _endColumn = location.EndColumn;
    }

    /// <summary>The field's key.</summary>
    public string Key { get; }

    /// <summary>Where the value was written, in the file <paramref name="path"/> (the model's).</summary>
    public LocationInfo In(string path) => new(path, _start, _end, _startLine, _startColumn, _endLine, _endColumn);
}

/// <summary>
/// A curator's acknowledgement, on one fact, that a warning is known and kept on purpose
/// (<c>acknowledge: [{ id: DSG0501, reason: ... }]</c>).
/// </summary>
internal sealed record AcknowledgementModel(string FactId, string DiagnosticId, LocationInfo IdLocation, string Reason, LocationInfo Location);

/// <summary>
/// The fields whose place a fact model keeps (<c>Fields</c>): those the checks point at with <see cref="FieldLocations.At"/>
/// and <see cref="FieldLocations.Has"/>, not every field (the driver keeps every model: half a million places in a
/// thousand articles). A check that points at another field adds it here, or its diagnostic falls back to the fact's place.
/// </summary>
internal static class LocatedFields
{
    /// <summary>An event's: its type and crosswalk codes (FactLinker).</summary>
    public static readonly string[] Event = { "type", "crosswalk" };

    /// <summary>A figure's: those FactChecks reports as not for its type, wrong or inconsistent.</summary>
    public static readonly string[] Quantity = { "currency", "percent", "amount", "measure", "from", "to" };

    /// <summary>A correction's: its kind (FactLinker) and correct form (FactChecks).</summary>
    public static readonly string[] Correction = { "kind", "correct" };
}

/// <summary>Lookups over <see cref="FieldLocation"/> lists.</summary>
internal static class FieldLocations
{
    /// <summary>
    /// The location of the value of <paramref name="key"/>, or <paramref name="fallback"/> when it was not written; the
    /// fallback is the model's own location, whose file the fields are in.
    /// </summary>
    public static LocationInfo At(this EquatableArray<FieldLocation> fields, string key, LocationInfo fallback)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
            {
                return fields[i].In(fallback.Path);
            }
        }

        return fallback;
    }

    /// <summary>Whether <paramref name="key"/> was written.</summary>
    public static bool Has(this EquatableArray<FieldLocation> fields, string key)
    {
        foreach (var field in fields)
        {
            if (field.Key == key)
            {
                return true;
            }
        }

        return false;
    }
}
