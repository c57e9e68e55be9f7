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

        return Collect(start, TimeSpan.FromMinutes(20), "dotnet " + string.Join(' ', args));
    }

    /// <summary>
    /// Runs a process with its output and error redirected, and returns its exit code and both outputs, interleaved as
    /// they came; a process still running after <paramref name="limit"/> is killed with its children.
    /// </summary>
    public static (int ExitCode, string Output) Collect(ProcessStartInfo start, TimeSpan limit, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(what + " did not finish in " + limit.TotalMinutes + " minutes:\n" + output);
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
