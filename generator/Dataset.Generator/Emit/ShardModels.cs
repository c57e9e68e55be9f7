using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Generator.Emit;

// Units of the files that keep every generated file small and every edit local (issue 6): entity kinds split into
// shards when they grow, and the corpus content hash on its own.

/// <summary>
/// One generated entity file. <paramref name="ShardCount"/> 0: the whole kind in one file (<paramref name="Unit"/> holds
/// every entity). Otherwise <paramref name="Shard"/> -1 is the kind's index file (<c>All</c>, no entities) and 0..n-1 a
/// shard holding those entities.
/// </summary>
internal sealed record EntityFileUnit(EntityKindUnit Unit, int Shard, int ShardCount);

/// <summary>The corpus content hash: the one output that every input edit changes, kept in a file of its own.</summary>
internal sealed record ContentHashUnit(string Namespace, string ContentHash);
