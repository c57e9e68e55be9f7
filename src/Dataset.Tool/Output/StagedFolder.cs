using System;
using System.IO;

namespace Dataset.Tool.Output;

/// <summary>
/// An output folder written in a temporary sibling and moved into place only when complete, so that a failed or
/// cancelled run leaves nothing half-written. The target must not exist, unless replacing it was asked for.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    private readonly string _target;
    private readonly bool _replace;
    private bool _committed;

    private StagedFolder(string target, string staging, bool replace)
    {
        _target = target;
        Path = staging;
        _replace = replace;
    }

    /// <summary>The temporary folder to write into.</summary>
    public string Path { get; }

    /// <summary>Creates the temporary folder beside <paramref name="target"/>.</summary>
    /// <exception cref="ToolException">The target exists (and <paramref name="replace"/> is false), or its parent cannot be written.</exception>
    public static StagedFolder Create(string target, bool replace)
    {
        var full = System.IO.Path.GetFullPath(target);
        if (File.Exists(full) || (!replace && Directory.Exists(full)))
        {
            throw new ToolException("the output folder '" + target + "' already exists; remove it or choose another" + (replace ? string.Empty : " (or pass --force where the command takes it)"));
        }

        var parent = System.IO.Path.GetDirectoryName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar)) ?? full;
        var staging = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar)) + ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException("cannot create the output folder '" + target + "': " + ex.Message, ex);
        }

        return new StagedFolder(full, staging, replace);
    }

    /// <summary>Moves the finished folder into place (replacing the old one when that was asked for).</summary>
    public void Commit()
    {
        try
        {
            string? old = null;
            if (_replace && Directory.Exists(_target))
            {
                old = Path + ".old";
                Directory.Move(_target, old);
            }

            Directory.Move(Path, _target);
            _committed = true;
            if (old is not null)
            {
                Directory.Delete(old, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException("cannot move the output into '" + _target + "': " + ex.Message, ex);
        }
    }

    /// <summary>Deletes the temporary folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the folder is hidden and named as temporary.
            }
        }
    }
}
