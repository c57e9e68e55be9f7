using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Dataset.Core.Common;
using Dataset.Core.Diagnostics;
using Dataset.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dataset.Core.Parsing;

/// <summary>
/// Reads one YAML file into <see cref="YamlNode"/>s from YamlDotNet's parser events, never through its recursive
/// loaders: depth, size, value length and node count are bounded while reading, anchors and aliases are rejected
/// (no alias expansion, so no "billion laughs"), duplicate keys are reported with both places, and every exception
/// the parser throws becomes a located diagnostic. Files in the common subset of YAML are read by
/// <see cref="FastYamlReader"/> instead, into the same tree; it declines everything else, and every error.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Reads one file into its tree, or reports why not.</summary>
    /// <param name="path">The file's path, for locations.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="fast">Whether <see cref="FastYamlReader"/> may read the file (tests compare both readers).</param>
    public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, bool fast = true)
    {
        if (text.Length > YamlLimits.MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.FileStart(path),
                text.Length.ToString(CultureInfo.InvariantCulture), YamlLimits.MaxFileLength.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (fast && FastYamlReader.TryRead(path, text) is { } tree)
        {
            return tree;
        }

        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var nodes = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var e = parser.Current!;
                last = e.Start;
                if (++nodes > YamlLimits.MaxNodes)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, Loc(path, e.Start, e.End),
                        "more than " + YamlLimits.MaxNodes.ToString(CultureInfo.InvariantCulture) + " nodes", YamlLimits.MaxNodes.ToString(CultureInfo.InvariantCulture)));
                    return null;
                }

                switch (e)
                {
                    case DocumentStart ds when !ds.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotADatasetFile, Loc(path, e.Start, e.End),
                                "the file holds more than one YAML document (---); keep one document per file"));
                            return null;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AliasNotSupported, Loc(path, e.Start, e.End)));
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty || !node.Tag.IsEmpty:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AliasNotSupported, Loc(path, e.Start, e.End)));
                        return null;
                    case Scalar s:
                        if (s.Value.Length > YamlLimits.MaxScalarLength)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ScalarTooLong, Loc(path, s.Start, s.End),
                                s.Value.Length.ToString(CultureInfo.InvariantCulture), YamlLimits.MaxScalarLength.ToString(CultureInfo.InvariantCulture)));
                            return null;
                        }

                        if (!Add(new YamlScalar(s.Value, s.Style == ScalarStyle.Plain, Loc(path, s.Start, s.End)), stack, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (stack.Count >= YamlLimits.MaxDepth)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, Loc(path, e.Start, e.End),
                                YamlLimits.MaxDepth.ToString(CultureInfo.InvariantCulture)));
                            return null;
                        }

                        stack.Push(new Frame(e is MappingStart, e.Start));
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        var location = Loc(path, frame.Start, e.End);
                        YamlNode built = frame.IsMapping
                            ? new YamlMapping(frame.Entries, location)
                            : new YamlSequence(frame.Items, location);
                        if (!Add(built, stack, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(TabIndentation(path, text, (int)ex.Start.Line - 1, (int)ex.End.Line)
                ?? DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, Loc(path, ex.Start, ex.End), Clean(ex.Message)));
            return null;
        }
        catch (Exception ex)
        {
            // YamlDotNet throws InvalidOperationException, ArgumentException and others on some malformed input.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, Loc(path, last, last),
                "the YAML is malformed at or just after this point (check brackets, quotes and indentation; parser said: " + Clean(ex.Message) + ")"));
            return null;
        }

        if (root is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotADatasetFile, LocationInfo.FileStart(path), "the file is empty"));
        }

        return root;
    }

    private static bool Add(YamlNode node, Stack<Frame> stack, ref YamlNode? root, List<DiagnosticInfo> diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var frame = stack.Peek();
        if (!frame.IsMapping)
        {
            frame.Items.Add(node);
            return true;
        }

        if (frame.PendingKey is null)
        {
            if (node is not YamlScalar key || key.IsNull)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, node.Location,
                    "a mapping key must be a plain name, not " + node.Describe));
                return false;
            }

            if (frame.FindKey(key.Value) is { } first)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, key.Location, first, key.Value));
            }
            else
            {
                frame.AddKey(key);
            }

            frame.PendingKey = key;
            return true;
        }

        frame.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(frame.PendingKey, node));
        frame.PendingKey = null;
        return true;
    }

    /// <summary>
    /// The parser reports a tab used as indentation at the start of the node it was reading; this finds the tab itself:
    /// the first tab in the leading whitespace of a line from <paramref name="firstLine"/> to <paramref name="lastLine"/>
    /// (0-based), where the error must lie. Null when there is none (the error is something else).
    /// </summary>
    private static DiagnosticInfo? TabIndentation(string path, string text, int firstLine, int lastLine)
    {
        var line = 0;
        var lineStart = 0;
        while (line < Math.Max(0, firstLine) && lineStart < text.Length)
        {
            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
            line++;
        }

        for (; line <= lastLine && lineStart < text.Length; line++)
        {
            for (var i = lineStart; i < text.Length && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t')
                {
                    var column = i - lineStart;
                    return DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, new LocationInfo(path, i, i + 1, line, column, line, column + 1),
                        "a tab is used for indentation; YAML indents with spaces only");
                }
            }

            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
        }

        return null;
    }

    private static LocationInfo Loc(string path, Mark start, Mark end)
    {
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1);
        var endLine = Math.Max(startLine, (int)end.Line - 1);
        var endColumn = Math.Max(0, (int)end.Column - 1);
        if (endLine == startLine && endColumn < startColumn)
        {
            endColumn = startColumn;
        }

        var startIndex = Math.Max(0, (int)start.Index);
        var endIndex = Math.Max(startIndex, (int)end.Index);
        return new LocationInfo(path, startIndex, endIndex, startLine, startColumn, endLine, endColumn);
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(Line", StringComparison.Ordinal) && i >= 0 ? message.Substring(i + 3) : message;
        return text.Trim().TrimEnd('.');
    }

    /// <summary>
    /// A mapping or sequence being read. Light: a sequence has only its items, a mapping only its entries and keys; the
    /// keys of a small mapping (most of them) are checked for duplicates by scanning, a dictionary only past
    /// <see cref="ScanKeys"/> keys.
    /// </summary>
    private sealed class Frame
    {
        private const int ScanKeys = 12;
        private static readonly List<YamlNode> NoItems = new(0);
        private static readonly List<KeyValuePair<YamlScalar, YamlNode>> NoEntries = new(0);

        private readonly List<YamlScalar>? _keys;
        private Dictionary<string, LocationInfo>? _keyIndex;

        public Frame(bool isMapping, Mark start)
        {
            IsMapping = isMapping;
            Start = start;
            Items = isMapping ? NoItems : new List<YamlNode>();
            Entries = isMapping ? new List<KeyValuePair<YamlScalar, YamlNode>>() : NoEntries;
            _keys = isMapping ? new List<YamlScalar>() : null;
        }

        public bool IsMapping { get; }

        public Mark Start { get; }

        public List<YamlNode> Items { get; }

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

        public YamlScalar? PendingKey { get; set; }

        /// <summary>Where the mapping first has <paramref name="key"/>, or null.</summary>
        public LocationInfo? FindKey(string key)
        {
            if (_keyIndex is not null)
            {
                return _keyIndex.TryGetValue(key, out var at) ? at : null;
            }

            foreach (var k in _keys!)
            {
                if (string.Equals(k.Value, key, StringComparison.Ordinal))
                {
                    return k.Location;
                }
            }

            return null;
        }

        public void AddKey(YamlScalar key)
        {
            _keys!.Add(key);
            if (_keyIndex is not null)
            {
                _keyIndex.Add(key.Value, key.Location);
            }
            else if (_keys.Count > ScanKeys)
            {
                _keyIndex = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
                foreach (var k in _keys)
                {
                    _keyIndex.Add(k.Value, k.Location);
                }
            }
        }
    }
}
