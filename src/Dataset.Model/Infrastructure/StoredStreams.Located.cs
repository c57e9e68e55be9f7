using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
#endif
using Dataset.Common;

namespace Dataset.Infrastructure;

/// <content>Where the class's constants lie in the assembly's metadata, by article.</content>
internal sealed partial class StoredStreams
{
    /// <summary>
    /// The articles of the class and where each one's record, facts and texts constants lie in the assembly's metadata,
    /// loaded with the assembly, so that a stream is read in place rather than copied into a new string by reflection (at
    /// 10,000 articles, allocating the ~70 MB of strings was a quarter of reading every fact), and so that the class's
    /// constants are found without reflection (a field object per constant, 30,000 at 10,000 articles) and without a
    /// lookup by name per stream. A constant the class does not have is a zero start.
    /// </summary>
    private sealed class Located
    {
        private Located(string[] members, (IntPtr, int)[] records, (IntPtr, int)[] facts, (IntPtr, int)[] texts)
        {
            Members = members;
            Records = records;
            Facts = facts;
            Texts = texts;
        }

        /// <summary>The articles' member names, by slot.</summary>
        public string[] Members { get; }

        /// <summary>Each slot's record constant: where its characters start and their byte count.</summary>
        public (IntPtr Start, int Length)[] Records { get; }

        /// <summary>Each slot's facts constant.</summary>
        public (IntPtr Start, int Length)[] Facts { get; }

        /// <summary>Each slot's texts constant (format 5; zero where the article's facts have no texts).</summary>
        public (IntPtr Start, int Length)[] Texts { get; }

#if NET8_0_OR_GREATER
        /// <summary>The class's constants in the loaded metadata, or null where the runtime gives none to read (Native AOT) or the machine is big-endian.</summary>
        public static unsafe Located? Find(Type streams)
        {
            if (!BitConverter.IsLittleEndian || !streams.Assembly.TryGetRawMetadata(out var blob, out var length))
            {
                return null;
            }

            var reader = new MetadataReader(blob, length);
            var type = reader.GetTypeDefinition((TypeDefinitionHandle)MetadataTokens.EntityHandle(streams.MetadataToken));
            var members = new List<string>();
            var records = new List<(IntPtr, int)>();
            var others = new List<(bool Texts, string Member, IntPtr Start, int Length)>();
            foreach (var handle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(handle);
                var value = field.GetDefaultValue();
                if (value.IsNil || (field.Attributes & FieldAttributes.Static) == 0 || reader.GetConstant(value) is not { TypeCode: ConstantTypeCode.String } constant)
                {
                    continue;
                }

                var name = reader.GetString(field.Name);
                var bytes = reader.GetBlobReader(constant.Value);
                var at = ((IntPtr)bytes.StartPointer, bytes.Length);
                if (name.StartsWith(StoredStreamFormat.RecordPrefix, StringComparison.Ordinal))
                {
                    members.Add(name.Substring(StoredStreamFormat.RecordPrefix.Length));
                    records.Add(at);
                }
                else if (name.StartsWith(StoredStreamFormat.FactsPrefix, StringComparison.Ordinal))
                {
                    others.Add((false, name.Substring(StoredStreamFormat.FactsPrefix.Length), at.Item1, at.Item2));
                }
                else if (name.StartsWith(StoredStreamFormat.TextsPrefix, StringComparison.Ordinal))
                {
                    others.Add((true, name.Substring(StoredStreamFormat.TextsPrefix.Length), at.Item1, at.Item2));
                }
            }

            var slots = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
            for (var i = 0; i < members.Count; i++)
            {
                slots[members[i]] = i;
            }

            var facts = new (IntPtr, int)[members.Count];
            var texts = new (IntPtr, int)[members.Count];
            foreach (var (isTexts, member, start, bytes) in others)
            {
                // A stream without its article's record is not any article's: nothing reads it.
                if (slots.TryGetValue(member, out var slot))
                {
                    (isTexts ? texts : facts)[slot] = (start, bytes);
                }
            }

            return new Located(members.ToArray(), records.ToArray(), facts, texts);
        }
#endif
    }
}
