using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dataset.Generator.Tests;

/// <summary>
/// Derives variants of a YAML data file for the mutation test: deletes, duplicates, swaps and re-indents lines and
/// list items, retypes values, perturbs dates, ids and numbers, inserts hostile strings and deep nesting, truncates.
/// Text-level on purpose: it produces broken YAML as readily as valid YAML with wrong data, and the generator must
/// handle both. Every choice comes from the <see cref="Random"/> passed in, so a seed reproduces a variant exactly.
/// </summary>
internal static partial class YamlMutator
{
    /// <summary>Strings that have broken generators, compilers, XML docs and terminals.</summary>
    public static readonly string[] Hostile =
    {
        "\"", "\\", "'", "*/", "/*", "//", "\"\"\"", "\"\"\"\"\"\"", "{0}", "{{", "}}", "$\"{x}\"", "@\"", "\\u0022", "\\\"",
        "</summary><script>alert(1)</script>", "<![CDATA[", "]]>", "&amp;", "&", "<", ">", "<see cref=\"X\"/>",
        "\u202E", "abc\u202Edef", "\u2066", "\u200B", "\0", "a\0b", "\u0007", "\uFEFF", "\u00AD", "\u0085", "\u2028", "\u2029",
        "\uD800", "\uDC00x", "\U0001F600", "\u0130", "\u0131", "\u0662\u0660\u0661\u0663", "\uFF11\uFF12",
        "#line 1 \"x\"", "\n#error boom\n", "\r\n#region x\r\n", "\"; System.Environment.Exit(1); //",
        "\"); } } class Evil { static void M() { System.Environment.Exit(1); } } /*",
        "Q159", "author", "null", "~", "true", "-", "---", "...", "? x", ": x", "- x", "&a", "*a", "!!str x", "%YAML 1.2",
        "\t", "\t\t", " leading", "trailing ", "   ", "",
    };

    private static readonly string[] DateValues =
    {
        "2013-02-30", "2013-02-29", "2012-02-29", "2013-13", "2013-00", "2013-H3", "2013-Q5", "2013-Q0", "0000", "0001", "9999-12-31",
        "9999/..", "../0001", "2013-07-08/2013-07-01", "../..", "2013/..", "../2013", "99999", "-2013", "2013-7-8", "2013-07-08T10:00",
        "2013-07-08/", "/2013", "2013//2014", "2013/2014/2015", "2100", "2013-08-09", "2014-H2/..", "1900-01-01",
    };

    private static readonly string[] Numbers =
    {
        "0", "-0", "-1", "1.5", "0.0000001", "3000000000", "2147483648", "-2147483649", "99999999999999999999999999999",
        "79228162514264337593543950336", "1e9", "1E400", "NaN", ".inf", "-.inf", ".5", "1,000", "0x10", "+5", "00012", "1_000",
        "-100", "-101", "100.5",
    };

    private static readonly string[] Retypes =
    {
        "[x, y]", "[]", "{ a: b }", "{}", "~", "", "true", "false", "12", "\"\"", "[[x]]", "{ value: x }", "- x", "|\n  block", ">-", "'single'",
    };

