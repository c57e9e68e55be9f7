using System;
using System.Collections.Generic;
using System.Text;

namespace Dataset.Core.Parsing;

/// <content>Scalars: plain, double-quoted (escapes decoded) and single-quoted, each on one line; and mapping entries.</content>
internal sealed partial class FastYamlReader
{
    private YamlScalar ScalarAt(bool flow, bool keyProbe = false)
    {
        var c = Peek();
        var scalar = c switch
        {
            '"' or '\'' => Quoted(),
            _ => Plain(flow),
        };
        if (!keyProbe)
        {
            Count(1);
        }

        return scalar;
    }

    /// <summary>
    /// A plain scalar on one line. A plain scalar that goes on over the next, deeper lines is declined by the callers:
    /// after a value, a content line deeper than the value's mapping or sequence is never read.
    /// </summary>
    private YamlScalar Plain(bool flow)
    {
        var c = Peek();
        if (c is '\0' or '\n' or ' ' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '"' or '\''
            || c is '?' or ':' || (c == '-' && IsBlankOrEnd(_pos + 1)))
        {
            throw Declined.Instance;
        }

        var start = Here();
        var i = _pos;
        var last = _pos; // just past the last non-space character
        while (i < _text.Length)
        {
            var ch = _text[i];
            if (ch == '\n')
            {
                break;
            }

            if (ch == ' ')
            {
                if (i + 1 < _text.Length && _text[i + 1] == '#')
                {
                    break;
                }

                i++;
                continue;
            }

            if (ch == ':' && IsBlankOrEnd(i + 1))
            {
                break; // a key's colon (or "a: b: c", declined by the caller)
            }

            if (flow && ch is ',' or '[' or ']' or '{' or '}')
            {
                break;
            }

            if (flow && ch == ':')
            {
                throw Declined.Instance; // ':' inside a flow scalar
            }

            i++;
            last = i;
        }

        if (flow && (i >= _text.Length || _text[i] == '\n' || (_text[i] == ' ' && i + 1 < _text.Length && _text[i + 1] == '#')))
        {
            throw Declined.Instance; // a flow collection not closed on its line
        }

        _pos = last;
        var value = Text(start.Index, last - start.Index);
        return Scalar(value, true, start, Here());
    }

    /// <summary>A quoted scalar on one line: double-quoted with its escapes decoded, or single-quoted with <c>''</c> for a quote.</summary>
    private YamlScalar Quoted()
    {
        var quote = _text[_pos];
        var start = Here();
        var i = _pos + 1;
        StringBuilder? built = null;
        var runStart = i;
        while (true)
        {
            if (i >= _text.Length || _text[i] == '\n')
            {
                throw Declined.Instance; // multi-line or unclosed
            }

            var ch = _text[i];
            if (quote == '"' && ch == '\\')
            {
                built ??= new StringBuilder();
                built.Append(_text, runStart, i - runStart);
                i = Escape(i + 1, built);
                runStart = i;
            }
            else if (ch != quote)
            {
                i++;
            }
            else if (quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
            {
                built ??= new StringBuilder();
                built.Append(_text, runStart, i - runStart + 1); // the run and one quote of the two
                i += 2;
                runStart = i;
            }
            else
            {
                break;
            }
        }

        var value = built is null ? Text(runStart, i - runStart) : built.Append(_text, runStart, i - runStart).ToString();
        _pos = i + 1;
        return Scalar(value, false, start, Here());
    }

    /// <summary>Decodes the escape after a backslash at <paramref name="at"/> into <paramref name="into"/>; returns the index after it.</summary>
    private int Escape(int at, StringBuilder into)
    {
        if (at >= _text.Length)
        {
            throw Declined.Instance;
        }

        var simple = _text[at] switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001B',
            ' ' => ' ',
            '"' => '"',
            '/' => '/',
            '\\' => '\\',
            'N' => '\u0085',
            '_' => '\u00A0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => (char?)null,
        };
        if (simple is { } s)
        {
            into.Append(s);
            return at + 1;
        }

        var digits = _text[at] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => throw Declined.Instance };
        if (at + digits >= _text.Length)
        {
            throw Declined.Instance;
        }

        var code = 0;
        for (var k = 1; k <= digits; k++)
        {
            var d = _text[at + k];
            var v = d is >= '0' and <= '9' ? d - '0' : d is >= 'a' and <= 'f' ? d - 'a' + 10 : d is >= 'A' and <= 'F' ? d - 'A' + 10 : -1;
            if (v < 0)
            {
                throw Declined.Instance;
            }

            code = (code << 4) | v;
        }

        if (code is (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF || code < 0)
        {
            throw Declined.Instance;
        }

        into.Append(char.ConvertFromUtf32(code));
        return at + 1 + digits;
    }

    private YamlScalar Scalar(string value, bool plain, (int Index, int Line, int Column) start, (int Index, int Line, int Column) end)
    {
        if (value.Length > YamlLimits.MaxScalarLength)
        {
            throw Declined.Instance;
        }

        return new YamlScalar(value, plain, Location(start, end));
    }

    private static void Add(List<KeyValuePair<YamlScalar, YamlNode>> entries, YamlScalar key, YamlNode value)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, key.Value, StringComparison.Ordinal))
            {
                throw Declined.Instance; // YamlDotNet's reading reports both places
            }
        }

        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
    }

    /// <summary>
    /// The characters at <paramref name="start"/> as a string. A short one (an id, a code, a date, a role) comes from a
    /// small cache of this thread's recent strings when it holds the same characters, so that the models of a whole
    /// corpus, which the driver keeps, hold one string for each value repeated across files rather than one per use.
    /// A direct-mapped cache: a slot's string is replaced when another hashes there; the values are the same either way.
    /// </summary>
    private string Text(int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > PooledLength)
        {
            return _text.Substring(start, length);
        }

        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ _text[i]) * 16777619u;
        }

        var pool = t_pool ??= new string?[PoolSize];
        var slot = (int)(hash & (PoolSize - 1));
        if (pool[slot] is { } known && known.Length == length && string.CompareOrdinal(known, 0, _text, start, length) == 0)
        {
            return known;
        }

        return pool[slot] = _text.Substring(start, length);
    }

    private const int PooledLength = 48;

    private const int PoolSize = 4096;

    [ThreadStatic]
    private static string?[]? t_pool;
}
