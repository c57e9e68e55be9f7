using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Links the parsed files in three steps, each a pipeline step of its own so that an edit re-links only what it
/// touches: <see cref="LinkRegistry"/> (every registry file: ids, members, entity checks),
/// <see cref="LinkArticle"/> (one article against the registry's <see cref="EntityTable"/>: its text, references,
/// evidence, fact checks and mentions), and <see cref="Assemble"/> (corpus-wide and cheap: duplicate article ids,
/// each entity's first mention, the article list, the content hash, the sorted diagnostics).
/// Never throws for bad data: every problem becomes a <see cref="DiagnosticInfo"/>.
/// </summary>
internal sealed partial class Linker
{
    private static readonly ConditionalWeakTable<EntityTable, Lookups> LookupCache = new();

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, EntityKey> _entities;
    private readonly Dictionary<string, string> _members;
    private readonly CancellationToken _cancellationToken;
    private readonly Lookups _lookups;
    private int _errors;

    private Linker(Lookups lookups, CancellationToken cancellationToken)
    {
        _entities = lookups.Entities;
        _members = lookups.Members;
        _lookups = lookups;
        _cancellationToken = cancellationToken;
    }

    /// <summary>An article file and the text file it pins, found in <paramref name="texts"/>.</summary>
    public static ArticleInput Pair(FileResult article, TextIndex texts) =>
        new(article, article.Article is { } a ? texts.Find(Directory(article.Path) + a.Meta.TextFile.Replace('\\', '/')) : null);

    /// <summary>The lookups over a table, built once per table instance (the table is shared by every article's step).</summary>
    private static Lookups LookupsOf(EntityTable table) => LookupCache.GetValue(table, static t => new Lookups(t));

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        Report(DiagnosticInfo.Create(descriptor, location, args));

    private void Report(DiagnosticInfo diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            _errors++;
        }
    }

    /// <summary>Checks an id's form and uniqueness among <paramref name="seen"/>; reports into <paramref name="diagnostics"/>.</summary>
    private static bool CheckId(string id, LocationInfo location, Dictionary<string, LocationInfo> seen, List<DiagnosticInfo> diagnostics)
    {
        if (!Naming.IsValidId(id))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidId, location, id));
            return false;
        }

        if (seen.TryGetValue(id, out var first))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, location, first, id));
            return false;
        }

        seen.Add(id, location);
        return true;
    }

    private bool CheckId(string id, LocationInfo location, Dictionary<string, LocationInfo> seen)
    {
        var before = _diagnostics.Count;
        var ok = CheckId(id, location, seen, _diagnostics);
        _errors += _diagnostics.Count - before; // both are errors
        return ok;
    }

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

        return SilentResolve(target.Id);
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

    /// <summary>The member of an entity, without reporting anything: null when it is unknown or has no member.</summary>
    private EntityRefEmit? SilentResolve(string id) =>
        _entities.TryGetValue(id, out var target) && target.Member is { } member
            ? new EntityRefEmit(target.Id, Vocabulary.ClassFor(target.Kind), member, Vocabulary.TypeFor(target.Kind))
            : null;

    private EntityRefEmit? SilentResolve(Ref? reference) => reference is null ? null : SilentResolve(reference.Id);

    private static string NormalizePath(string path) => path.Replace('\\', '/');

    private static string Directory(string path)
    {
        var normalized = NormalizePath(path);
        var i = normalized.LastIndexOf('/');
        return i < 0 ? string.Empty : normalized.Substring(0, i + 1);
    }

    /// <summary>Lookups derived from an <see cref="EntityTable"/>: by id, members by id, and the name index for mentions.</summary>
    private sealed class Lookups
    {
        private readonly Lazy<NameIndex> _names;

        public Lookups(EntityTable table)
        {
            Entities = new Dictionary<string, EntityKey>(StringComparer.Ordinal);
            Members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in table.Entities)
            {
                Entities[entity.Id] = entity;
                if (entity.Member is { } member)
                {
                    Members[entity.Id] = member;
                }
            }

            _names = new Lazy<NameIndex>(() => new NameIndex(table.Entities.Select(e => (e.Id, (IEnumerable<string>)new[] { e.Name }.Concat(e.Aliases)))));
        }

        public Dictionary<string, EntityKey> Entities { get; }

        public Dictionary<string, string> Members { get; }

        public NameIndex Names => _names.Value;
    }
}
