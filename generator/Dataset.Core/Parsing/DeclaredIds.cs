using System.Collections.Generic;

namespace Dataset.Core.Parsing;

/// <summary>
/// A best-effort scan of a file that could not be bound (a YAML syntax error, a limit, a wrong shape) for the ids it
/// declares (<c>id: x</c>, <c>{ id: x, ... }</c>): references to them are then not reported as unknown, because the
/// file's own error is the cause. Plain text scanning: it works however broken the YAML is.
/// </summary>
internal static class DeclaredIds
{
    public static List<string> Scan(string text)
    {
        var ids = new List<string>();
        if (text.Length > YamlLimits.MaxFileLength)
        {
            return ids;
        }

        var at = text.IndexOf("id:", System.StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 ? ' ' : text[at - 1];
            if (before is ' ' or '\t' or '\n' or '\r' or '{' or ',' or '-')
            {
                var i = at + 3;
                while (i < text.Length && text[i] is ' ' or '\t' or '"' or '\'')
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && text[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
                {
                    i++;
                }

                if (i > start)
                {
                    ids.Add(text.Substring(start, i - start));
                }
            }

            at = text.IndexOf("id:", at + 3, System.StringComparison.Ordinal);
        }

        return ids;
    }
}
