using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Validation;

/// <summary>The generator's options, reduced to plain strings.</summary>
internal sealed record GeneratorOptions(string Namespace, string Version, LocationInfo? NamespaceProblem);

/// <summary>
/// Links every parsed file into one corpus: resolves ids across files, checks every cross-file rule, and splits the
/// result into emit units. Never throws for bad data: every problem becomes a <see cref="DiagnosticInfo"/>.
/// </summary>
internal sealed partial class Linker
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, EntityModel> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    private int _errors;
    private NameIndex? _names;

    private Linker(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static CorpusModel Link(
        IReadOnlyList<FileResult> files,
        IReadOnlyList<TextFileModel> texts,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        var linker = new Linker(cancellationToken);
        return linker.Run(files, texts, options);
    }

    private CorpusModel Run(IReadOnlyList<FileResult> files, IReadOnlyList<TextFileModel> texts, GeneratorOptions options)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var file in ordered)
        {
            _diagnostics.AddRange(file.Diagnostics);
        }

        var registries = ordered.Where(f => f.Registry is not null).Select(f => f.Registry!).ToList();
        var articles = ordered.Where(f => f.Article is not null).Select(f => f.Article!).ToList();

        CollectEntities(registries);
        AssignMembers();
        foreach (var entity in _entities.Values)
        {
            CheckEntity(entity);
        }

        var textsByPath = new Dictionary<string, TextFileModel>(StringComparer.Ordinal);
        foreach (var t in texts)
        {
            textsByPath[NormalizePath(t.Path)] = t;
        }

        var articleUnits = new List<ArticleUnit>();
        var mentions = new Dictionary<string, MentionEmit>(StringComparer.Ordinal);
        var seenArticles = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.Meta.Id, StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!CheckId(article.Meta.Id, article.Meta.Location, seenArticles))
            {
                continue;
            }

            var emit = LinkArticle(article, textsByPath, mentions);
            if (emit is not null)
            {
                articleUnits.Add(new ArticleUnit(options.Namespace, emit));
            }
        }

        var kindUnits = new List<EntityKindUnit>();
        foreach (var kind in Vocabulary.EntityKinds)
        {
            var entities = _entities.Values
                .Where(e => e.Kind == kind && _members.ContainsKey(e.Id))
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => ToEmit(e, mentions.TryGetValue(e.Id, out var m) ? m : null))
                .ToEquatableArray();
            if (!entities.IsEmpty)
            {
                kindUnits.Add(new EntityKindUnit(options.Namespace, kind, entities));
            }
        }

        var contentHash = ContentHash(ordered, texts);
        var corpus = new CorpusUnit(
            options.Namespace,
            kindUnits.Select(k => k.Kind).ToEquatableArray(),
            articleUnits.Select(a => a.Article.Member).ToEquatableArray(),
            options.Version,
            contentHash);

        var diagnostics = _diagnostics
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CorpusModel(kindUnits.ToEquatableArray(), articleUnits.ToEquatableArray(), corpus, diagnostics);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
    {
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, args));
        if (descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
        {
            _errors++;
        }
    }

    private bool CheckId(string id, LocationInfo location, Dictionary<string, LocationInfo> seen)
    {
        if (!Naming.IsValidId(id))
        {
            Report(DiagnosticDescriptors.InvalidId, location, id);
            return false;
        }

        if (seen.TryGetValue(id, out var first))
        {
            Report(DiagnosticDescriptors.DuplicateId, location, id, first.Display);
            return false;
        }

        seen.Add(id, location);
        return true;
    }

    private void CollectEntities(List<RegistryFileModel> registries)
    {
        var seen = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var registry in registries)
        {
            foreach (var entity in registry.Entities)
            {
                if (CheckId(entity.Id, entity.Location, seen))
                {
                    _entities.Add(entity.Id, entity);
                }
            }
        }
    }

    private void AssignMembers()
    {
        var taken = new Dictionary<string, EntityModel>(StringComparer.Ordinal);
        foreach (var entity in _entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var member = Naming.ToPascalCase(entity.Name);
            var cls = Vocabulary.ClassFor(entity.Kind);
            if (!Naming.IsValidIdentifier(member) || member == "All")
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, entity.NameLocation, entity.Name, member);
                continue;
            }

            var key = cls + "." + member;
            if (taken.TryGetValue(key, out var other))
            {
                Report(DiagnosticDescriptors.IdentifierCollision, entity.NameLocation, entity.Name, other.Name, other.NameLocation.Display, cls, member);
                continue;
            }

            taken.Add(key, entity);
            _members.Add(entity.Id, member);
        }
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

    /// <summary>Resolves an entity reference and checks its kind; reports and returns null when it fails.</summary>
    private EntityRefEmit? ResolveEntity(Ref? reference, string what, string? requiredKind, params string[] otherKinds)
    {
        if (reference is null)
        {
            return null;
        }

        if (!_entities.TryGetValue(reference.Id, out var target))
        {
            var pool = requiredKind is null ? _entities.Keys : _entities.Values.Where(e => e.Kind == requiredKind || otherKinds.Contains(e.Kind)).Select(e => e.Id);
            var suggestions = Suggest.Nearest(reference.Id, pool, 3);
            Report(DiagnosticDescriptors.UnknownReference, reference.Location, requiredKind ?? "entity", reference.Id,
                suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?");
            return null;
        }

        if (requiredKind is not null && target.Kind != requiredKind && !otherKinds.Contains(target.Kind))
        {
            var allowed = string.Join(" or ", new[] { requiredKind }.Concat(otherKinds).Select(k => "a " + k));
            Report(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, target.Kind, what, allowed);
            return null;
        }

        return _members.TryGetValue(target.Id, out var member)
            ? new EntityRefEmit(Vocabulary.ClassFor(target.Kind), member, Vocabulary.TypeFor(target.Kind))
            : null;
    }

    private TimeEmit? CheckTime(TimeModel? time, string what)
    {
        if (time is null)
        {
            return null;
        }

        if (TimeValue.Parse(time.Value, out var error) is null)
        {
            Report(DiagnosticDescriptors.InvalidTime, time.Location, time.Value, what, error ?? "invalid");
            return null;
        }

        return new TimeEmit(time.Value, time.Modifier);
    }

    private EntityEmit ToEmit(EntityModel e, MentionEmit? mention)
    {
        var positions = e.Positions
            .Select(p => new PositionEmit(p.Title, SilentResolve(p.Of), p.Time is { } t && TimeValue.Parse(t.Value, out _) is not null ? new TimeEmit(t.Value, t.Modifier) : null))
            .ToEquatableArray();
        return new EntityEmit(
            e.Kind,
            e.Id,
            _members[e.Id],
            e.Name,
            e.Description,
            e.Aliases.Select(a => new AliasEmit(a.Text, Vocabulary.EnumMember(a.Form))).ToEquatableArray(),
            e.Iso2,
            e.Iso3,
            e.Currency,
            e.Wikidata,
            SilentResolve(e.PartOf),
            SilentResolve(e.Country) is { Type: "Country" } c ? c : null,
            positions,
            e.Class,
            mention,
            mention is null ? default : RolesAt(e, mention.ArticleDate));
    }

    /// <summary>The offices a person held on <paramref name="date"/> (the mentioning article's date), as "title (of)".</summary>
    private EquatableArray<string> RolesAt(EntityModel e, string date)
    {
        if (DateValue.Parse(date, out _) is not { } day)
        {
            return default;
        }

        var roles = new List<string>();
        foreach (var p in e.Positions)
        {
            if (p.Time is { } t && TimeValue.Parse(t.Value, out _) is { } held
                && (held.Start is not { } s || s.First <= day.First)
                && (held.End is not { } end || day.Last <= end.Last))
            {
                var of = p.Of is { } o && _entities.TryGetValue(o.Id, out var target) && p.Title.IndexOf(target.Name, StringComparison.Ordinal) < 0
                    ? " (" + target.Name + ")"
                    : string.Empty;
                roles.Add(p.Title + of);
            }
        }

        return roles.ToEquatableArray();
    }

    private EntityRefEmit? SilentResolve(Ref? reference) =>
        reference is not null && _entities.TryGetValue(reference.Id, out var target) && _members.TryGetValue(target.Id, out var member)
            ? new EntityRefEmit(Vocabulary.ClassFor(target.Kind), member, Vocabulary.TypeFor(target.Kind))
            : null;

    private static string NormalizePath(string path) => path.Replace('\\', '/');

    private static string ContentHash(IReadOnlyList<FileResult> files, IReadOnlyList<TextFileModel> texts)
    {
        // Order- and path-independent: the sorted hashes of every input's content.
        var parts = files.Select(f => f.ContentSha256).Concat(texts.Select(t => t.Sha256)).OrderBy(h => h, StringComparer.Ordinal);
        return Hashing.Sha256Hex(string.Join("\n", parts));
    }
}
