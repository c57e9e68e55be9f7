using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Dataset.Tool.Output;

/// <summary>Where a command writes: its output, its errors, and whether progress may be drawn (a terminal, not a redirect).</summary>
/// <param name="Out">Standard output: diagnostics and results.</param>
/// <param name="Error">Standard error: one-line errors and the progress line.</param>
/// <param name="Interactive">Whether standard error is a terminal; progress is shown only then, as <c>dotnet</c> does.</param>
internal sealed record ToolConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>A progress reporter over <paramref name="total"/> items, silent when not interactive.</summary>
    public Progress StartProgress(string what, int total) => new(this, what, total);
}

/// <summary>
/// A one-line progress display (<c>export: 1,234/10,000 articles</c>) redrawn in place with a carriage return at most a
/// few times a second; nothing at all when the output is redirected.
/// </summary>
internal sealed class Progress : IDisposable
{
    private readonly ToolConsole _console;
    private readonly string _what;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _width;

    public Progress(ToolConsole console, string what, int total)
    {
        _console = console;
        _what = what;
        _total = total;
    }

    /// <summary>Reports that <paramref name="done"/> items are done.</summary>
    public void Report(int done)
    {
        if (!_console.Interactive || _total < 2)
        {
            return;
        }

        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw < 200 && done < _total)
        {
            return;
        }

        _lastDraw = now;
        var line = string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0}/{2:N0} ({3:P0})", _what, done, _total, (double)done / _total);
        _width = Math.Max(_width, line.Length);
        _console.Error.Write("\r" + line.PadRight(_width));
        _console.Error.Flush();
    }

    /// <summary>Clears the progress line.</summary>
    public void Dispose()
    {
        if (_console.Interactive && _width > 0)
        {
            _console.Error.Write("\r" + new string(' ', _width) + "\r");
            _console.Error.Flush();
        }
    }
}
