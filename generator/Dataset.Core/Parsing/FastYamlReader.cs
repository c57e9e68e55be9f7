using System;
using System.Collections.Generic;

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
internal sealed partial class FastYamlReader
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
}
