using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// The registry step, the first of the three link steps: entity ids, generated members and every entity's own checks.
/// Its <see cref="EntityTable"/> holds no locations, so a registry edit that only moves lines re-links no article.
/// </summary>
internal static class RegistryLinker
{
    /// <summary>Links the registry files on their own (in path order).</summary>
    public static RegistryResult Link(IReadOnlyList<FileResult> registryFiles, VocabularyModel vocabulary, CancellationToken cancellationToken)
    {
        var ordered = registryFiles.Where(f => f.Registry is not null).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(ordered.SelectMany(f => f.Diagnostics));

        // Each file's kind is a built-in kind or one the vocabulary declares; a file of an unknown kind is reported
        // once, at its 'kind', and its entities are left out (references to them are not reported again).
        var known = new List<RegistryFileModel>();
        var dropped = new List<string>();
        var unbound = new List<UnboundEntity>();
        foreach (var result in ordered)
        {
            var file = result.Registry!;
            dropped.AddRange(result.Unbound.Select(e => e.Id));
            if (vocabulary.Lineage(file.Kind).Count > 0)
            {
                known.Add(file);
                unbound.AddRange(result.Unbound.Select(e => new UnboundEntity(file.Kind, result.Path, e)));
                continue;
            }

            if (!vocabulary.RejectedKinds.Contains(file.Kind, StringComparer.Ordinal)) // else already reported at the vocabulary
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownTerm, file.KindLocation, "entity kind", file.Kind, VocabularyLinker.Describe(vocabulary),
                    VocabularyLinker.DidYouMean(file.Kind, Vocabulary.BuiltInKinds.Select(k => k.Code).Concat(vocabulary.EntityKinds.Select(k => k.Code))));
            }

