using System.Reflection;
using Dataset.Tool.Output;

namespace Dataset.Tool.Tests;

/// <summary>Runs the tool's command line in process, and gives each test a temporary folder of its own.</summary>
internal static class ToolHarness
{
    public static readonly string RepositoryRoot = typeof(ToolHarness).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string CuratedData => Path.Combine(RepositoryRoot, "data");

    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Cli.Run(args, new ToolConsole(output, error, Interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dataset-tool-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>A copy of the curated data folder under <paramref name="name"/>.</summary>
    public string CopyOfCuratedData(string name = "data")
    {
        var target = this[name];
        foreach (var file in Directory.EnumerateFiles(ToolHarness.CuratedData, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(ToolHarness.CuratedData, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
