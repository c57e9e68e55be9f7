using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// The corpus step, the last of the three link steps: puts the registry and the per-article results together. It runs
/// on every edit, so it does only what needs the whole corpus, in time proportional to the results: duplicate article
/// ids, each entity's first mention (for its XML docs), the entity and article lists, the content hash and the sorted
/// diagnostics.
/// </summary>
internal static class CorpusAssembler
{
    /// <summary>The corpus from the registry, every article's result, the files that bound to no model, and every input's hash.</summary>
    public static LinkedCorpus Assemble(
        RegistryResult registry,
        IReadOnlyList<ArticleResult> articles,
        IReadOnlyList<FileResult> unboundFiles,
        IReadOnlyList<string> contentHashes,
        DatasetOptions options)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(registry.Diagnostics);
        diagnostics.AddRange(unboundFiles.SelectMany(f => f.Diagnostics));

        // In id order; of two articles with one id, the first by path is kept and the other reported.
        var linkedArticles = new List<LinkedArticle>();
        var firstMentions = new Dictionary<string, FirstMention>(StringComparer.Ordinal);
        var scope = Ids.NewScope();
        var members = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(article.ParseDiagnostics);
            if (!article.HasValidId)
            {
                diagnostics.AddRange(article.Diagnostics); // the invalid id, reported by the article step
                continue;
            }

            if (!Ids.Declare(article.Id, article.IdLocation, scope, diagnostics))
            {
                continue; // a second article with this id: reported, not linked
            }

            if (article.Article is { } named && !DeclareMember(article.Id, named.Member, article.IdLocation, members, diagnostics))
            {
                continue; // its property would collide with another's, or with Articles.All: reported, not linked
            }

            diagnostics.AddRange(article.Diagnostics);
            foreach (var mention in article.Mentions)
            {
                if (!firstMentions.ContainsKey(mention.EntityId))
                {
                    firstMentions.Add(mention.EntityId, mention.Mention);
                }
            }

