using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Dataset.Package.Tests;

/// <summary>
/// The precompiled (ReadyToRun) images in the Dataset.Model package: what they are, that they carry the same code as
/// the IL beside them, and that an application on their runtime identifier loads one and does not compile the reader
/// of the stored data on first access.
/// </summary>
[Collection(PackedFeed.Collection)]
public sealed class ReadyToRunTests
{
    /// <summary>
    /// The methods the JIT may compile on the first access to one entity when the reader is precompiled: the generated
    /// code of Dataset.dll (the class's static constructor and the entity's getter: 2 when this was written) and a few
    /// instantiations an image may not carry. The same access with the IL image in the image's place compiled 39.
    /// </summary>
    private const int PrecompiledFirstAccessAtMost = 8;

    private readonly PackedFeed _feed;

    public ReadyToRunTests(PackedFeed feed) => _feed = feed;

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_model_package_has_a_ReadyToRun_image_of_the_same_IL_for_linux_x64(string framework)
    {
        var il = _feed.ReadEntry("Dataset.Model", "lib/" + framework + "/Dataset.Model.dll");
        var image = _feed.ReadEntry("Dataset.Model", "runtimes/linux-x64/lib/" + framework + "/Dataset.Model.dll");

        Assert.False(IsReadyToRun(il), "lib/" + framework + " should be IL only");
        Assert.True(IsReadyToRun(image), "runtimes/linux-x64/lib/" + framework + " has no ReadyToRun header");
        Assert.Equal(MethodBodies(il), MethodBodies(image));
    }

    [Fact]
    public void An_app_on_linux_x64_loads_the_image_and_compiles_only_the_generated_code_on_first_access()
    {
        var consumer = _feed.DatasetConsumer;

        if (consumer.Value("rid") != "linux-x64")
        {
            // Elsewhere the package has no image for the runtime: the IL is loaded and compiled as any library's.
            Assert.Equal("Dataset.Model.dll", consumer.Value("model"));
            return;
        }

        Assert.Equal("runtimes/linux-x64/lib/net10.0/Dataset.Model.dll", consumer.Value("model"));
        var jitted = int.Parse(consumer.Value("first-entity-jit"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(jitted, 1, PrecompiledFirstAccessAtMost);
    }

    // A ReadyToRun image has a managed native header (the ReadyToRun header) in its CLI header; IL has none.
    private static bool IsReadyToRun(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    // Every method's IL body, in metadata order: the image keeps the IL (for the JIT to fall back on and to re-compile
    // hot methods), which must be the package's IL, not another build's.
    private static List<string> MethodBodies(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        var bodies = new List<string>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            var name = metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name);
            bodies.Add(method.RelativeVirtualAddress == 0 ? name : name + " " + Convert.ToHexString(pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!));
        }

        return bodies;
    }
}
