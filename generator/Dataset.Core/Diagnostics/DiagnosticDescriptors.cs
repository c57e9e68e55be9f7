using System.Collections.Generic;

namespace Dataset.Core.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, in documented bands (see docs/diagnostics.md):
/// DSG00xx YAML syntax and limits, DSG01xx schema shape, DSG02xx ids and references, DSG03xx evidence and text,
/// DSG04xx dates and time, DSG05xx quantities, DSG06xx factuality and claims, DSG07xx corrections,
/// DSG08xx identifiers and naming, DSG09xx internal errors.
/// The first message argument is always the place, <c>file(line,col)</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "docs/diagnostics.md#"; // repository-relative until the project has a public home

    public static readonly DiagnosticDescriptor YamlSyntax = Error("DSG0001", "YAML syntax error", "Dataset.Syntax",
        "{0}: YAML syntax error: {1}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("DSG0002", "Duplicate key", "Dataset.Syntax",
        "{0}: the key '{1}' appears twice in this mapping (first at {2}); keep one");

    public static readonly DiagnosticDescriptor AliasNotSupported = Error("DSG0003", "YAML anchors and aliases are not supported", "Dataset.Syntax",
        "{0}: YAML anchors, aliases and tags are not supported in dataset files; write the value out in full");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error("DSG0004", "Nesting too deep", "Dataset.Limits",
        "{0}: the YAML nests deeper than {1} levels; dataset files never need that much nesting");

    public static readonly DiagnosticDescriptor FileTooLarge = Error("DSG0005", "File too large", "Dataset.Limits",
        "{0}: the file has {1} characters, more than the limit of {2}; split it into several files");

    public static readonly DiagnosticDescriptor ScalarTooLong = Error("DSG0006", "Value too long", "Dataset.Limits",
        "{0}: this value has {1} characters, more than the limit of {2}; shorten it");

    public static readonly DiagnosticDescriptor ForbiddenCharacter = Error("DSG0007", "Control or invisible character", "Dataset.Syntax",
        "{0}: the value contains the control, invisible or bidirectional character U+{1}; remove it (it could disguise what the text says)");

    public static readonly DiagnosticDescriptor NotADatasetFile = Error("DSG0100", "Not a dataset file", "Dataset.Schema",
        "{0}: {1}; a dataset file is one YAML mapping with 'schema: 1' and either 'kind' and 'entities' (a registry file) or 'article' (an article file)");

    public static readonly DiagnosticDescriptor UnknownField = Error("DSG0101", "Unknown field", "Dataset.Schema",
        "{0}: unknown field '{1}' in {2}{3}; remove it or correct its name");

    public static readonly DiagnosticDescriptor MissingField = Error("DSG0102", "Missing required field", "Dataset.Schema",
        "{0}: {1} is missing the required field '{2}'");

    public static readonly DiagnosticDescriptor WrongNodeType = Error("DSG0103", "Wrong kind of value", "Dataset.Schema",
        "{0}: '{1}' must be {2}, not {3}");

    public static readonly DiagnosticDescriptor InvalidEnumValue = Error("DSG0104", "Value not in the allowed set", "Dataset.Schema",
        "{0}: '{1}' is not a valid {2}; use one of: {3}");

    public static readonly DiagnosticDescriptor InvalidScalar = Error("DSG0105", "Invalid value", "Dataset.Schema",
        "{0}: '{1}' is not a valid {2}");

    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = Error("DSG0106", "Unsupported schema version", "Dataset.Schema",
        "{0}: schema version '{1}' is not supported; this generator reads 'schema: 1'");

    public static readonly DiagnosticDescriptor AcknowledgementNotAllowed = Error("DSG0107", "Acknowledgement of a diagnostic that cannot be acknowledged", "Dataset.Schema",
        "{0}: '{1}' cannot be acknowledged: {2}; only the warnings listed in docs/diagnostics.md as acknowledgeable can be, and errors must be fixed");

    public static readonly DiagnosticDescriptor UnusedAcknowledgement = Warning("DSG0108", "Acknowledgement matches no warning", "Dataset.Schema",
        "{0}: this fact acknowledges {1}, but no {1} warning is reported for it; remove the acknowledgement");

    public static readonly DiagnosticDescriptor InvalidId = Error("DSG0201", "Invalid id", "Dataset.References",
        "{0}: '{1}' is not a valid id; ids are kebab-case: lowercase letters and digits in words joined by single hyphens, starting with a letter");

    public static readonly DiagnosticDescriptor DuplicateId = Error("DSG0202", "Duplicate id", "Dataset.References",
        "{0}: the id '{1}' is already used at {2}; ids must be unique");

    public static readonly DiagnosticDescriptor UnknownReference = Error("DSG0203", "Unknown reference", "Dataset.References",
        "{0}: no {1} has the id '{2}'{3}");

    public static readonly DiagnosticDescriptor WrongReferenceKind = Error("DSG0204", "Reference to the wrong kind of entity", "Dataset.References",
        "{0}: '{1}' is a {2}, but {3} must refer to {4}");

    public static readonly DiagnosticDescriptor TextFileMissing = Error("DSG0301", "Article text not found", "Dataset.Evidence",
        "{0}: the article text '{1}' was not found next to this file; add it beside the YAML file as an AdditionalFile");

    public static readonly DiagnosticDescriptor TextHashMismatch = Error("DSG0302", "Article text does not match its sha256", "Dataset.Evidence",
        "{0}: the sha256 of '{1}' is {2}, not {3}; the text changed: check every evidence against it, then update the hash");

    public static readonly DiagnosticDescriptor EvidenceNotFound = Error("DSG0303", "Evidence not found in the article text", "Dataset.Evidence",
        "{0}: the evidence \"{1}\" is not in the article text; copy the passage exactly ({2})");

    public static readonly DiagnosticDescriptor EvidenceAmbiguous = Error("DSG0304", "Evidence is ambiguous", "Dataset.Evidence",
        "{0}: the evidence \"{1}\" occurs {2} times in the article text; {3}");

    public static readonly DiagnosticDescriptor InvalidTime = Error("DSG0401", "Invalid date or time value", "Dataset.Time",
        "{0}: '{1}' is not a valid {2}: {3}");

    public static readonly DiagnosticDescriptor OccurredAfterPublication = Error("DSG0402", "Event dated after the article", "Dataset.Time",
        "{0}: the event '{1}' has status '{2}', but its time '{3}' {4} after the article's publication date {5}; use status 'planned' or 'announced', or correct the date");

    public static readonly DiagnosticDescriptor SaidAfterPublication = Error("DSG0403", "Quote dated after the article", "Dataset.Time",
        "{0}: the quote '{1}' is dated '{2}', which begins {3}, after the article's publication date {4}; correct 'said'");

    public static readonly DiagnosticDescriptor ChangeArithmetic = Warning("DSG0501", "Change disagrees with its two amounts", "Dataset.Quantities",
        "{0}: the change '{1}' disagrees with its figures: {2}; check 'percent' and the two linked amounts, or acknowledge the article's own figures");

    public static readonly DiagnosticDescriptor ChangeMismatch = Error("DSG0502", "Change links figures that do not match", "Dataset.Quantities",
        "{0}: the change '{1}' links '{2}' and '{3}', but {4}; a change links two figures of the same type, measure and currency");

    public static readonly DiagnosticDescriptor UnknownCurrency = Error("DSG0503", "Not an ISO 4217 currency code", "Dataset.Quantities",
        "{0}: '{1}' is not an active ISO 4217 currency code{2}");

    public static readonly DiagnosticDescriptor MoneyWithoutPeriod = Warning("DSG0504", "Money figure without a period", "Dataset.Quantities",
        "{0}: the money figure '{1}' has no 'period'; add the time the amount refers to, or acknowledge that the article gives none");

    public static readonly DiagnosticDescriptor FieldNotForQuantityType = Error("DSG0505", "Field does not apply to this type of quantity", "Dataset.Quantities",
        "{0}: a {1} quantity has no '{2}' ({3}); remove it or change 'type'");

    public static readonly DiagnosticDescriptor ImpossibleFigure = Error("DSG0506", "Impossible figure", "Dataset.Quantities",
        "{0}: the {1} '{2}' of '{3}' is impossible: {4}");

    public static readonly DiagnosticDescriptor ChangeBackwards = Error("DSG0507", "Change runs backwards in time", "Dataset.Quantities",
        "{0}: the change '{1}' goes from '{2}' ({3}) to '{4}' ({5}), which is earlier; swap 'from' and 'to'");

    public static readonly DiagnosticDescriptor DuplicateSource = Error("DSG0601", "Source listed twice on one fact", "Dataset.Factuality",
        "{0}: the source '{1}' is already listed for this fact at {2}; keep one entry per source");

    public static readonly DiagnosticDescriptor OccurredButAuthorDenies = Warning("DSG0602", "Event marked occurred but the author says it did not", "Dataset.Factuality",
        "{0}: the event '{1}' has status 'occurred', but the author's factuality is '{2}'; correct 'status' or the factuality, or acknowledge it");

    public static readonly DiagnosticDescriptor CorrectionUnchanged = Warning("DSG0701", "Correction changes nothing", "Dataset.Corrections",
        "{0}: the correction '{1}' has 'correct' equal to 'written' (\"{2}\"); write the correct form, or remove the correction");

    public static readonly DiagnosticDescriptor CorrectionOutsideEvidence = Warning("DSG0702", "Corrected text is not in the correction's evidence", "Dataset.Corrections",
        "{0}: the correction '{1}' corrects \"{2}\", which is not inside its evidence passage; quote the passage that contains it");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error("DSG0801", "Two entities get the same C# name", "Dataset.Naming",
        "{0}: '{1}' and '{2}' (at {3}) would both become the C# member '{4}.{5}'; rename one of them");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("DSG0802", "Name gives no valid C# identifier", "Dataset.Naming",
        "{0}: the name '{1}' gives no valid C# identifier ('{2}'); use a name that starts with a letter");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error("DSG0803", "Invalid namespace", "Dataset.Naming",
        "{0}: '{1}' is not a valid C# namespace; set DatasetNamespace to dotted identifiers such as 'My.Data'");

    public static readonly DiagnosticDescriptor InternalError = Error("DSG0901", "Internal generator error", "Dataset.Internal",
        "{0}: Dataset.Generator failed while processing this file ({1}); the output may be incomplete; please report this with the file");

    /// <summary>All descriptors by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        YamlSyntax, DuplicateKey, AliasNotSupported, NestingTooDeep, FileTooLarge, ScalarTooLong, ForbiddenCharacter,
        NotADatasetFile, UnknownField, MissingField, WrongNodeType, InvalidEnumValue, InvalidScalar, UnsupportedSchemaVersion,
        AcknowledgementNotAllowed, UnusedAcknowledgement,
        InvalidId, DuplicateId, UnknownReference, WrongReferenceKind,
        TextFileMissing, TextHashMismatch, EvidenceNotFound, EvidenceAmbiguous,
        InvalidTime, OccurredAfterPublication, SaidAfterPublication,
        ChangeArithmetic, ChangeMismatch, UnknownCurrency, MoneyWithoutPeriod, FieldNotForQuantityType, ImpossibleFigure, ChangeBackwards,
        DuplicateSource, OccurredButAuthorDenies,
        CorrectionUnchanged, CorrectionOutsideEvidence,
        IdentifierCollision, InvalidIdentifier, InvalidNamespace,
        InternalError);

    private static DiagnosticDescriptor Error(string id, string title, string category, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, HelpBase + id.ToLowerInvariant());

    /// <summary>A likely mistake that still yields correct data; a curator may acknowledge it on the fact (docs/annotation-guide.md).</summary>
    private static DiagnosticDescriptor Warning(string id, string title, string category, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, HelpBase + id.ToLowerInvariant());

    private static IReadOnlyDictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in descriptors)
        {
            map.Add(d.Id, d);
        }

        return map;
    }
}