    [GeneratedRegex(@"(?<key>[A-Za-z][A-Za-z0-9-]*): (?<value>""[^""\r\n]*""|[^,\]}\r\n]+)")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b")]
    private static partial Regex KebabId();

    [GeneratedRegex(@"^""?\d{4}")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^-?\d[\d.]*$")]
    private static partial Regex NumberLike();

    /// <summary>Applies one to three mutations to <paramref name="text"/>; returns the variant and what was done.</summary>
    public static (string Text, List<string> Steps) Mutate(string text, Random random)
    {
        var steps = new List<string>();
        var count = 1 + random.Next(random.Next(10) == 0 ? 3 : 1);
        for (var i = 0; i < count; i++)
        {
            (text, var step) = MutateOnce(text, random);
            steps.Add(step);
        }

        return (text, steps);
    }

    private static (string, string) MutateOnce(string text, Random random)
    {
        var lines = SplitLines(text);
        if (lines.Count == 0)
        {
            return ("x", "empty file replaced by 'x'");
        }

        var roll = random.Next(100);
        var n = random.Next(lines.Count);
        switch (roll)
        {
            case < 8:
                lines.RemoveAt(n);
                return (Join(lines), $"delete line {n + 1}");
            case < 14:
                lines.Insert(n, lines[n]);
                return (Join(lines), $"duplicate line {n + 1}");
            case < 20:
            {
                var (start, end) = Block(lines, n);
                var block = lines.GetRange(start, end - start);
                if (random.Next(2) == 0)
                {
                    lines.RemoveRange(start, end - start);
                    return (Join(lines), $"delete block at lines {start + 1}-{end}");
                }

                lines.InsertRange(end, block);
                return (Join(lines), $"duplicate block at lines {start + 1}-{end}");
            }

            case < 23:
                if (n + 1 < lines.Count)
                {
                    (lines[n], lines[n + 1]) = (lines[n + 1], lines[n]);
                }

                return (Join(lines), $"swap lines {n + 1} and {n + 2}");
            case < 27:
            {
                var shift = random.Next(2) == 0 ? " " : "  ";
                lines[n] = random.Next(2) == 0 ? shift + lines[n] : lines[n].StartsWith(shift, StringComparison.Ordinal) ? lines[n].Substring(shift.Length) : lines[n];
                return (Join(lines), $"re-indent line {n + 1}");
            }

            case < 30:
            {
                var cut = random.Next(text.Length + 1);
                return (text.Substring(0, cut), $"truncate at character {cut}");
            }

            case < 32:
            {
                var depth = new[] { 5, 31, 32, 33, 100, 5000 }[random.Next(6)];
                return ReplaceValue(lines, n, random, _ => new string('[', depth) + "x" + new string(']', depth), $"nest {depth} lists");
            }

            case < 44:
                return ReplaceValue(lines, n, random, _ => Retypes[random.Next(Retypes.Length)], "retype");
            case < 70:
                return ReplaceValue(lines, n, random, old => Perturb(old, text, random), "perturb");
            case < 85:
                return ReplaceValue(lines, n, random, _ => Quote(Hostile[random.Next(Hostile.Length)]), "hostile quoted");
            case < 90:
                return ReplaceValue(lines, n, random, _ => Hostile[random.Next(Hostile.Length)].Replace("\n", " ").Replace("\r", " "), "hostile raw");
            case < 95:
            {
                var length = new[] { 1000, 65_535, 65_536, 65_537, 70_000 }[random.Next(5)];
                return ReplaceValue(lines, n, random, _ => Quote(new string('w', length)), $"long value ({length})");
            }

            default:
            {
                var ids = KebabId().Matches(lines[n]);
                if (ids.Count == 0)
                {
                    return ReplaceValue(lines, n, random, old => Perturb(old, text, random), "perturb");
                }

                var m = ids[random.Next(ids.Count)];
                var replacement = PerturbId(m.Value, text, random);
                lines[n] = lines[n].Substring(0, m.Index) + replacement + lines[n].Substring(m.Index + m.Length);
                return (Join(lines), $"line {n + 1}: id '{m.Value}' -> '{Show(replacement)}'");
            }
        }
    }

    /// <summary>Mutates an article text: hostile strings inserted raw, spans deleted or doubled, blank lines, truncation.</summary>
    public static (string Text, string Step) MutateText(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0:
            case 1:
            {
                var hostile = Hostile[random.Next(Hostile.Length)];
                return (text.Insert(at, hostile), $"text: insert '{Show(hostile)}' at {at}");
            }

            case 2:
            {
                var length = Math.Min(text.Length - at, random.Next(200));
                return (text.Remove(at, length), $"text: delete {length} characters at {at}");
            }

            case 3:
            {
                var length = Math.Min(text.Length - at, random.Next(400));
                return (text.Insert(at, text.Substring(at, length)), $"text: double {length} characters at {at}");
            }

            case 4:
                return (text.Insert(at, random.Next(2) == 0 ? "\n\n\n" : new string(' ', 10_000)), $"text: blank space at {at}");
            default:
                return (text.Substring(0, at), $"text: truncate at {at}");
        }
    }

    /// <summary>Replaces one <c>key: value</c> on line <paramref name="n"/> (or the nearest line that has one).</summary>
    private static (string, string) ReplaceValue(List<string> lines, int n, Random random, Func<string, string> make, string what)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var index = (n + k) % lines.Count;
            var matches = KeyValue().Matches(lines[index]);
            if (matches.Count == 0)
            {
                continue;
            }

            var m = matches[random.Next(matches.Count)];
            var value = m.Groups["value"];
            var replacement = make(value.Value.Trim());
            lines[index] = lines[index].Substring(0, value.Index) + replacement + lines[index].Substring(value.Index + value.Length);
            return (Join(lines), $"line {index + 1}: {what} '{m.Groups["key"].Value}': '{Show(value.Value)}' -> '{Show(replacement)}'");
        }

