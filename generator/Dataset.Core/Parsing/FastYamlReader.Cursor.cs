using System;
using Dataset.Core.Common;

namespace Dataset.Core.Parsing;

/// <content>The cursor: lines, comments and spaces, limits, and positions as YamlDotNet marks them.</content>
internal sealed partial class FastYamlReader
{
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
