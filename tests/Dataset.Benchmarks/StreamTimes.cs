using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Dataset.Synthetic;

namespace Dataset.Benchmarks;

/// <summary>
/// (<c>streams N [rounds]</c>) The two passes over the bytes of every article's stored facts stream that come before
/// decoding: Dataset.Model's unpacking of the stored characters (<c>StoredStreams.Unpack</c>) and its expansion of a
/// compressed stream (<c>StreamCompression.TryExpand</c>), timed apart over all N streams of the compiled library, in
/// rounds in one process (the first round includes the first touch of the library's pages). Dataset.Model's own build
/// is called (its .NET 8 paths, through delegates over its internal methods), not the generator's netstandard2.0 copy of
/// the shared source.
/// </summary>
internal static class StreamTimes
{
    private delegate int UnpackInto(ReadOnlySpan<char> stored, byte[] bytes);

    private delegate bool ExpandInto(ReadOnlySpan<byte> stored, byte[]? buffer, out byte[]? plain, out int plainLength, out string? problem);

    public static void Report(int articles, int rounds)
    {
        var library = Assembly.LoadFrom(Workbench.LibraryPath(Workbench.Corpus(articles).Options));
        var streams = library.GetTypes()
            .Where(t => t.Name == Common.StoredStreamFormat.Class)
            .SelectMany(t => t.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.StartsWith(Common.StoredStreamFormat.FactsPrefix, StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        var model = typeof(Entity).Assembly;
        var unpack = model.GetType("Dataset.Infrastructure.StoredStreams", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Unpack" && m.GetParameters().Length == 2)
            .CreateDelegate<UnpackInto>();
        var expand = model.GetType("Dataset.Common.StreamCompression", throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "TryExpand" && m.GetParameters().Length == 5)
            .CreateDelegate<ExpandInto>();

        Console.WriteLine($"{streams.Count:N0} facts streams of the N = {articles:N0} library ({Environment.Version}, Dataset.Model from {System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(model.Location))})");
        Console.WriteLine("| round | unpack | expand | stored | plain |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        var unpacked = new byte[1 << 16];
        byte[]? plain = new byte[1 << 16];
        for (var round = 0; round < rounds; round++)
        {
            long storedBytes = 0, plainBytes = 0;
            var unpackTime = TimeSpan.Zero;
            var expandTime = TimeSpan.Zero;
            foreach (var stored in streams)
            {
                if (unpacked.Length < stored.Length * 2)
                {
                    unpacked = new byte[stored.Length * 2];
                }

                var clock = Stopwatch.StartNew();
                var length = unpack(stored, unpacked);
                unpackTime += clock.Elapsed;
                storedBytes += length;
                if (length == 0 || unpacked[0] != 0)
                {
                    plainBytes += length;
                    continue;
                }

                clock.Restart();
                if (!expand(new ReadOnlySpan<byte>(unpacked, 0, length), plain, out plain, out var plainLength, out var problem))
                {
                    throw new InvalidOperationException("A stored stream did not expand: " + problem);
                }

                expandTime += clock.Elapsed;
                plainBytes += plainLength;
            }

            Console.WriteLine($"| {round} | {unpackTime.TotalMilliseconds:F1} ms | {expandTime.TotalMilliseconds:F1} ms | {storedBytes / 1e6:F0} MB | {plainBytes / 1e6:F0} MB |");
        }
    }
}
