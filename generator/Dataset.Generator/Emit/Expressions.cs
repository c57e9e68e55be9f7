using System.Globalization;
using Dataset.Core.Model;
using Dataset.Core.Common;

namespace Dataset.Generator.Emit;

/// <summary>C# expressions for model values: constructor calls, never Parse.</summary>
internal static class Expressions
{
    public const string Runtime = "global::Dataset.";

    public static string EntityRef(string ns, EntityRef reference) => "global::" + ns + "." + reference.Class + "." + reference.Member;

    public static string LazyEntityRef(string ns, EntityRef? reference) =>
        reference is null ? "null" : "() => " + EntityRef(ns, reference);

    public static string Date(DateValue d)
    {
        var y = d.Year.ToString(CultureInfo.InvariantCulture);
        var p = d.Part.ToString(CultureInfo.InvariantCulture);
        return d.Precision switch
        {
            Precision.Year => Runtime + "PartialDate.OfYear(" + y + ")",
            Precision.Half => Runtime + "PartialDate.OfHalf(" + y + ", " + p + ")",
            Precision.Quarter => Runtime + "PartialDate.OfQuarter(" + y + ", " + p + ")",
            Precision.Month => Runtime + "PartialDate.OfMonth(" + y + ", " + p + ")",
            _ => Runtime + "PartialDate.OfDay(" + y + ", " + p + ", " + d.Day.ToString(CultureInfo.InvariantCulture) + ")",
        };
    }

    public static string Time(LinkedTime? time)
    {
        if (time is null)
        {
            return "null";
        }

        var modifier = Runtime + "TemporalModifier." + (time.Modifier is null ? "None" : Vocabulary.EnumMember(time.Modifier));
        var t = time.Parsed;
        return t.IsInterval
            ? Runtime + "TemporalValue.Interval(" + (t.Start is { } s ? Date(s) : "null") + ", " + (t.End is { } e ? Date(e) : "null") + ", " + modifier + ")"
            : Runtime + "TemporalValue.Point(" + Date(t.Start!.Value) + ", " + modifier + ")";
    }
}
