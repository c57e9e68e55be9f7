using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Dataset.Package.Tests;

/// <summary>Runs the dotnet CLI in a child process with a clean MSBuild environment and a time limit.</summary>
internal static class DotNet
{
    public static readonly string RepositoryRoot = typeof(DotNet).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static (int ExitCode, string Output) Run(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "VSTEST_HOST_DEBUG").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args) + " did not finish in 20 minutes:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public static string Ok(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var (code, output) = Run(workingDirectory, environment, args);
        Assert.True(code == 0, "dotnet " + string.Join(' ', args) + " failed with " + code + ":\n" + output);
        return output;
    }
}
