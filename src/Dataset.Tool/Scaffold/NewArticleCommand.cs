using Dataset.Tool.Output;

namespace Dataset.Tool.Scaffold;

/// <summary><c>dataset new article</c>.</summary>
internal static class NewArticleCommand
{
    /// <summary>Scaffolds an article.</summary>
    public static int Run(string folder, string id, string url, string text, ToolConsole console) => 0;
}
