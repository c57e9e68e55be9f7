using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Common;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>
/// DSG0209: a name or alias two entities share. Names are compared as the runtime's <c>EntityIndex</c> compares them
/// tolerantly (letters and digits, ignoring case and diacritics), so a warning here is exactly a lookup that
/// <c>Entities.Find</c> cannot answer with one entity, and a mention that counts for both.
/// </summary>
internal static class SharedNames
{
    /// <summary>
    /// Reports each name or alias that an entity before it already has: canonical names first (in id order), then
    /// aliases, so that a clash between a name and an alias is reported at the alias.
    /// </summary>
    public static void Check(IReadOnlyList<EntityModel> entities, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
        var names = entities.Select(e => (e.Id, Text: e.Name, Location: e.NameLocation))
            .Concat(entities.SelectMany(e => e.Aliases.Select(a => (e.Id, a.Text, a.Location))));
        foreach (var (id, text, location) in names)
        {
            var key = Key(text);
            if (key.Length == 0)
            {
                continue;
            }

            if (!seen.TryGetValue(key, out var first))
            {
                seen.Add(key, (id, location));
            }
            else if (first.Id != id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SharedName, location, first.Location, text, first.Id, id));
            }
        }
    }

    private static string Key(string name) => NameKey.Of(name);
}
