using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Emit;

/// <summary>How data reaches generated source: as escaped C# literals, or as escaped single-line XML doc text.</summary>
internal static class Escaping
{
    /// <summary>A C# string literal; control, format (bidirectional, invisible) and non-ASCII separator characters become <c>\uXXXX</c>.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var formatted = SymbolDisplay.FormatLiteral(value, quote: true);
        var sb = new StringBuilder(formatted.Length);
        foreach (var c in formatted)
        {
            if (NeedsEscape(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Text for an XML doc comment: XML-escaped, on one line, with no control or invisible characters.</summary>
    public static string Xml(string? value)
    {
        var line = OneLine(value);
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text for a single-line <c>//</c> comment: on one line, with no control or invisible characters, no <c>*/</c>, at most
    /// <paramref name="maxLength"/> characters (cut with <c>...</c>).
    /// </summary>
    public static string Comment(string? value, int maxLength)
    {
        var text = OneLine(value).Replace("*/", "* /");
        return text.Length <= maxLength ? text : text.Substring(0, maxLength).TrimEnd() + "...";
    }

    /// <summary>The text on one line: every run of white space, control, format or unassigned characters becomes one space; trimmed.</summary>
    private static string OneLine(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length);
        var lastSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || NeedsEscape(c))
            {
                if (!lastSpace)
                {
                    sb.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            lastSpace = false;
            sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    private static bool NeedsEscape(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned;
    }
}
