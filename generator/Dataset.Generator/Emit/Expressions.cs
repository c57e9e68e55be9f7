using System.Globalization;
using Dataset.Core.Model;
using Dataset.Core.Common;

namespace Dataset.Generator.Emit;

/// <summary>C# expressions for model values: constructor calls, never Parse.</summary>
internal static class Expressions
{
    public const string Runtime = "global::Dataset.";

    public static string EntityRef(string ns, EntityRefEmit reference) => "global::" + ns + "." + reference.Class + "." + reference.Member;

    public static string LazyEntityRef(string ns, EntityRefEmit? reference) =>
        reference is null ? "null" : "() => " + EntityRef(ns, reference);

    /// <summary>A decimal literal, culture-invariant: <c>3000000000m</c>, <c>-40m</c>, <c>0.5m</c>.</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Date(string value)
    {
        var d = DateValue.Parse(value, out _)!.Value;
        var y = d.Year.ToString(CultureInfo.InvariantCulture);
        var p = d.Part.ToString(CultureInfo.InvariantCulture);
        return d.Precision switch
        {
            0 => Runtime + "PartialDate.OfYear(" + y + ")",
            1 => Runtime + "PartialDate.OfHalf(" + y + ", " + p + ")",
            2 => Runtime + "PartialDate.OfQuarter(" + y + ", " + p + ")",
            3 => Runtime + "PartialDate.OfMonth(" + y + ", " + p + ")",
            _ => Runtime + "PartialDate.OfDay(" + y + ", " + p + ", " + d.Day.ToString(CultureInfo.InvariantCulture) + ")",
        };
    }

    public static string Time(TimeEmit? time)
    {
        if (time is null)
        {
            return "null";
        }

        var modifier = Runtime + "TemporalModifier." + (time.Modifier is null ? "None" : Vocabulary.EnumMember(time.Modifier));
        var slash = time.Value.IndexOf('/');
        if (slash < 0)
        {
            return Runtime + "TemporalValue.Point(" + Date(time.Value) + ", " + modifier + ")";
        }

        var left = time.Value.Substring(0, slash);
        var right = time.Value.Substring(slash + 1);
        return Runtime + "TemporalValue.Interval(" + (left == ".." ? "null" : Date(left)) + ", " + (right == ".." ? "null" : Date(right)) + ", " + modifier + ")";
    }
}
