using System;
using System.Collections.Generic;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;

namespace Dataset.Core.Validation;

/// <summary>The one rule for every id (entities, articles, facts): kebab-case and unique within its scope.</summary>
internal static class Ids
{
    /// <summary>A fresh scope of declared ids and where each was declared.</summary>
    public static Dictionary<string, LocationInfo> NewScope() => new(StringComparer.Ordinal);

    /// <summary>Checks an id's form and uniqueness within <paramref name="scope"/>, and declares it there; false (reported) when it fails.</summary>
    public static bool Declare(string id, LocationInfo location, Dictionary<string, LocationInfo> scope, DiagnosticBag diagnostics)
    {
        if (!Naming.IsValidId(id))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidId, location, id);
            return false;
        }

        if (scope.TryGetValue(id, out var first))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, location, first, id));
            return false;
        }

        scope.Add(id, location);
        return true;
    }
}