            dropped.AddRange(file.Entities.Select(e => e.Id));
        }

        var accepted = CollectEntities(known, diagnostics);
        SharedNames.Check(accepted.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), diagnostics);
        var members = AssignMembers(accepted, vocabulary, diagnostics);
        var table = new EntityTable(accepted
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new EntityKey(e.Id, e.Kind, e.Name, e.Aliases.Select(a => a.Text).ToEquatableArray(), members.TryGetValue(e.Id, out var m) ? m : null)
            {
                Class = vocabulary.ClassFor(e.Kind),
                Lineage = vocabulary.Lineage(e.Kind).ToEquatableArray(),
                Descriptive = e.Aliases.Where(a => a.Form is "demonym" or "as-written").Select(a => a.Text).ToEquatableArray(),
                Demonyms = e.Aliases.Where(a => a.Form == "demonym").Select(a => a.Text).ToEquatableArray(),
            })
            .ToEquatableArray());

        var resolver = EntityResolver.Of(table);
        foreach (var entity in accepted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckEntity(entity, vocabulary.BuiltInOf(entity.Kind), resolver, diagnostics);
        }

        return new RegistryResult(table, accepted.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            Vocabulary = vocabulary,
            DroppedIds = dropped.ToEquatableArray(),
            Unbound = unbound.ToEquatableArray(),
        };
    }

    /// <summary>Every entity with a valid id not declared before (in file order); reports the others.</summary>
    private static List<EntityModel> CollectEntities(IEnumerable<RegistryFileModel> registries, DiagnosticBag diagnostics)
    {
        var accepted = new List<EntityModel>();
        var scope = Ids.NewScope();
        foreach (var entity in registries.SelectMany(r => r.Entities))
        {
            if (Ids.Declare(entity.Id, entity.Location, scope, diagnostics))
            {
                accepted.Add(entity);
            }
        }

        return accepted;
    }

    /// <summary>The generated member of each entity (PascalCase of its name), unique within its class; reports the others.</summary>
    private static Dictionary<string, string> AssignMembers(List<EntityModel> entities, VocabularyModel vocabulary, DiagnosticBag diagnostics)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new Dictionary<string, EntityModel>(StringComparer.Ordinal);
        foreach (var entity in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var member = Naming.ToPascalCase(entity.Name);
            var cls = vocabulary.ClassFor(entity.Kind);
            if (!Naming.IsValidIdentifier(member))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, entity.NameLocation, entity.Name, member);
                continue;
            }

            if (member == "All")
            {
                diagnostics.Add(DiagnosticDescriptors.ReservedName, entity.NameLocation, entity.Name, cls, member, "the list of every entity of the kind");
                continue;
            }

            var key = cls + "." + member;
            if (taken.TryGetValue(key, out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, entity.NameLocation, other.NameLocation, entity.Name, other.Name, cls, member));
                continue;
            }

            taken.Add(key, entity);
            members.Add(entity.Id, member);
        }

        return members;
    }

    private static void CheckEntity(EntityModel entity, string builtIn, EntityResolver resolver, DiagnosticBag diagnostics)
    {
        Provenance.CheckCodes(entity, diagnostics);
        CheckCode(entity.Iso2, entity, "iso2", "ISO 3166-1 alpha-2 code (two capital letters such as IR)", 2, diagnostics);
        CheckCode(entity.Iso3, entity, "iso3", "ISO 3166-1 alpha-3 code (three capital letters such as IRN)", 3, diagnostics);
        CheckCode(entity.Currency, entity, "currency", "ISO 4217 currency code (three capital letters such as USD)", 3, diagnostics);
        if (entity.Wikidata is { } q && !IsQid(q))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidScalar, entity.CodeLocations.At("wikidata", entity.Location), q, "Wikidata id (Q followed by digits, such as Q159)");
        }

        if ((entity.Iso2 is not null || entity.Iso3 is not null || entity.Currency is not null) && builtIn != "country")
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownField, entity.Location, "codes.iso2/iso3/currency", "a " + entity.Kind, " (country codes belong to countries)");
        }

        if (entity.Class is not null && builtIn is not ("weapon" or "vessel"))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownField, entity.Location, "class", "a " + entity.Kind, " (only weapons and vessels have a class)");
        }

        if (!entity.Positions.IsEmpty && builtIn != "person")
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownField, entity.Location, "positions", "a " + entity.Kind, " (only people hold positions)");
        }

        foreach (var (key, present) in new[] { ("employers", !entity.Employers.IsEmpty), ("ranks", !entity.Ranks.IsEmpty) })
        {
            if (present && builtIn != "person")
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownField, entity.Location, key, "a " + entity.Kind, " (only people have " + key + ")");
            }
        }

        if (entity.Agreement is { } terms)
        {
            if (builtIn != "agreement")
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownField, entity.Location, "agreement", "a " + entity.Kind, " (only agreements have terms)");
            }

            foreach (var party in terms.Parties)
            {
                resolver.Resolve(party, "an agreement's party", "country", diagnostics, "organization");
            }

            resolver.Resolve(terms.Subject, "an agreement's 'subject'", null, diagnostics);
            TimeChecks.Check(terms.Concluded, "time value", diagnostics);
        }

        foreach (var employer in entity.Employers)
        {
            resolver.Resolve(employer.Of, "an employer's 'of'", "organization", diagnostics);
            TimeChecks.Check(employer.Time, "time value", diagnostics);
        }

        foreach (var rank in entity.Ranks)
        {
            resolver.Resolve(rank.Service, "a rank's 'service'", "organization", diagnostics);
            TimeChecks.Check(rank.Time, "time value", diagnostics);
        }

        resolver.Resolve(entity.PartOf, "'part-of'", null, diagnostics);
        resolver.Resolve(entity.Country, "'country'", "country", diagnostics);
        foreach (var position in entity.Positions)
        {
            resolver.Resolve(position.Of, "a position's 'of'", null, diagnostics);
            TimeChecks.Check(position.Time, "time value", diagnostics);
        }
    }

    private static void CheckCode(string? code, EntityModel entity, string key, string what, int length, DiagnosticBag diagnostics)
    {
        if (code is not null && (code.Length != length || code.Any(c => c < 'A' || c > 'Z')))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidScalar, entity.CodeLocations.At(key, entity.Location), code, what);
        }
    }

    private static bool IsQid(string q) => q.Length >= 2 && q[0] == 'Q' && q[1] != '0' && q.Skip(1).All(c => c >= '0' && c <= '9');
}
