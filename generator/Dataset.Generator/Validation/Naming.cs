using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Validation;

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

    public static bool IsValidIdentifier(string identifier) =>
        identifier.Length > 0
        && SyntaxFacts.IsValidIdentifier(identifier)
        && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
        && !char.IsDigit(identifier[0]);

    public static bool IsValidNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return false;
        }

        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

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