        return (Join(lines), "no value to replace");
    }

    private static string Perturb(string old, string text, Random random)
    {
        if (DateLike().IsMatch(old))
        {
            return random.Next(3) == 0
                ? "\"" + (int.Parse(old.Trim('"').Substring(0, 4), CultureInfo.InvariantCulture) + random.Next(-3, 4)).ToString(CultureInfo.InvariantCulture) + old.Trim('"').Substring(4) + "\""
                : "\"" + DateValues[random.Next(DateValues.Length)] + "\"";
        }

        if (NumberLike().IsMatch(old))
        {
            return Numbers[random.Next(Numbers.Length)];
        }

        if (KebabId().IsMatch(old) || old.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return PerturbId(old, text, random);
        }

        return random.Next(4) switch
        {
            0 => old.Length > 1 ? old.Substring(0, random.Next(old.Length)) : "x",
            1 => old + old,
            2 => Quote(old.ToUpperInvariant()),
            _ => Quote(old.Insert(random.Next(old.Length + 1), Hostile[random.Next(Hostile.Length)])),
        };
    }

    private static string PerturbId(string id, string text, Random random)
    {
        switch (random.Next(7))
        {
            case 0:
            {
                var all = KebabId().Matches(text);
                return all.Count == 0 ? id : all[random.Next(all.Count)].Value;
            }

            case 1: return id + "x";
            case 2: return id.ToUpperInvariant();
            case 3: return id.Replace('-', '_');
            case 4: return "-" + id;
            case 5: return "1" + id;
            default: return string.Concat(Enumerable.Repeat(id, 1 + (300 / Math.Max(1, id.Length))));
        }
    }

    /// <summary>A YAML double-quoted scalar for any string: escapes quotes, backslashes and every control, format or surrogate character.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c >= 0x7F)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>The list item (or mapping entry with its indented children) that contains line <paramref name="n"/>.</summary>
    private static (int Start, int End) Block(List<string> lines, int n)
    {
        var start = n;
        while (start > 0 && !lines[start].TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            start--;
        }

        var indent = Indent(lines[start]);
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
        {
            end++;
        }

        return (start, end);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static List<string> SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();

    private static string Join(List<string> lines) => string.Join("\n", lines);

    /// <summary>A value as a failure message shows it: controls escaped, long values shortened.</summary>
    public static string Show(string value)
    {
        var quoted = Quote(value);
        var inner = quoted.Substring(1, quoted.Length - 2);
        return inner.Length > 120 ? inner.Substring(0, 100) + "...(" + value.Length + " chars)" : inner;
    }
}
