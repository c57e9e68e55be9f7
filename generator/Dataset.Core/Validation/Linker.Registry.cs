using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <content>The registry step: entity ids, generated members and every entity's own checks.</content>
internal sealed partial class Linker
{
    /// <summary>Links the registry files on their own (in path order): the first step, which every article's step depends on.</summary>
    public static RegistryResult LinkRegistry(IReadOnlyList<FileResult> registryFiles, CancellationToken cancellationToken)
    {
        var ordered = registryFiles.Where(f => f.Registry is not null).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).ToList();
        var accepted = CollectEntities(ordered.Select(f => f.Registry!), diagnostics);
        var members = AssignMembers(accepted, diagnostics);
        var table = new EntityTable(accepted
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new EntityKey(e.Id, e.Kind, e.Name, e.Aliases.Select(a => a.Text).ToEquatableArray(), members.TryGetValue(e.Id, out var m) ? m : null))
            .ToEquatableArray());

        var linker = new Linker(LookupsOf(table), cancellationToken);
        foreach (var entity in accepted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            linker.CheckEntity(entity);
        }

        diagnostics.AddRange(linker._diagnostics);
        return new RegistryResult(table, accepted.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Every entity with a valid id not declared before (in file order); reports the others.</summary>
    private static List<EntityModel> CollectEntities(IEnumerable<RegistryFileModel> registries, List<DiagnosticInfo> diagnostics)
    {
        var accepted = new List<EntityModel>();
        var seen = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var registry in registries)
        {
            foreach (var entity in registry.Entities)
            {
                if (CheckId(entity.Id, entity.Location, seen, diagnostics))
                {
                    accepted.Add(entity);
                }
            }
        }

        return accepted;
    }

    /// <summary>The generated member of each entity (PascalCase of its name), unique within its class; reports the others.</summary>
    private static Dictionary<string, string> AssignMembers(List<EntityModel> entities, List<DiagnosticInfo> diagnostics)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new Dictionary<string, EntityModel>(StringComparer.Ordinal);
        foreach (var entity in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var member = Naming.ToPascalCase(entity.Name);
            var cls = Vocabulary.ClassFor(entity.Kind);
            if (!Naming.IsValidIdentifier(member) || member == "All")
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIdentifier, entity.NameLocation, entity.Name, member));
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

    private void CheckEntity(EntityModel entity)
    {
        CheckCode(entity.Iso2, entity, "iso2", "ISO 3166-1 alpha-2 code (two capital letters such as IR)", 2);
        CheckCode(entity.Iso3, entity, "iso3", "ISO 3166-1 alpha-3 code (three capital letters such as IRN)", 3);
        CheckCode(entity.Currency, entity, "currency", "ISO 4217 currency code (three capital letters such as USD)", 3);
        if (entity.Wikidata is { } q && !IsQid(q))
        {
            Report(DiagnosticDescriptors.InvalidScalar, entity.CodeLocations.At("wikidata", entity.Location), q, "Wikidata id (Q followed by digits, such as Q159)");
        }

        if ((entity.Iso2 is not null || entity.Iso3 is not null || entity.Currency is not null) && entity.Kind != "country")
        {
            Report(DiagnosticDescriptors.UnknownField, entity.Location, "codes.iso2/iso3/currency", "a " + entity.Kind, " (country codes belong to countries)");
        }

        if (entity.Class is not null && entity.Kind is not ("weapon" or "vessel"))
        {
            Report(DiagnosticDescriptors.UnknownField, entity.Location, "class", "a " + entity.Kind, " (only weapons and vessels have a class)");
        }

        if (!entity.Positions.IsEmpty && entity.Kind != "person")
        {
            Report(DiagnosticDescriptors.UnknownField, entity.Location, "positions", "a " + entity.Kind, " (only people hold positions)");
        }

        ResolveEntity(entity.PartOf, "'part-of'", null);
        ResolveEntity(entity.Country, "'country'", "country");
        foreach (var position in entity.Positions)
        {
            ResolveEntity(position.Of, "a position's 'of'", null);
            CheckTime(position.Time, "time value");
        }
    }

    private void CheckCode(string? code, EntityModel entity, string key, string what, int length)
    {
        if (code is null)
        {
            return;
        }

        if (code.Length != length || code.Any(c => c < 'A' || c > 'Z'))
        {
            Report(DiagnosticDescriptors.InvalidScalar, entity.CodeLocations.At(key, entity.Location), code, what);
        }
    }

    private static bool IsQid(string q) => q.Length >= 2 && q[0] == 'Q' && q[1] != '0' && q.Skip(1).All(c => c >= '0' && c <= '9');
}
