namespace Dataset.Core.Diagnostics;

/// <summary>How serious a diagnostic is: an error fails the build (and <c>dataset check</c>); a warning does not.</summary>
internal enum DiagnosticSeverity
{
    /// <summary>A likely mistake that still yields correct data.</summary>
    Warning,

    /// <summary>A mistake that must be fixed.</summary>
    Error,
}

/// <summary>
/// One rule of the catalogue, without Roslyn: the generator turns it into a Roslyn <c>DiagnosticDescriptor</c>, the
/// command-line tool prints it in the compiler's <c>file(line,col): error ID: message</c> form.
/// </summary>
/// <param name="Id">The id, for example <c>DSG0203</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style placeholders for the arguments.</param>
/// <param name="Category">The category, for example <c>Dataset.References</c>.</param>
/// <param name="DefaultSeverity">Error or warning.</param>
/// <param name="Description">How to fix it, in a sentence or two (IDEs show it beside the message).</param>
/// <param name="HelpLinkUri">Where the rule is documented.</param>
internal sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, string Category, DiagnosticSeverity DefaultSeverity, string Description, string HelpLinkUri);
