namespace Dataset.Core.Common;

/// <summary>
/// A place in a data file, as plain values (Roslyn's <c>Location</c> would break caching). A value type: the models
/// hold one for every field they read, about a thousand per article, which as objects were the largest part of what
/// the warm driver keeps (docs/benchmarks.md).
/// </summary>
/// <param name="Path">The file path as the compiler sees it.</param>
/// <param name="Start">0-based character offset of the start.</param>
/// <param name="End">0-based character offset just past the end.</param>
/// <param name="StartLine">0-based line of the start.</param>
/// <param name="StartColumn">0-based column of the start.</param>
/// <param name="EndLine">0-based line of the end.</param>
/// <param name="EndColumn">0-based column of the end.</param>
internal readonly record struct LocationInfo(string Path, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>No place: for problems that concern no file (an option, the corpus as a whole).</summary>
    public static LocationInfo None { get; } = new(string.Empty, 0, 0, 0, 0, 0, 0);

    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary><c>file(line,col)</c> with 1-based numbers, as compilers print it.</summary>
    public string Display => FileName + "(" + (StartLine + 1) + "," + (StartColumn + 1) + ")";

    private string FileName
    {
        get
        {
            var i = Path.LastIndexOfAny(new[] { '/', '\\' });
            return i < 0 ? Path : Path.Substring(i + 1);
        }
    }
}
