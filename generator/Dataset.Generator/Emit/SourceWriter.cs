using System.Text;

namespace Dataset.Generator.Emit;

/// <summary>An indented source writer that always writes <c>\n</c> line endings (byte-identical on every OS).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4);
            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    /// <summary>A line holding <paramref name="bytes"/> as a string literal (<see cref="PackedBytes"/>), written in place.</summary>
    public SourceWriter Line(string before, byte[] bytes, string after)
    {
        _sb.Append(' ', _indent * 4).Append(before);
        PackedBytes.Append(_sb, bytes).Append(after).Append('\n');
        return this;
    }

    /// <summary>A preprocessor directive, at the start of its line.</summary>
    public SourceWriter Directive(string text)
    {
        _sb.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _sb.ToString();
}
