using System.Text;

namespace Dataset.Common;

// Compiled into both Dataset.Model (EntityIndex's tolerant lookup) and Dataset.Core (the shared-name check, DSG0209),
// as linked source: the generator warns about exactly the names the runtime cannot tell apart.

/// <summary>The tolerant key of a name: its letters and digits, lower-cased (invariant), without diacritics.</summary>
internal static class NameKey
{
    /// <summary>"S-300" and "s 300" give <c>s300</c>; "Medvédev" gives <c>medvedev</c>.</summary>
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
