// The bytes a fact stream is decoded from, for every file of the reader: a span on .NET 8 (a stored stream is read in
// place where it can be), an array on netstandard2.0.
#if NET8_0_OR_GREATER
global using Bytes = System.ReadOnlySpan<byte>;
#else
global using Bytes = byte[];
#endif
