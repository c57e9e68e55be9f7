using System.Security.Cryptography;
using System.Text;

namespace Dataset.Core.Common;

internal static class Hashing
{
    private const string Hex = "0123456789abcdef";

    // A thread keeps a buffer up to 4 MB (files larger than about a million characters get their own).
    private const int MaxKeptBuffer = 4 << 20;

    [System.ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text)
    {
        // The UTF-8 bytes go through a buffer the thread keeps (a data file is hashed as it is read, every file of a build).
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : null;
        if (buffer is null)
        {
            buffer = new byte[length];
            if (length <= MaxKeptBuffer)
            {
                t_buffer = buffer;
            }
        }

        var count = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(buffer, 0, count);
        var chars = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = Hex[hash[i] >> 4];
            chars[(2 * i) + 1] = Hex[hash[i] & 0xF];
        }

        return new string(chars);
    }
}
