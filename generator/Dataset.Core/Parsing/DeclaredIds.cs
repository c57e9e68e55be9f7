using System;
using System.Collections.Generic;
using Dataset.Core.Model;

namespace Dataset.Core.Parsing;

/// <summary>
/// A best-effort scan of a file that could not be bound (a YAML syntax error, a limit, a wrong shape) for the entity
/// kind and the entities it declares (<c>kind: person</c>, <c>id: x</c> and the <c>name:</c> after it, also in flow
/// mappings <c>{ id: x, name: X }</c>). References to those ids are then not reported as unknown, because the file's
/// own error is the cause, and the generator gives them placeholder members. Plain text scanning: it works however
/// broken the YAML is.
/// </summary>
internal static class DeclaredIds
{
    /// <summary>The entities the text declares, in order: each id, with the first <c>name:</c> before the next id.</summary>
    public static List<DeclaredEntity> Scan(string text)
    {
        var entities = new List<DeclaredEntity>();
        if (text.Length > YamlLimits.MaxFileLength)
        {
            return entities;
        }

        var ids = new List<(int At, string Id)>();
        foreach (var (at, value) in Keys(text, "id:"))
        {
            var id = IdAt(value);
            if (id.Length > 0)
            {
                ids.Add((at, id));
            }
        }

        var names = Keys(text, "name:");
        var next = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var end = i + 1 < ids.Count ? ids[i + 1].At : text.Length;
            while (next < names.Count && names[next].At < ids[i].At)
            {
                next++;
            }

            string? name = null;
            if (next < names.Count && names[next].At < end)
            {
                name = names[next].Value.Length == 0 ? null : names[next].Value;
            }

            entities.Add(new DeclaredEntity(ids[i].Id, name));
        }

        return entities;
    }

    /// <summary>The value of the first <c>kind:</c> key at the start of a line, or null.</summary>
    public static string? ScanKind(string text)
    {
        if (text.Length > YamlLimits.MaxFileLength)
        {
            return null;
        }

        foreach (var (at, value) in Keys(text, "kind:"))
        {
            if ((at == 0 || text[at - 1] == '\n') && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every occurrence of a key (after a space, tab, line break, '{', ',' or '-'), with its plain value, unquoted.</summary>
    private static List<(int At, string Value)> Keys(string text, string key)
    {
        var found = new List<(int, string)>();
        var at = text.IndexOf(key, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 ? ' ' : text[at - 1];
            if (before is ' ' or '\t' or '\n' or '\r' or '{' or ',' or '-')
            {
                var i = at + key.Length;
                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }

                var quote = i < text.Length && text[i] is '"' or '\'' ? text[i] : '\0';
                var start = quote == '\0' ? i : i + 1;
                var stop = start;
                while (stop < text.Length && text[stop] is not ('\n' or '\r')
                    && (quote != '\0' ? text[stop] != quote : text[stop] is not (',' or '}' or '#')))
                {
                    stop++;
                }

                found.Add((at, text.Substring(start, stop - start).Trim()));
            }

            at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal);
        }

        return found;
    }

    /// <summary>The leading kebab-case id of a value (<c>vladimir-putin</c>), or empty.</summary>
    private static string IdAt(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        {
            i++;
        }

        return value.Substring(0, i);
    }
}
