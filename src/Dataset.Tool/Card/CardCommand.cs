using System.Threading;
using Dataset.Tool.Output;

namespace Dataset.Tool.Card;

/// <summary><c>dataset card</c>.</summary>
internal static class CardCommand
{
    /// <summary>Writes the card.</summary>
    public static int Run(string folder, string output, string version, bool force, ToolConsole console, CancellationToken cancellationToken) => 0;
}
