using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// Resolves entity references against the registry's <see cref="EntityTable"/>: by id, with kind checks and "did you
/// mean" suggestions, and the name index for mentions. One resolver per table instance, shared by every article's step.
/// </summary>
internal sealed class EntityResolver
{
    private static readonly ConditionalWeakTable<EntityTable, EntityResolver> Cache = new();

    private readonly Dictionary<string, EntityKey> _entities = new(StringComparer.Ordinal);

    // One reference per entity that has a member, made once: the linked models of every article share them (the
    // driver keeps those models, and a corpus refers to its entities hundreds of thousands of times).
    private readonly Dictionary<string, EntityRef> _refs = new(StringComparer.Ordinal);
    private readonly EntityTable _table;
    private readonly Lazy<NameIndex> _names;

    private EntityResolver(EntityTable table)
    {
        _table = table;
        foreach (var entity in table.Entities)
        {
            _entities[entity.Id] = entity;
            if (entity.Member is { } member)
            {
                _refs[entity.Id] = new EntityRef(entity.Id, entity.Class, member, Vocabulary.TypeFor(entity.BuiltIn));
            }
        }

        _names = new Lazy<NameIndex>(() => new NameIndex(table.Entities.Select(e => (e.Id, (IEnumerable<string>)new[] { e.Name }.Concat(e.Aliases)))));
    }

    /// <summary>Every entity of the table, in id order.</summary>
    public EquatableArray<EntityKey> Entities => _table.Entities;

    /// <summary>Every entity's names and aliases, indexed for finding mentions in a text.</summary>
    public NameIndex Names => _names.Value;

    /// <summary>The resolver of <paramref name="table"/>, built once per table instance.</summary>
    public static EntityResolver Of(EntityTable table) => Cache.GetValue(table, static t => new EntityResolver(t));

    /// <summary>The entity with an id, if any.</summary>
    public bool TryGet(string id, out EntityKey entity) => _entities.TryGetValue(id, out entity!);

    /// <summary>
    /// Resolves <paramref name="reference"/> (null when absent) and checks that it is a <paramref name="requiredKind"/>
    /// (or one of <paramref name="otherKinds"/>; any kind when null). Reports and returns null when it fails.
    /// </summary>
    public EntityRef? Resolve(Ref? reference, string what, string? requiredKind, DiagnosticBag diagnostics, params string[] otherKinds)
    {
        if (reference is null)
        {
            return null;
        }

        if (!_entities.TryGetValue(reference.Id, out var target))
        {
            var pool = requiredKind is null ? _entities.Keys : _entities.Values.Where(e => e.IsA(requiredKind) || otherKinds.Any(e.IsA)).Select(e => e.Id);
            var suggestions = Suggest.Nearest(reference.Id, pool, 3);
            diagnostics.Add(DiagnosticDescriptors.UnknownReference, reference.Location, requiredKind ?? "entity", reference.Id,
                suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + "?");
            return null;
        }

        if (requiredKind is not null && !target.IsA(requiredKind) && !otherKinds.Any(target.IsA))
        {
            var allowed = string.Join(" or ", new[] { requiredKind }.Concat(otherKinds).Select(k => "a " + k));
            diagnostics.Add(DiagnosticDescriptors.WrongReferenceKind, reference.Location, reference.Id, target.Kind, what, allowed);
            return null;
        }

        return Silent(target.Id);
    }

    /// <summary>The reference to an entity, without reporting anything: null when it is unknown or has no member.</summary>
    public EntityRef? Silent(string id) => _refs.TryGetValue(id, out var reference) ? reference : null;

    /// <summary>The reference to an entity, without reporting anything: null when absent, unknown or without a member.</summary>
    public EntityRef? Silent(Ref? reference) => reference is null ? null : Silent(reference.Id);
}
