using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;

namespace Dataset.Core.Validation;

/// <summary>The check every time value of the data gets: it parses (see <see cref="TimeValue"/>).</summary>
internal static class TimeChecks
{
    /// <summary>Checks a time value (null when absent); reports and returns null when it is invalid.</summary>
    public static TimeEmit? Check(TimeModel? time, string what, DiagnosticBag diagnostics)
    {
        if (time is null)
        {
            return null;
        }

        if (TimeValue.Parse(time.Value, out var error) is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidTime, time.Location, time.Value, what, error ?? "invalid");
            return null;
        }

        return new TimeEmit(time.Value, time.Modifier);
    }
}
