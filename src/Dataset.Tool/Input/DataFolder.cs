using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Core.Pipeline;
using Dataset.Tool.Output;

namespace Dataset.Tool.Input;

/// <summary>
/// The files of a data folder as the generator's MSBuild convention gives them to the compiler: every <c>*.yaml</c>,
/// <c>*.yml</c> and <c>*.txt</c> below the folder (<c>$(DatasetDataFolder)/**/*.yaml;…</c>), as full paths, in ordinal
/// order. Files are read on demand, as strict UTF-8 (a byte order mark is allowed and dropped).
/// </summary>
internal sealed class DataFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private DataFolder(string root, IReadOnlyList<string> yaml, IReadOnlyList<string> texts)
    {
        Root = root;
        Yaml = yaml;
        Texts = texts;
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>The YAML files (full paths, ordinal order).</summary>
    public IReadOnlyList<string> Yaml { get; }

    /// <summary>The text files (full paths, ordinal order).</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Lists the data files of <paramref name="folder"/>.</summary>
    /// <exception cref="ToolException">The folder does not exist or cannot be listed.</exception>
    public static DataFolder Open(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new ToolException("the data folder '" + folder + "' does not exist");
        }

        try
        {
            var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
                .Where(p => CorpusPipeline.IsYaml(p) || CorpusPipeline.IsText(p))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            return new DataFolder(root, files.Where(CorpusPipeline.IsYaml).ToList(), files.Where(CorpusPipeline.IsText).ToList());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException("the data folder '" + folder + "' cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Reads a file as strict UTF-8.</summary>
    /// <exception cref="ToolException">The file cannot be read or is not UTF-8.</exception>
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new ToolException(path + ": the file is not UTF-8; save it as UTF-8");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(path + ": the file cannot be read: " + ex.Message, ex);
        }
    }
}
