#if !NET5_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>
    /// Lets the netstandard2.0 build carry the trimming annotation of .NET 5 and later (the trimmer matches it by name):
    /// which members of a type a method reads by reflection.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.ReturnValue, Inherited = false)]
    internal sealed class DynamicallyAccessedMembersAttribute : Attribute
    {
        /// <summary>Creates the annotation.</summary>
        /// <param name="memberTypes">The members read by reflection.</param>
        public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) => MemberTypes = memberTypes;

        /// <summary>The members read by reflection.</summary>
        public DynamicallyAccessedMemberTypes MemberTypes { get; }
    }

    /// <summary>The kinds of member a <see cref="DynamicallyAccessedMembersAttribute"/> names (the one this library uses).</summary>
    [Flags]
    internal enum DynamicallyAccessedMemberTypes
    {
        /// <summary>No member.</summary>
        None = 0,

        /// <summary>The non-public fields.</summary>
        NonPublicFields = 0x0040,
    }
}
#endif
