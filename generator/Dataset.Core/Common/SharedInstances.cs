using System;
using System.Collections.Generic;

namespace Dataset.Core.Common;

/// <summary>
/// One instance for equal immutable values made again and again (a time value, a participant with its role): the
/// linked models of every article keep them, and the warm driver keeps those models, so a value repeated across a
/// corpus is one object instead of tens of thousands. A table per thread and type, emptied when it reaches
/// <see cref="Capacity"/> values so that it stays bounded; after that, values are shared again from then on.
/// </summary>
/// <typeparam name="T">An immutable type with value equality (a record).</typeparam>
internal static class SharedInstances<T>
    where T : class, IEquatable<T>
{
    /// <summary>The most values a thread's table holds before it starts again.</summary>
    public const int Capacity = 16384;

    [ThreadStatic]
    private static Dictionary<T, T>? t_table;

    /// <summary>The instance equal to <paramref name="value"/> that this thread shared first, or <paramref name="value"/> itself.</summary>
    public static T Share(T value)
    {
        var table = t_table ??= new Dictionary<T, T>();
        if (table.TryGetValue(value, out var known))
        {
            return known;
        }

        if (table.Count >= Capacity)
        {
            table.Clear();
        }

        table.Add(value, value);
        return value;
    }
}
