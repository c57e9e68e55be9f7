using System.Globalization;
using System.Text;

namespace Dataset.Tool.Card;

/// <summary>Small helpers for writing SVG by hand: invariant numbers, escaped text, LF line ends.</summary>
internal static class Svg
{
    /// <summary>A number with at most one decimal, invariant.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML content and attributes; control characters dropped.</summary>
    public static string X(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': s.Append("&amp;"); break;
                case '<': s.Append("&lt;"); break;
                case '>': s.Append("&gt;"); break;
                case '"': s.Append("&quot;"); break;
                case '\'': s.Append("&apos;"); break;
                default:
                    if (!char.IsControl(c))
                    {
                        s.Append(c);
                    }

                    break;
            }
        }

        return s.ToString();
    }

    /// <summary>Shortens a text to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Short(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "\u2026";
}
