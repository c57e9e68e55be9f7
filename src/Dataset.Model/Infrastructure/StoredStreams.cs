using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Dataset.Infrastructure;

/// <summary>
/// The stored fact streams of a generated library: string constants of one generated class, two bytes of the stream to
/// a character, little-endian. A constant lives in the assembly's metadata only (no code, no static constructor, no
/// user-string heap, which the CLR caps at 16 MB), so it is read by reflection: the class's constants are indexed by
/// name the first time one is read, and each read returns the constant's value from the metadata.
/// </summary>
internal static class StoredStreams
{
    private static readonly object Gate = new();

    // Weak keys, so that a generated library loaded into a collectible context can still be unloaded.
    private static readonly ConditionalWeakTable<Type, Dictionary<string, FieldInfo>> Indexes = new();

    /// <summary>The stored stream that the constant <paramref name="field"/> of <paramref name="streams"/> holds.</summary>
    /// <param name="streams">The generated class of stored streams.</param>
    /// <param name="field">The name of the constant.</param>
    /// <returns>The stored stream.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The class has no string constant of that name.</exception>
    public static string Get([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams, string field)
    {
        if (streams is null)
        {
            throw new ArgumentNullException(nameof(streams));
        }

        if (field is null)
        {
            throw new ArgumentNullException(nameof(field));
        }

        if (!Indexes.TryGetValue(streams, out var index))
        {
            lock (Gate)
            {
                if (!Indexes.TryGetValue(streams, out index))
                {
                    index = Index(streams);
                    Indexes.Add(streams, index);
                }
            }
        }

        return index.TryGetValue(field, out var info) && info.GetRawConstantValue() is string stored
            ? stored
            : throw new InvalidDataException("The generated class '" + streams.FullName + "' has no stored fact stream named '" + field
                + "'. The generated code was edited or trimmed without its annotations: rebuild the dataset with Dataset.Generator.");
    }

    private static Dictionary<string, FieldInfo> Index([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type streams)
    {
        var fields = streams.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        var index = new Dictionary<string, FieldInfo>(fields.Length, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.IsLiteral && field.FieldType == typeof(string))
            {
                index[field.Name] = field;
            }
        }

        return index;
    }

    /// <summary>The bytes of a stored stream (two to a character, little-endian), as a new array.</summary>
    /// <param name="stored">The stored stream.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Unpack(string stored)
    {
        var bytes = new byte[stored.Length * 2];
        for (var i = 0; i < stored.Length; i++)
        {
            bytes[2 * i] = (byte)stored[i];
            bytes[(2 * i) + 1] = (byte)(stored[i] >> 8);
        }

        return bytes;
    }
}