            if (article.Article is { } linked)
            {
                linkedArticles.Add(linked);
            }
        }

        // Offices need a source unless an article of the corpus names them on its date (DSG1101).
        var publicationDates = new HashSet<DateValue>(articles.Where(a => a.Published is not null).Select(a => a.Published!.Value));
        foreach (var entity in registry.Entities)
        {
            Provenance.CheckPositions(entity, publicationDates, diagnostics);
            Provenance.CheckAffiliations(entity, publicationDates, diagnostics);
            Provenance.CheckAgreement(entity, diagnostics);
        }

        var resolver = EntityResolver.Of(registry.Table);
        var kinds = new List<LinkedKind>();
        var vocabulary = registry.Vocabulary ?? VocabularyLinker.Default;
        foreach (var kind in Vocabulary.BuiltInKinds.Select(k => k.Code).Concat(vocabulary.EntityKinds.Select(k => k.Code)))
        {
            var builtIn = vocabulary.BuiltInOf(kind);
            var entities = registry.Entities
                .Where(e => e.Kind == kind && resolver.TryGet(e.Id, out var key) && key.Member is not null)
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => ToLinked(e, builtIn, resolver, firstMentions.TryGetValue(e.Id, out var m) ? m : null))
                .ToEquatableArray();
            if (!entities.IsEmpty)
            {
                kinds.Add(new LinkedKind(kind, vocabulary.ClassFor(kind), builtIn, entities));
            }
        }

        if (options.InvalidNamespace is { } invalid)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidNamespace, LocationInfo.None, invalid);
        }

        var sorted = WithoutCascades(diagnostics.ToEquatableArray(), unboundFiles, registry.DroppedIds)
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new LinkedCorpus(kinds.ToEquatableArray(), linkedArticles.ToEquatableArray(), ContentHash(contentHashes), sorted)
        {
            Placeholders = Placeholders(registry, unboundFiles, vocabulary, kinds),
        };
    }

    /// <summary>
    /// Claims the <c>Articles</c> property <paramref name="member"/> for the article <paramref name="id"/>: distinct ids
    /// can give one member ("example-2013-07-17" and "example-20130717" both give Example20130717): DSG0801 at the
    /// second article's id, as for two entities with one member; "all" gives the generated <c>All</c>: DSG0804.
    /// </summary>
    private static bool DeclareMember(string id, string member, LocationInfo location, Dictionary<string, (string Id, LocationInfo Location)> members, DiagnosticBag diagnostics)
    {
        if (member == "All")
        {
            diagnostics.Add(DiagnosticDescriptors.ReservedName, location, id, "Articles", member, "the list of every article");
            return false;
        }

        if (members.TryGetValue(member, out var first))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, location, first.Location, id, first.Id, "Articles", member));
            return false;
        }

        members.Add(member, (id, location));
        return true;
    }

    /// <summary>
    /// Placeholder members for the entities whose declaration has errors, per kind in class order: the member
    /// their name (else their id) gives, unless it is not a valid identifier or is already taken in the class.
    /// </summary>
    private static EquatableArray<LinkedPlaceholders> Placeholders(RegistryResult registry, IReadOnlyList<FileResult> unboundFiles, VocabularyModel vocabulary, List<LinkedKind> kinds)
    {
        var declared = registry.Unbound
            .Concat(unboundFiles
                .Where(f => f.UnboundKind is { } kind && vocabulary.Lineage(kind).Count > 0)
                .SelectMany(f => f.Unbound.Select(e => new UnboundEntity(f.UnboundKind!, f.Path, e))))
            .ToList();
        if (declared.Count == 0)
        {
            return default;
        }

        var bound = new HashSet<string>(registry.Table.Entities.Select(e => e.Id), StringComparer.Ordinal);
        var taken = new HashSet<string>(registry.Table.Entities.Where(e => e.Member is not null).Select(e => e.Class + "." + e.Member), StringComparer.Ordinal);
        var result = new List<LinkedPlaceholders>();
        foreach (var group in declared.GroupBy(d => d.Kind, StringComparer.Ordinal))
        {
            var cls = vocabulary.ClassFor(group.Key);
            var members = new List<Placeholder>();
            foreach (var d in group.OrderBy(d => d.Entity.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal))
            {
                var member = Naming.ToPascalCase(d.Entity.Name ?? d.Entity.Id);
                if (!bound.Contains(d.Entity.Id) && Naming.IsValidIdentifier(member) && member != "All" && taken.Add(cls + "." + member))
                {
                    members.Add(new Placeholder(d.Entity.Id, member, d.Path));
                }
            }

            if (members.Count > 0)
            {
                result.Add(new LinkedPlaceholders(group.Key, cls, vocabulary.BuiltInOf(group.Key), kinds.Any(k => k.Kind == group.Key), members.ToEquatableArray()));
            }
        }

        return result.OrderBy(p => p.Class, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// Drops "unknown reference" errors for ids declared in files that failed to bind (see <see cref="FileResult.Unbound"/>):
    /// they are consequences of that file's own errors, which are reported.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> WithoutCascades(EquatableArray<DiagnosticInfo> diagnostics, IReadOnlyList<FileResult> unboundFiles, EquatableArray<string> dropped)
    {
        var unbound = new HashSet<string>(unboundFiles.SelectMany(f => f.Unbound.Select(e => e.Id)).Concat(dropped), StringComparer.Ordinal);
        if (unbound.Count == 0)
        {
            return diagnostics;
        }

        // Only references to entities: a fact reference ("event in this article") stays within its own, bound, file.
        return diagnostics.Where(d => !(d.Descriptor == DiagnosticDescriptors.UnknownReference && d.Arguments.Count > 1
            && unbound.Contains(d.Arguments[1]) && !d.Arguments[0].EndsWith(" in this article", StringComparison.Ordinal)));
    }

    private static LinkedEntity ToLinked(EntityModel e, string builtIn, EntityResolver resolver, FirstMention? mention)
    {
        var positions = e.Positions
            .Select(p => new LinkedPosition(p.Title, resolver.Silent(p.Of), p.Time is { Parsed: { } parsed } t ? new LinkedTime(t.Value, t.Modifier, parsed) : null))
            .ToEquatableArray();
        resolver.TryGet(e.Id, out var key);
        return new LinkedEntity(
            builtIn,
            e.Id,
            key.Member!,
            e.Name,
            e.Description,
            e.Aliases.Select(a => new LinkedAlias(a.Text, Vocabulary.EnumMember(a.Form))).ToEquatableArray(),
            e.Iso2,
            e.Iso3,
            e.Currency,
            e.Wikidata,
            resolver.Silent(e.PartOf),
            resolver.Silent(e.Country) is { Type: "Country" } c ? c : null,
            positions,
            e.Class,
            mention,
            mention is null ? default : RolesAt(e, mention.ArticleDate, resolver))
        {
            Employers = e.Employers
                .Select(a => resolver.Silent(a.Of) is { } of ? new LinkedAffiliation(of, a.Role, Time(a.Time)) : null)
                .Where(a => a is not null).Select(a => a!).ToEquatableArray(),
            Ranks = e.Ranks.Select(r => new LinkedRank(r.Title, resolver.Silent(r.Service), Time(r.Time))).ToEquatableArray(),
            Agreement = e.Agreement is { } a && builtIn == "agreement"
                ? new LinkedAgreementTerms(
                    a.Type is null ? null : Vocabulary.EnumMember(a.Type),
                    a.Parties.Select(p => resolver.Silent(p)).Where(p => p is not null).Select(p => p!).ToEquatableArray(),
                    resolver.Silent(a.Subject),
                    Time(a.Concluded),
                    a.Status is null ? null : Vocabulary.EnumMember(a.Status))
                : null,
            Sources = e.CodeSources.Select(s => LinkedCitation.Of(s, "codes"))
                .Concat(e.Positions.SelectMany(p => p.Sources.Select(s => LinkedCitation.Of(s, "position: " + p.Title))))
                .Concat(e.Employers.SelectMany(a => a.Sources.Select(s => LinkedCitation.Of(s, "employer: " + a.Of.Id))))
                .Concat(e.Ranks.SelectMany(r => r.Sources.Select(s => LinkedCitation.Of(s, "rank: " + r.Title))))
                .Concat(e.Agreement?.Concluded?.Sources.Select(s => LinkedCitation.Of(s, "concluded")) ?? Enumerable.Empty<LinkedCitation>())
                .Concat(e.Sources.Select(s => LinkedCitation.Of(s, "description")))
                .ToEquatableArray(),
        };
    }

    private static LinkedTime? Time(TimeModel? t) => t is { Parsed: { } parsed } ? new LinkedTime(t.Value, t.Modifier, parsed) : null;

    /// <summary>The offices a person held on <paramref name="date"/> (the mentioning article's date), as "title (of)".</summary>
    private static EquatableArray<string> RolesAt(EntityModel e, string date, EntityResolver resolver)
    {
        if (DateValue.Parse(date, out _) is not { } day)
        {
            return default;
        }

        bool HeldOn(TimeModel? time) =>
            time?.Parsed is { } held
            && (held.Start is not { } s || s.First <= day.First)
            && (held.End is not { } end || day.Last <= end.Last);

        // Offices, then employers ("Writer (World Socialist Web Site)"): what the docs say the person was on that day.
        var roles = new List<string>();
        foreach (var p in e.Positions.Where(p => HeldOn(p.Time)))
        {
            var of = p.Of is { } o && resolver.TryGet(o.Id, out var target) && p.Title.IndexOf(target.Name, StringComparison.Ordinal) < 0
                ? " (" + target.Name + ")"
                : string.Empty;
            roles.Add(p.Title + of);
        }

        foreach (var a in e.Employers.Where(a => HeldOn(a.Time)))
        {
            var name = resolver.TryGet(a.Of.Id, out var org) ? org.Name : a.Of.Id;
            roles.Add(a.Role is null ? "with " + name : a.Role + " (" + name + ")");
        }

        return roles.ToEquatableArray();
    }

    /// <summary>Order- and path-independent: the sorted hashes of every input's content.</summary>
    private static string ContentHash(IReadOnlyList<string> hashes) =>
        Hashing.Sha256Hex(string.Join("\n", hashes.OrderBy(h => h, StringComparer.Ordinal)));
}
