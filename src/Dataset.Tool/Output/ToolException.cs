using System;

namespace Dataset.Tool.Output;

/// <summary>Bad input or a bad environment (a missing folder, an unreadable file, an existing output): one line, exit code 2.</summary>
internal sealed class ToolException : Exception
{
    /// <summary>Creates the error with its one-line message.</summary>
    /// <param name="message">What is wrong and, where it helps, what to do.</param>
    public ToolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its one-line message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The cause.</param>
    public ToolException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
