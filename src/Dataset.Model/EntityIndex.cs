using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace Dataset;

/// <summary>
/// Lookups over a dataset's entities by id, by name or alias, by ISO code and by Wikidata id. Built once from the
/// generated entity list; no lookup throws on a miss. Uses <c>FrozenDictionary</c> on .NET 8.
/// </summary>
/// <remarks>
/// <para>Names and aliases are matched in two steps.</para>
/// <list type="number">
/// <item><b>Exact</b>: the name or alias as written, ignoring case and leading or trailing spaces ("teheran" finds
/// Tehran).</item>
/// <item><b>Tolerant</b>, only when nothing matches exactly: both sides reduced to their letters and digits, ignoring
/// case and diacritics, so that spaces, hyphens, dots, apostrophes and other punctuation do not count ("S300",
/// "s 300" and "S.300" find the S-300; "Medvédev" finds Medvedev). A text with no letter or digit matches nothing.</item>
/// </list>
/// <para>
/// <see cref="Find"/> and <see cref="TryFind"/> return one entity, the first in id order when several match;
/// <see cref="FindAll"/> returns every entity that matches either way, so an ambiguous name lists every candidate.
/// </para>
/// </remarks>
public sealed class EntityIndex
{
    private Tables? _tables;

    /// <summary>Builds the index: sorts the entities by id at once; the lookup tables are built on the first lookup.</summary>
    /// <param name="entities">Every entity of the dataset, ids unique.</param>
    /// <exception cref="ArgumentException">Two entities share an id.</exception>
    public EntityIndex(IEnumerable<Entity> entities)
    {
        if (entities is null)
        {
            throw new ArgumentNullException(nameof(entities));
        }

        var all = entities.ToArray();
        var ids = new string[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            ids[i] = all[i].Id;
        }

        Array.Sort(ids, all, StringComparer.Ordinal);
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal))
            {
                throw new ArgumentException("Two entities share the id '" + ids[i] + "'.", nameof(entities));
            }
        }

        All = all;
    }

    // Built on the first lookup, not with the index: listing every entity (Corpus.Entities) needs none of them.
    private Tables Lookups
    {
        get
        {
            if (_tables is null)
            {
                System.Threading.Interlocked.CompareExchange(ref _tables, new Tables(All), null);
            }

            return _tables;
        }
    }

    /// <summary>The lookup tables over the entities, in id order.</summary>
    private sealed class Tables
    {
        public Tables(IReadOnlyList<Entity> all)
        {
            var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
            var byName = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
            var byKey = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
            var byIso = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
            var byWikidata = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            foreach (var entity in all)
            {
                byId.Add(entity.Id, entity);
                AddName(byName, entity.Name, entity);
                AddName(byKey, Key(entity.Name), entity);
                foreach (var alias in entity.Aliases)
                {
                    AddName(byName, alias.Text, entity);
                    AddName(byKey, Key(alias.Text), entity);
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
            byKey.Remove(string.Empty);
            var keys = byKey.ToDictionary(p => p.Key, p => p.Value.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
#if NET8_0_OR_GREATER
            ById = byId.ToFrozenDictionary(StringComparer.Ordinal);
            ByName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            ByKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
            ByIso = byIso.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            ByWikidata = byWikidata.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
#else
            ById = byId;
            ByName = names;
            ByKey = keys;
            ByIso = byIso;
            ByWikidata = byWikidata;
#endif
        }

        public IReadOnlyDictionary<string, Entity> ById { get; }

        public IReadOnlyDictionary<string, Entity[]> ByName { get; }

        public IReadOnlyDictionary<string, Entity[]> ByKey { get; }

        public IReadOnlyDictionary<string, Country> ByIso { get; }

        public IReadOnlyDictionary<string, Entity> ByWikidata { get; }
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
        return id is not null && Lookups.ById.TryGetValue(id, out entity);
    }

    /// <summary>Finds an entity by its id.</summary>
    /// <param name="id">The kebab-case id.</param>
    /// <returns>The entity, or <see langword="null"/> when there is none.</returns>
    public Entity? FindById(string id) => TryGetById(id, out var e) ? e : null;

    /// <summary>
    /// Finds the entity a name or alias denotes: exactly, ignoring case ("Teheran" finds Tehran), else ignoring spacing,
    /// punctuation and diacritics as well ("S300" finds the S-300); see the rules in the remarks of <see cref="EntityIndex"/>.
    /// </summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <param name="entity">The entity (the first in id order when several match), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(string nameOrAlias, out Entity? entity)
    {
        entity = null;
        if (nameOrAlias is null)
        {
            return false;
        }

        if (Lookups.ByName.TryGetValue(nameOrAlias.Trim(), out var found) || Lookups.ByKey.TryGetValue(Key(nameOrAlias), out found))
        {
            entity = found[0];
            return true;
        }

        return false;
    }

    /// <summary>Finds the entity a name or alias denotes, exactly or else tolerantly; see <see cref="TryFind"/>.</summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <returns>The entity (the first in id order when several match), or <see langword="null"/>.</returns>
    public Entity? Find(string nameOrAlias) => TryFind(nameOrAlias, out var e) ? e : null;

    /// <summary>
    /// Every entity a name or alias denotes, in id order: a surname or a name several entities share lists every
    /// candidate. Matches ignoring case, spacing, punctuation and diacritics ("S300" finds the S-300), which includes
    /// every exact match; see the remarks of <see cref="EntityIndex"/>.
    /// </summary>
    /// <param name="nameOrAlias">A canonical name or alias.</param>
    /// <returns>The entities; empty when none.</returns>
    public IReadOnlyList<Entity> FindAll(string nameOrAlias) =>
        nameOrAlias is not null && Lookups.ByKey.TryGetValue(Key(nameOrAlias), out var found) ? found : Array.Empty<Entity>();

    /// <summary>
    /// The key of the tolerant match: the letters and digits of <paramref name="nameOrAlias"/>, lower-cased (invariant)
    /// and without diacritics. "S-300" and "s 300" both give <c>s300</c>.
    /// </summary>
    /// <param name="nameOrAlias">A name or alias.</param>
    /// <returns>The key; empty when the text has no letter or digit.</returns>
    public static string MatchKey(string nameOrAlias) => Key(nameOrAlias ?? throw new ArgumentNullException(nameof(nameOrAlias)));

    private static string Key(string text) => Common.NameKey.Of(text);

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case.</summary>
    /// <param name="code">For example <c>IR</c> or <c>IRN</c>.</param>
    /// <param name="country">The country, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetByIsoCode(string code, out Country? country)
    {
        country = null;
        return code is not null && Lookups.ByIso.TryGetValue(code, out country);
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
        return qid is not null && Lookups.ByWikidata.TryGetValue(qid, out entity);
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
