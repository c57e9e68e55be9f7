using System;
using System.Collections.Generic;
using System.Text;
using Dataset.Core.Common;

namespace Dataset.Core.Parsing;

/// <summary>
/// Reads the YAML that dataset files are written in, quickly, or declines. The subset: block mappings and sequences
/// (indentless ones included), single-line plain, single-quoted and double-quoted scalars, single-line flow sequences
/// and mappings, comments, blank lines and empty values, with <c>\n</c> line breaks and printable characters only.
/// Anything else (block scalars, multi-line scalars or flow collections, anchors, tags, aliases, documents markers,
/// tabs, carriage returns, duplicate keys, anything malformed) is declined, and <see cref="YamlTreeReader"/> reads the
/// file with YamlDotNet's parser, which reports every error. A tree this reader returns is the tree
/// <see cref="YamlTreeReader"/> builds from YamlDotNet's events: the same values, styles and locations (a differential
/// test holds it to that over the corpus, the fixtures and random documents). YamlDotNet's parser spends a third of a
/// parse in event objects and string interning; this reader reads each line once.
/// </summary>
internal sealed class FastYamlReader
{
    private readonly string _path;
    private readonly string _text;
    private int _pos;
    private int _line;
    private int _lineStart;
    private int _depth;
    private int _nodes;

    private FastYamlReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The file's tree, or null when the file is outside the subset (then read it with YamlDotNet).</summary>
    public static YamlNode? TryRead(string path, string text)
    {
        if (!AllCharactersAllowed(text))
        {
            return null;
        }

        try
        {
            return new FastYamlReader(path, text).Document();
        }
        catch (Declined)
        {
            return null;
        }
    }

