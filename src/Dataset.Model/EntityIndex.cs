using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Dataset;

/// <summary>
/// Lookups over a dataset's entities by id, by name or alias (case-insensitive), by ISO code and by Wikidata id.
/// Built once from the generated entity list; no lookup throws on a miss. Uses <c>FrozenDictionary</c> on .NET 8.
/// </summary>
public sealed class EntityIndex
{
    private readonly IReadOnlyDictionary<string, Entity> _byId;
    private readonly IReadOnlyDictionary<string, Entity[]> _byName;
    private readonly IReadOnlyDictionary<string, Country> _byIso;
    private readonly IReadOnlyDictionary<string, Entity> _byWikidata;

    /// <summary>Builds the index.</summary>
    /// <param name="entities">Every entity of the dataset, ids unique.</param>
    /// <exception cref="ArgumentException">Two entities share an id.</exception>
    public EntityIndex(IEnumerable<Entity> entities)
    {
        if (entities is null)
        {
            throw new ArgumentNullException(nameof(entities));
        }

        All = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
        var byIso = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byWikidata = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in All)
        {
            byId.Add(entity.Id, entity);
            AddName(byName, entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                AddName(byName, alias.Text, entity);
            }

            if (entity is Country country)
            {
                if (country.Iso2 is { } iso2)
                {
                    byIso[iso2] = country;
                }

                if (country.Iso3 is { } iso3)
                {
                    byIso[iso3] = country;
                }
            }

            if (entity.Wikidata is { } qid)
            {
                byWikidata[qid] = entity;
            }
        }

        var names = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
#if NET8_0_OR_GREATER
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byIso = byIso.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byWikidata = byWikidata.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
#else
        _byId = byId;
        _byName = names;
        _byIso = byIso;
        _byWikidata = byWikidata;
#endif
    }

    /// <summary>How many entities of each kind the index holds, as a sentence.</summary>
    /// <returns>For example <c>The index holds 70 entities: 20 people, 25 countries and 25 organizations.</c></returns>
    public override string ToString()
    {
        var parts = new List<string>();
        foreach (var group in All.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            var noun = group.Key.ToString().ToLowerInvariant();
            parts.Add(Prose.Count(group.Count(), noun, group.Key == EntityKind.Person ? "people" : group.Key == EntityKind.Country ? "countries" : noun + "s"));
        }

        return "The index holds " + Prose.Count(All.Count, "entity", "entities") + (parts.Count == 0 ? "." : ": " + Prose.List(parts) + ".");
    }

    /// <summary>Every entity, in id order.</summary>
    public IReadOnlyList<Entity> All { get; }

    /// <summary>Finds an entity by its id.</summary>
    /// <param name="id">The kebab-case id, for example <c>vladimir-putin</c> (case-sensitive).</param>
    /// <param name="entity">The entity, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetById(string id, out Entity? entity)
    {
        entity = null;
        return id is not null && _byId.TryGetValue(id, out entity);
    }

    /// <summary>Finds an entity by its id.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <returns>The entity, or <see langword="null"/> when there is none.</returns>
    public Entity? FindById(string id) => TryGetById(id, out var e) ? e : null;

    /// <summary>Finds the entity a name or alias denotes, ignoring case ("Teheran" finds Tehran).</summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <param name="entity">The entity (the first in id order when several share the name), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string nameOrAlias, out Entity? entity)
    {
        entity = null;
        if (nameOrAlias is null || !_byName.TryGetValue(nameOrAlias.Trim(), out var found))
        {
            return false;
        }

        entity = found[0];
        return true;
    }

    /// <summary>Finds the entity a name or alias denotes, ignoring case.</summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? Find(string nameOrAlias) => TryFind(nameOrAlias, out var e) ? e : null;

    /// <summary>Every entity a name or alias denotes, in id order (a surname may name several people).</summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <returns>The entities; empty when none.</returns>
    public IReadOnlyList<Entity> FindAll(string nameOrAlias) =>
        nameOrAlias is not null && _byName.TryGetValue(nameOrAlias.Trim(), out var found) ? found : Array.Empty<Entity>();

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case.</summary>
    /// <param name="code">For example <c>IR</c> or <c>IRN</c>.</param>
    /// <param name="country">The country, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetByIsoCode(string code, out Country? country)
    {
        country = null;
        return code is not null && _byIso.TryGetValue(code, out country);
    }

    /// <summary>Finds a country by its ISO 3166-1 code.</summary>
    /// <param name="code">For example <c>IR</c> or <c>IRN</c>.</param>
    /// <returns>The country, or <see langword="null"/>.</returns>
    public Country? FindByIsoCode(string code) => TryGetByIsoCode(code, out var c) ? c : null;

    /// <summary>Finds an entity by its Wikidata id.</summary>
    /// <param name="qid">For example <c>Q794</c>.</param>
    /// <param name="entity">The entity, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetByWikidata(string qid, out Entity? entity)
    {
        entity = null;
        return qid is not null && _byWikidata.TryGetValue(qid, out entity);
    }

    /// <summary>Finds an entity by its Wikidata id.</summary>
    /// <param name="qid">For example <c>Q794</c>.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? FindByWikidata(string qid) => TryGetByWikidata(qid, out var e) ? e : null;

    private static void AddName(Dictionary<string, List<Entity>> byName, string name, Entity entity)
    {
        if (!byName.TryGetValue(name, out var list))
        {
            byName[name] = list = new List<Entity>();
        }

        if (!list.Contains(entity))
        {
            list.Add(entity);
        }
    }
}
