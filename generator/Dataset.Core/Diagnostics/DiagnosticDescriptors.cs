using System.Collections.Generic;

namespace Dataset.Core.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, in documented bands (see docs/diagnostics.md):
/// DSG00xx YAML syntax and limits, DSG01xx schema shape, DSG02xx ids and references, DSG03xx evidence and text,
/// DSG04xx dates and time, DSG05xx quantities, DSG06xx factuality and claims, DSG07xx corrections,
/// DSG08xx identifiers and naming, DSG09xx internal errors.
/// Messages never repeat the place: the diagnostic carries it (and a first occurrence as an additional location).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "docs/diagnostics.md#"; // repository-relative until the project has a public home

    public static readonly DiagnosticDescriptor YamlSyntax = Error("DSG0001", "YAML syntax error", "Dataset.Syntax",
        "Close the bracket or quote; check indentation at the reported line.",
        "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("DSG0002", "Duplicate key", "Dataset.Syntax",
        "Delete one of the two keys.",
        "the key '{0}' appears twice in this mapping; keep one (the first is the additional location)");

    public static readonly DiagnosticDescriptor AliasNotSupported = Error("DSG0003", "YAML anchors and aliases are not supported", "Dataset.Syntax",
        "Write the value out in full; anchors, aliases and tags are never needed in dataset files (and aliases are how YAML bombs work).",
        "YAML anchors, aliases and tags are not supported in dataset files; write the value out in full");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error("DSG0004", "Nesting too deep", "Dataset.Limits",
        "Flatten the structure; the schema never nests that deep.",
        "the YAML nests deeper than {0} levels; dataset files never need that much nesting");

    public static readonly DiagnosticDescriptor FileTooLarge = Error("DSG0005", "File too large", "Dataset.Limits",
        "Split the data into several files (one registry file per kind, one file per article).",
        "the file has {0} characters, more than the limit of {1}; split it into several files");

    public static readonly DiagnosticDescriptor ScalarTooLong = Error("DSG0006", "Value too long", "Dataset.Limits",
        "Shorten the value (limit: 64 Ki characters).",
        "this value has {0} characters, more than the limit of {1}; shorten it");

    public static readonly DiagnosticDescriptor ForbiddenCharacter = Error("DSG0007", "Control or invisible character", "Dataset.Syntax",
        "Delete the invisible character; retype the value if unsure where it is.",
        "the value contains the control, invisible or bidirectional character U+{0}; remove it (it could disguise what the text says)");

    public static readonly DiagnosticDescriptor NotADatasetFile = Error("DSG0100", "Not a dataset file", "Dataset.Schema",
        "Start the file with `schema: 2`, then either `kind:` + `entities:`, `article:` or `vocabulary:`; or remove it from the data folder.",
        "{0}; a dataset file is one YAML mapping with 'schema: 2' and either 'kind' and 'entities' (a registry file), 'article' (an article file) or 'vocabulary' (the vocabulary file)");

    public static readonly DiagnosticDescriptor UnknownField = Error("DSG0101", "Unknown field", "Dataset.Schema",
        "Correct the field name (the message suggests the nearest) or remove it; see docs/annotation-guide.md.",
        "unknown field '{0}' in {1}{2}; remove it or correct its name");

    public static readonly DiagnosticDescriptor MissingField = Error("DSG0102", "Missing required field", "Dataset.Schema",
        "Add the field.",
        "{0} is missing the required field '{1}'");

    public static readonly DiagnosticDescriptor WrongNodeType = Error("DSG0103", "Wrong kind of value", "Dataset.Schema",
        "Write the kind of value the field takes (a single value, a list or a mapping).",
        "'{0}' must be {1}, not {2}");

    public static readonly DiagnosticDescriptor InvalidEnumValue = Error("DSG0104", "Value not in the allowed set", "Dataset.Schema",
        "Use one of the listed values.",
        "'{0}' is not a valid {1}; use one of: {2}");

    public static readonly DiagnosticDescriptor InvalidScalar = Error("DSG0105", "Invalid value", "Dataset.Schema",
        "Write the value in the documented format (two capital letters; `Q` + digits; a plain number).",
        "'{0}' is not a valid {1}");

    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = Error("DSG0106", "Unsupported schema version", "Dataset.Schema",
        "Write `schema: 2` (or `schema: 1`: registry and article files of schema 1 are read unchanged).",
        "schema version '{0}' is not supported; this generator reads 'schema: 1' and 'schema: 2'");

    public static readonly DiagnosticDescriptor AcknowledgementNotAllowed = Error("DSG0107", "Acknowledgement of a diagnostic that cannot be acknowledged", "Dataset.Schema",
        "Fix the error instead. Only the warnings marked *acknowledgeable* below can be acknowledged; correct the id if it is a typo (the message suggests the nearest).",
        "'{0}' cannot be acknowledged: {1}; only the warnings listed in docs/diagnostics.md as acknowledgeable can be, and errors must be fixed");

    public static readonly DiagnosticDescriptor UnusedAcknowledgement = Warning("DSG0108", "Acknowledgement matches no warning", "Dataset.Schema",
        "Remove the acknowledgement: the warning it was written for no longer occurs (or never did for this fact).",
        "this fact acknowledges {0}, but no {0} warning is reported for it; remove the acknowledgement");

    public static readonly DiagnosticDescriptor VocabularyNeedsSchema2 = Error("DSG0109", "Vocabulary file of schema 1", "Dataset.Schema",
        "Write `schema: 2` at the top of the vocabulary file: vocabularies are new in schema 2. Registry and article files may stay at `schema: 1`.",
        "a vocabulary file needs 'schema: 2' (vocabularies are new in schema 2); registry and article files may keep 'schema: 1'");

    public static readonly DiagnosticDescriptor SecondVocabulary = Error("DSG0110", "More than one vocabulary file", "Dataset.Schema",
        "Merge the two files into one: a dataset has one vocabulary (the other file is the additional location). The default news vocabulary applies only when there is none.",
        "the dataset already has a vocabulary (the additional location); a dataset has one vocabulary file: merge the two");

    public static readonly DiagnosticDescriptor InvalidId = Error("DSG0201", "Invalid id", "Dataset.References",
        "Use kebab-case: `ilse-marant`.",
        "'{0}' is not a valid id; ids are kebab-case: lowercase letters and digits in words joined by single hyphens, starting with a letter");

    public static readonly DiagnosticDescriptor DuplicateId = Error("DSG0202", "Duplicate id", "Dataset.References",
        "Give one of them another id; ids are unique across all registry files, fact ids within their article.",
        "the id '{0}' is already used (see the additional location); ids must be unique");

    public static readonly DiagnosticDescriptor UnknownReference = Error("DSG0203", "Unknown reference", "Dataset.References",
        "Correct the id (the message suggests the nearest known ids) or add the entity to the registry. References to ids declared in a file that fails to parse, or in an entity dropped for a missing field, are not reported: fix that file's own errors first.",
        "no {0} has the id '{1}'{2}");

    public static readonly DiagnosticDescriptor WrongReferenceKind = Error("DSG0204", "Reference to the wrong kind of entity", "Dataset.References",
        "Refer to an entity of the kind the field needs (an organisation for `publisher`).",
        "'{0}' is a {1}, but {2} must refer to {3}");

    public static readonly DiagnosticDescriptor UnknownTerm = Error("DSG0205", "Unknown vocabulary term", "Dataset.References",
        "Use a code the vocabulary declares (the message suggests the nearest), or add the term to the vocabulary file.",
        "no {0} has the code '{1}' in the {2}{3}");

    public static readonly DiagnosticDescriptor RoleNotTaken = Error("DSG0206", "Role the event type does not take", "Dataset.References",
        "Use one of the roles the event type takes (its `roles` in the vocabulary, or its parent's), or add the role to that list.",
        "the event type '{0}' takes the roles {1}, not '{2}'{3}");

    public static readonly DiagnosticDescriptor DuplicateTerm = Error("DSG0207", "Duplicate vocabulary code", "Dataset.References",
        "Give one of the two terms another code: codes are unique within each set of terms (the first is the additional location).",
        "the {0} '{1}' is already declared (see the additional location); codes are unique within each set of terms");

    public static readonly DiagnosticDescriptor HierarchyCycle = Error("DSG0208", "Vocabulary hierarchy cycle", "Dataset.References",
        "Break the cycle: a term's `parent` (an entity kind's `extends`) must lead to a root (an event type without parent, a built-in kind).",
        "the {0} '{1}' is its own ancestor ({2}); break the cycle");

    public static readonly DiagnosticDescriptor SharedName = Warning("DSG0209", "Name shared by two entities", "Dataset.References",
        "Make the alias specific to one entity (a fuller form, or the form the article writes) or remove it from one of them. While two entities share a name, Entities.Find returns the first by id and Entities.FindAll both, and a mention of the name counts for both.",
        "'{0}' names both '{1}' and '{2}' (the first is the additional location); a lookup or a mention of it cannot tell them apart: make it specific to one entity or remove it from one");

    public static readonly DiagnosticDescriptor TextFileMissing = Error("DSG0301", "Article text not found", "Dataset.Evidence",
        "Put the article text next to the YAML file, under the data folder, so it is an AdditionalFile.",
        "the article text '{0}' was not found next to this file; add it beside the YAML file as an AdditionalFile");

    public static readonly DiagnosticDescriptor TextHashMismatch = Error("DSG0302", "Article text does not match its sha256", "Dataset.Evidence",
        "Check every evidence against the new text, then write the new hash (`sha256sum file.txt`).",
        "the sha256 of '{0}' is {1}, not {2}; the text changed: check every evidence against it, then update the hash");

    public static readonly DiagnosticDescriptor EvidenceNotFound = Error("DSG0303", "Evidence not found in the article text", "Dataset.Evidence",
        "Copy the passage exactly; the message shows the closest passage. Whitespace, curly quotes and `\\$` escapes are normalised for you.",
        "the evidence \"{0}\" is not in the article text; copy the passage exactly ({1})");

    public static readonly DiagnosticDescriptor EvidenceAmbiguous = Error("DSG0304", "Evidence is ambiguous", "Dataset.Evidence",
        "Quote a longer passage, or add `prefix`, `suffix` or `occurrence`.",
        "the evidence \"{0}\" occurs {1} times in the article text; {2}");

    public static readonly DiagnosticDescriptor InvalidTime = Error("DSG0401", "Invalid date or time value", "Dataset.Time",
        "Write an existing date of the right form: `2013`, `2013-H2`, `2013-Q3`, `2013-07`, `2013-07-08`, or an interval `start/end` with start first.",
        "'{0}' is not a valid {1}: {2}");

    public static readonly DiagnosticDescriptor OccurredAfterPublication = Error("DSG0402", "Event dated after the article", "Dataset.Time",
        "An event marked `occurred` must have ended (an `ongoing` one begun) by the publication date: use `planned` or `announced` for what the article expects, or correct the date. Only dates certainly after the article count: `2013-08` in an article of 2013-08-08 is fine, and `mod: before` is never reported.",
        "the event '{0}' has status '{1}', but its time '{2}' {3} after the article's publication date {4}; use status 'planned' or 'announced', or correct the date");

    public static readonly DiagnosticDescriptor SaidAfterPublication = Error("DSG0403", "Quote dated after the article", "Dataset.Time",
        "Correct `said`: a quotation cannot be dated after the article that prints it.",
        "the quote '{0}' is dated '{1}', which begins {2}, after the article's publication date {3}; correct 'said'");

    public static readonly DiagnosticDescriptor ChangeArithmetic = Warning("DSG0501", "Change disagrees with its two amounts", "Dataset.Quantities",
        "Check `percent` and the `amount`s of the two linked figures; up to one percentage point of difference is rounding and not reported. When the article's own figures disagree, keep them as written and acknowledge: `acknowledge: [{ id: DSG0501, reason: \"the article's own figures; the text is kept as written\" }]`.",
        "the change '{0}' disagrees with its figures: {1}; check 'percent' and the two linked amounts, or acknowledge the article's own figures");

    public static readonly DiagnosticDescriptor ChangeMismatch = Error("DSG0502", "Change links figures that do not match", "Dataset.Quantities",
        "Link two figures of the same type, measure and currency (and give the change the same `measure`).",
        "the change '{0}' links '{1}' and '{2}', but {3}; a change links two figures of the same type, measure and currency");

    public static readonly DiagnosticDescriptor UnknownCurrency = Error("DSG0503", "Not an ISO 4217 currency code", "Dataset.Quantities",
        "Write an active ISO 4217 alphabetic code in capitals (`USD`, `EUR`, `RUB`). The generator embeds ISO 4217 List One (current currencies and funds); withdrawn codes are not accepted.",
        "'{0}' is not an active ISO 4217 currency code{1}");

    public static readonly DiagnosticDescriptor MoneyWithoutPeriod = Warning("DSG0504", "Money figure without a period", "Dataset.Quantities",
        "Add the `period` the amount refers to (the year of a trade figure, the date of a contract), resolving implicit years against the article's date. If the article gives none, acknowledge: `acknowledge: [{ id: DSG0504, reason: \"the article gives no period\" }]`.",
        "the money figure '{0}' has no 'period'; add the time the amount refers to, or acknowledge that the article gives none");

    public static readonly DiagnosticDescriptor FieldNotForQuantityType = Error("DSG0505", "Field does not apply to this type of quantity", "Dataset.Quantities",
        "Remove the field, or correct `type`: money has `amount`, `currency`, `period`; count has `amount`; percentage has `percent`; change has `from`, `to`, `percent`.",
        "a {0} quantity has no '{1}' ({2}); remove it or change 'type'");

    public static readonly DiagnosticDescriptor ImpossibleFigure = Error("DSG0506", "Impossible figure", "Dataset.Quantities",
        "Write the amount as a positive number (a fall is a change between two figures), and a change of at most −100 %.",
        "the {0} '{1}' of '{2}' is impossible: {3}");

    public static readonly DiagnosticDescriptor ChangeBackwards = Error("DSG0507", "Change runs backwards in time", "Dataset.Quantities",
        "Swap `from` and `to`: a change goes from the earlier figure to the later one.",
        "the change '{0}' goes from '{1}' ({2}) to '{3}' ({4}), which is earlier; swap 'from' and 'to'");

    public static readonly DiagnosticDescriptor DuplicateSource = Error("DSG0601", "Source listed twice on one fact", "Dataset.Factuality",
        "Keep one entry per source on a fact (factuality of events, attributions of claims).",
        "the source '{0}' is already listed for this fact (see the additional location); keep one entry per source");

    public static readonly DiagnosticDescriptor OccurredButAuthorDenies = Warning("DSG0602", "Event marked occurred but the author says it did not", "Dataset.Factuality",
        "Correct `status` (for example `refused` or `cancelled`) or the author's factuality; if the article really reports as having happened what its author says did not, acknowledge it with the reason.",
        "the event '{0}' has status 'occurred', but the author's factuality is '{1}'; correct 'status' or the factuality, or acknowledge it");

    public static readonly DiagnosticDescriptor CorrectionUnchanged = Warning("DSG0701", "Correction changes nothing", "Dataset.Corrections",
        "Write the correct form in `correct`, or remove the correction if the article is right. Compared with the evidence normalisation (whitespace, quotes).",
        "the correction '{0}' has 'correct' equal to 'written' (\"{1}\"); write the correct form, or remove the correction");

    public static readonly DiagnosticDescriptor CorrectionOutsideEvidence = Warning("DSG0702", "Corrected text is not in the correction's evidence", "Dataset.Corrections",
        "Quote in `evidence` the passage that contains the `written` text, so that readers see the error in context.",
        "the correction '{0}' corrects \"{1}\", which is not inside its evidence passage; quote the passage that contains it");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error("DSG0801", "Two names get the same C# name", "Dataset.Naming",
        "Rename one entity (or change one vocabulary code or class name) so their PascalCase names differ.",
        "'{0}' and '{1}' (the additional location) would both become the C# member '{2}.{3}'; rename one of them");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("DSG0802", "Name gives no valid C# identifier", "Dataset.Naming",
        "Use a name that starts with a letter (Latin letters and digits make the member name).",
        "the name '{0}' gives no valid C# identifier ('{1}'); use a name that starts with a letter");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error("DSG0803", "Invalid namespace", "Dataset.Naming",
        "Set a namespace made of dotted C# identifiers.",
        "'{0}' is not a valid C# namespace; set DatasetNamespace to dotted identifiers such as 'My.Data'");

    public static readonly DiagnosticDescriptor ReservedName = Error("DSG0804", "Name taken by the generated code", "Dataset.Naming",
        "Choose another id, name or code: its PascalCase form is a member that the generated class has of its own (`All`, the list; for vocabulary terms also `Find`, `TryFind` and `Index`).",
        "'{0}' would become the C# member '{1}.{2}', which the generated code has of its own ({3}); choose another");

    public static readonly DiagnosticDescriptor ReservedClass = Error("DSG0805", "Class name taken by the generated code", "Dataset.Naming",
        "Give the entity kind another `class`: the generated code declares a class of that name of its own (a built-in kind's, such as `People`, or one of the dataset's, such as `Corpus` or `EventTypes`).",
        "entity kind '{0}' would become the class '{1}', which the generated code declares of its own ({2}); choose another class name");

    public static readonly DiagnosticDescriptor ValueWithoutSource = Warning("DSG1101", "Value the article does not give, without a source", "Dataset.Provenance",
        "Add a 'source' ({ title, url }, optionally 'accessed') naming where the value was checked, or remove the value. Codes take 'source' inside 'codes'; a position takes its own 'source'.",
        "the article does not give {0}{1}; add a 'source' with the title and URL where it was checked, or remove it");

    public static readonly DiagnosticDescriptor MorePreciseThanArticle = Warning("DSG1102", "Date more precise than the article", "Dataset.Provenance",
        "Write the date as precisely as the article gives it (its paragraph and the publication date), or give the time its 'source' in the mapping form { value, source }.",
        "'{0}' is more precise than the article: the fact's paragraph names no {1}; write what the article gives ({2}) or add a 'source' to the time");

    public static readonly DiagnosticDescriptor InternalError = Error("DSG0901", "Internal generator error", "Dataset.Internal",
        "Report it with the file named in the message. The build does not fail with CS8785: the generator turns its own failures into this error.",
        "Dataset.Generator failed while processing this file ({0}); the output may be incomplete; please report this with the file");

    /// <summary>All descriptors by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        YamlSyntax, DuplicateKey, AliasNotSupported, NestingTooDeep, FileTooLarge, ScalarTooLong, ForbiddenCharacter,
        NotADatasetFile, UnknownField, MissingField, WrongNodeType, InvalidEnumValue, InvalidScalar, UnsupportedSchemaVersion,
        AcknowledgementNotAllowed, UnusedAcknowledgement, VocabularyNeedsSchema2, SecondVocabulary,
        InvalidId, DuplicateId, UnknownReference, WrongReferenceKind, UnknownTerm, RoleNotTaken, DuplicateTerm, HierarchyCycle, SharedName,
        TextFileMissing, TextHashMismatch, EvidenceNotFound, EvidenceAmbiguous,
        InvalidTime, OccurredAfterPublication, SaidAfterPublication,
        ChangeArithmetic, ChangeMismatch, UnknownCurrency, MoneyWithoutPeriod, FieldNotForQuantityType, ImpossibleFigure, ChangeBackwards,
        DuplicateSource, OccurredButAuthorDenies,
        CorrectionUnchanged, CorrectionOutsideEvidence,
        IdentifierCollision, InvalidIdentifier, InvalidNamespace, ReservedName, ReservedClass,
        ValueWithoutSource, MorePreciseThanArticle,
        InternalError);

    private static DiagnosticDescriptor Error(string id, string title, string category, string description, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, description, HelpBase + id.ToLowerInvariant());

    /// <summary>A likely mistake that still yields correct data; a curator may acknowledge it on the fact (docs/annotation-guide.md).</summary>
    private static DiagnosticDescriptor Warning(string id, string title, string category, string description, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, description, HelpBase + id.ToLowerInvariant());

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