    /// <summary>Printable characters and <c>\n</c> only: no tab, carriage return, BOM, NEL, line or paragraph separator, surrogate.</summary>
    private static bool AllCharactersAllowed(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= ' ' and <= '~') or '\n')
            {
                continue;
            }

            if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' || (c >= '\uD800' && c <= '\uDFFF') || c > '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    private YamlNode Document()
    {
        var indent = NextContent();
        if (indent < 0)
        {
            throw Declined.Instance; // empty: YamlDotNet's reading says so
        }

        var root = BlockNode(indent);
        if (NextContent() >= 0)
        {
            throw Declined.Instance;
        }

        return root;
    }

    /// <summary>A block mapping or sequence starting at the current position, the first content of a line.</summary>
    private YamlNode BlockNode(int indent)
    {
        if (IsEntryIndicator())
        {
            return BlockSequence(indent, indentless: false);
        }

        if (IsKey())
        {
            return BlockMapping(indent);
        }

        throw Declined.Instance;
    }

    private YamlMapping BlockMapping(int indent)
    {
        Enter();
        var start = Here();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        while (true)
        {
            var key = Key(flow: false);
            var afterColon = Here();
            SkipSpaces();
            YamlNode value;
            int next;
            if (AtLineEnd())
            {
                next = NextContent();
                if (next > indent)
                {
                    value = BlockNode(next);
                    next = CurrentIndent();
                }
                else if (next == indent && IsEntryIndicator())
                {
                    value = BlockSequence(indent, indentless: true);
                    next = CurrentIndent();
                }
                else
                {
                    value = Scalar(string.Empty, true, afterColon, afterColon);
                }
            }
            else
            {
                value = InlineValue();
                next = EndLine();
            }

            Add(entries, key, value);
            if (next == indent)
            {
                if (IsEntryIndicator())
                {
                    throw Declined.Instance;
                }

                continue;
            }

            if (next > indent)
            {
                throw Declined.Instance;
            }

            Leave();
            return new YamlMapping(entries, Location(start, BlockEnd()));
        }
    }

    private YamlSequence BlockSequence(int indent, bool indentless)
    {
        Enter();
        var start = Here();
        var items = new List<YamlNode>();
        while (true)
        {
            Advance(1); // the '-'
            SkipSpaces();
            YamlNode item;
            int next;
            if (AtLineEnd())
            {
                next = NextContent();
                if (next <= indent)
                {
                    throw Declined.Instance; // an empty item
                }

                item = BlockNode(next);
                next = CurrentIndent();
            }
            else if (IsEntryIndicator())
            {
                throw Declined.Instance; // "- - x"
            }
            else if (IsKey())
            {
                item = BlockMapping(_pos - _lineStart);
                next = CurrentIndent();
            }
            else
            {
                item = InlineValue();
                next = EndLine();
            }

            items.Add(item);
            if (next == indent && IsEntryIndicator())
            {
                continue;
            }

            if (next > indent || (next == indent && !indentless))
            {
                throw Declined.Instance;
            }

            Leave();
            return new YamlSequence(items, Location(start, BlockEnd()));
        }
    }

    /// <summary>A value on the line of its key or dash: a quoted or plain scalar, or a flow collection.</summary>
    private YamlNode InlineValue()
    {
        var c = _text[_pos];
        if (c == '[')
        {
            return FlowSequence();
        }

        if (c == '{')
        {
            return FlowMapping();
        }

        var value = ScalarAt(flow: false);
        SkipSpaces();
        if (!AtLineEnd())
        {
            throw Declined.Instance; // "a: b: c", or something after a quoted value
        }

        return value;
    }

    private YamlSequence FlowSequence()
    {
        Enter();
        var start = Here();
        Advance(1);
        SkipSpaces();
        var items = new List<YamlNode>();
        if (Peek() != ']')
        {
            while (true)
            {
                items.Add(FlowItem());
                SkipSpaces();
                if (Peek() == ':')
                {
                    throw Declined.Instance; // a single-pair mapping inside the sequence
                }

                if (!Separator(']'))
                {
                    break;
                }
            }
        }

        return CloseFlow(']', end => new YamlSequence(items, Location(start, end)));
    }

    private YamlMapping FlowMapping()
    {
        Enter();
        var start = Here();
        Advance(1);
        SkipSpaces();
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        if (Peek() != '}')
        {
            while (true)
            {
                var key = Key(flow: true);
                SkipSpaces();
                if (Peek() is ',' or '}' or '\0')
                {
                    throw Declined.Instance; // an empty value
                }

                Add(entries, key, FlowItem());
                SkipSpaces();
                if (!Separator('}'))
                {
                    break;
                }
            }
        }

        return CloseFlow('}', end => new YamlMapping(entries, Location(start, end)));
    }

    /// <summary>After an item: true past a comma followed by another item; false before the closing bracket.</summary>
    private bool Separator(char close)
    {
        if (Peek() != ',')
        {
            return false;
        }

        Advance(1);
        SkipSpaces();
        if (Peek() == close)
        {
            throw Declined.Instance; // a trailing comma
        }

        return true;
    }

    private T CloseFlow<T>(char close, Func<(int Index, int Line, int Column), T> build)
    {
        if (Peek() != close)
        {
            throw Declined.Instance; // unclosed on its line, or something unexpected
        }

        var node = build(Here()); // YamlDotNet ends a flow collection at its closing bracket
        Advance(1);
        Leave();
        return node;
    }

    private YamlNode FlowItem() => Peek() switch
    {
        '[' => FlowSequence(),
        '{' => FlowMapping(),
        _ => ScalarAt(flow: true),
    };

    /// <summary>A mapping key and its colon: a plain or quoted scalar, not null, then <c>:</c> and a space or the line's end.</summary>
    private YamlScalar Key(bool flow)
    {
        var c = Peek();
        if (c is '[' or '{')
        {
            throw Declined.Instance;
        }

        var key = ScalarAt(flow);
        if (key.IsNull || key.Value.Length > 1000)
        {
            throw Declined.Instance; // YamlDotNet's reading reports a null key; a long key is not a simple key
        }

        SkipSpaces();
        if (Peek() != ':' || !IsBlankOrEnd(_pos + 1))
        {
            throw Declined.Instance;
        }

        Advance(1);
        return key;
    }

    /// <summary>Whether the current position starts a key: a scalar on this line followed by <c>: </c> or <c>:</c> at the line's end.</summary>
    private bool IsKey()
    {
        var saved = _pos;
        try
        {
            var c = Peek();
            if (c is '[' or '{')
            {
                return false;
            }

            ScalarAt(flow: false, keyProbe: true);
            SkipSpaces();
            return Peek() == ':' && IsBlankOrEnd(_pos + 1);
        }
        catch (Declined)
        {
            return false;
        }
        finally
        {
            _pos = saved;
        }
    }

    private YamlScalar ScalarAt(bool flow, bool keyProbe = false)
    {
        var c = Peek();
        var scalar = c switch
        {
            '"' => DoubleQuoted(),
            '\'' => SingleQuoted(),
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
        var value = _text.Substring(start.Index, last - start.Index);
        return Scalar(value, true, start, Here());
    }

    private YamlScalar DoubleQuoted()
    {
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
            if (ch == '"')
            {
                break;
            }

            if (ch != '\\')
            {
                i++;
                continue;
            }

            built ??= new StringBuilder();
            built.Append(_text, runStart, i - runStart);
            i = Escape(i + 1, built);
            runStart = i;
        }

        var value = built is null ? _text.Substring(runStart, i - runStart) : built.Append(_text, runStart, i - runStart).ToString();
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

    private YamlScalar SingleQuoted()
    {
        var start = Here();
        var i = _pos + 1;
        StringBuilder? built = null;
        var runStart = i;
        while (true)
        {
            if (i >= _text.Length || _text[i] == '\n')
            {
                throw Declined.Instance;
            }

            if (_text[i] != '\'')
            {
                i++;
                continue;
            }

            if (i + 1 < _text.Length && _text[i + 1] == '\'')
            {
                built ??= new StringBuilder();
                built.Append(_text, runStart, i - runStart + 1);
                i += 2;
                runStart = i;
                continue;
            }

            break;
        }

        var value = built is null ? _text.Substring(runStart, i - runStart) : built.Append(_text, runStart, i - runStart).ToString();
        _pos = i + 1;
        return Scalar(value, false, start, Here());
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

    /// <summary>Ends a line after its value: spaces, an optional comment, the line break; returns the indentation of the next content line (-1 at the end).</summary>
    private int EndLine()
    {
        SkipSpaces();
        if (!AtLineEnd())
        {
            throw Declined.Instance;
        }

        return NextContent();
    }

    /// <summary>
    /// Moves past the rest of this line (spaces and a comment) and any blank or comment lines to the first character of
    /// the next content line; returns its indentation, or -1 at the end of the text (the position is then its end).
    /// </summary>
    private int NextContent()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
                continue;
            }

            if (c == ' ')
            {
                _pos++;
                continue;
            }

            if (c == '#')
            {
                if (_pos > _lineStart && _text[_pos - 1] != ' ')
                {
                    throw Declined.Instance;
                }

                var end = _text.IndexOf('\n', _pos);
                _pos = end < 0 ? _text.Length : end;
                continue;
            }

            if (_pos == _lineStart && (Starts("---") || Starts("...")))
            {
                throw Declined.Instance; // a document marker
            }

            return _pos - _lineStart;
        }

        return -1;
    }

    /// <summary>The indentation of the current content line, or -1 at the end of the text.</summary>
    private int CurrentIndent() => _pos >= _text.Length ? -1 : _pos - _lineStart;

    private bool Starts(string marker) =>
        string.CompareOrdinal(_text, _pos, marker, 0, marker.Length) == 0 && IsBlankOrEnd(_pos + marker.Length);

    private bool IsEntryIndicator() => Peek() == '-' && IsBlankOrEnd(_pos + 1);

    private bool IsBlankOrEnd(int at) => at >= _text.Length || _text[at] is ' ' or '\n';

    /// <summary>At a line's end, or at a comment (a '#' after a space).</summary>
    private bool AtLineEnd() => _pos >= _text.Length || _text[_pos] == '\n' || (_text[_pos] == '#' && _pos > 0 && _text[_pos - 1] == ' ');

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private void Advance(int count) => _pos += count;

    private void Enter()
    {
        if (++_depth >= YamlLimits.MaxDepth)
        {
            throw Declined.Instance; // YamlDotNet's reading reports the nesting
        }

        Count(2);
    }

    private void Leave() => _depth--;

    private void Count(int nodes)
    {
        _nodes += nodes;
        if (_nodes > YamlLimits.MaxNodes / 2)
        {
            throw Declined.Instance; // YamlDotNet's reading counts its events and reports the size
        }
    }

    /// <summary>The current position: index, 0-based line and column.</summary>
    private (int Index, int Line, int Column) Here() => (_pos, _line, _pos - _lineStart);

    /// <summary>
    /// Where YamlDotNet ends a block mapping or sequence: at the next token, the first character of the next content
    /// line, or at the end of the stream, which it marks at the start of the line after the last whether or not the
    /// text ends with a line break.
    /// </summary>
    private (int Index, int Line, int Column) BlockEnd() =>
        _pos >= _text.Length && _pos > _lineStart ? (_pos, _line + 1, 0) : Here();

    private LocationInfo Location((int Index, int Line, int Column) start, (int Index, int Line, int Column) end)
    {
        var endColumn = end.Line == start.Line && end.Column < start.Column ? start.Column : end.Column;
        return new LocationInfo(_path, start.Index, Math.Max(start.Index, end.Index), start.Line, start.Column, Math.Max(start.Line, end.Line), endColumn);
    }

    /// <summary>The file is outside the subset: read it with YamlDotNet.</summary>
    private sealed class Declined : Exception
    {
        public static readonly Declined Instance = new();
    }
}
