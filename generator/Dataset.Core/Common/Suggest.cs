using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Core.Common;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
internal static class Suggest
{
    public static string? Nearest(string value, IEnumerable<string> candidates) => Nearest(value, candidates, 1).FirstOrDefault();

    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count)
    {
        var limit = Math.Max(2, value.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(value, c)))
            .Where(x => x.Distance <= limit || x.Candidate.IndexOf(value, StringComparison.Ordinal) >= 0 || value.IndexOf(x.Candidate, StringComparison.Ordinal) >= 0)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
