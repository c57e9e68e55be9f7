using System.Collections.Generic;
using System.Text;

namespace Dataset.Core.Common;

/// <summary>C# member names from canonical names: PascalCase words of letters and digits.</summary>
internal static class Naming
{
    /// <summary><c>Vladimir Putin</c> → <c>VladimirPutin</c>; <c>S-300</c> → <c>S300</c>; <c>Jamaran II</c> → <c>JamaranII</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var sb = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = char.GetUnicodeCategory(c);
            if (category == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue; // strip accents: Khadem Beqam stays, Bāqirī → Baqiri
            }

            if (char.IsLetterOrDigit(c) && c < 0x250)
            {
                sb.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c == '\'' || c == '\u2019')
            {
                // "O'Brien" → "OBrien": an apostrophe does not start a new word
            }
            else
            {
                startOfWord = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <paramref name="identifier"/> is a C# identifier usable as a member name: a letter or underscore, then
    /// letters, digits or underscores, and not a reserved keyword. Checked without Roslyn; a test in the generator's
    /// tests compares the keyword list with Roslyn's <c>SyntaxFacts</c>.
    /// </summary>
    public static bool IsValidIdentifier(string identifier)
    {
        if (identifier.Length == 0 || !(char.IsLetter(identifier[0]) || identifier[0] == '_'))
        {
            return false;
        }

        foreach (var c in identifier)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !Keywords.Contains(identifier);
    }

    /// <summary>The reserved keywords of C# (contextual keywords such as <c>var</c> are valid member names).</summary>
    internal static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
        "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>Kebab-case id: lowercase words of letters and digits joined by single hyphens, starting with a letter.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id.Length > 120 || id[0] < 'a' || id[0] > 'z' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
