namespace Dataset.Core.Parsing;

/// <summary>Characters that may never appear in data values: controls other than tab and line breaks, and invisible or bidirectional formatting characters (Trojan Source).</summary>
internal static class TextSafety
{
    public static bool IsForbidden(char c) =>
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xFEFF || c == 0x061C || c == 0x00AD;
}
