using System;
using System.IO;
using System.Text;
using Dataset.Card;

// Usage: Dataset.Card <path to the built Dataset.dll> <README.md to write>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Dataset.Card <Dataset.dll> <README.md>");
    return 2;
}

try
{
    var card = CardWriter.Write(CorpusReader.Load(Path.GetFullPath(args[0])));
    var output = Path.GetFullPath(args[1]);
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(card);

    // Rewrite only on change, so an unchanged card does not make pack's inputs look newer.
    if (!File.Exists(output) || !File.ReadAllBytes(output).AsSpan().SequenceEqual(bytes))
    {
        File.WriteAllBytes(output, bytes);
    }

    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or IOException or BadImageFormatException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("Dataset.Card : error : the dataset card could not be written: " + ex.Message);
    return 1;
}
