using System.Linq;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>The check every time value of the data gets: it parsed when it was read (see <see cref="TimeModel"/>).</summary>
internal static class TimeChecks
{
    /// <summary>Checks a time value (null when absent); reports and returns null when it is invalid.</summary>
    public static LinkedTime? Check(TimeModel? time, string what, DiagnosticBag diagnostics)
    {
        if (time is null)
        {
            return null;
        }

        if (time.Parsed is not { } parsed)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidTime, time.Location, time.Value, what, time.Error ?? "invalid");
            return null;
        }

        // Shared: a corpus repeats its dates across facts and articles, and the driver keeps every linked fact.
        return time.Sources.IsEmpty
            ? SharedInstances<LinkedTime>.Share(new LinkedTime(time.Value, time.Modifier, parsed))
            : new LinkedTime(time.Value, time.Modifier, parsed) { Sources = time.Sources.Select(s => LinkedCitation.Of(s, what == "period" ? "period" : "time")).ToEquatableArray() };
    }
}
