#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;

namespace Dataset.Infrastructure;

/// <summary>
/// Infrastructure for the code that Dataset.Generator emits; not meant to be called by users. A generated method that
/// returns one of an article's two fact streams as a UTF-8 literal (C# 11 and later): its record, small, which the
/// article is built from, or its facts. The bytes live in the assembly's data, so
/// <see cref="FactStreamReader"/> reads them in place and calls the method again whenever it decodes one of the facts'
/// strings, instead of keeping a copy.
/// </summary>
/// <param name="record"><see langword="true"/> for the article's record, <see langword="false"/> for its facts.</param>
/// <returns>The stream's bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> FactStreamSource(bool record);
#endif
