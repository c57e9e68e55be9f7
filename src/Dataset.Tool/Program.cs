using System;
using System.Threading;
using Dataset.Tool.Output;

namespace Dataset.Tool;

/// <summary>The entry point of the <c>dataset</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; Ctrl+C cancels the run (nothing is left half-written).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 success, 1 errors in the data, 2 bad input or usage.</returns>
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var console = new ToolConsole(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected);
        return Cli.Run(args, console, cancel.Token);
    }
}
