using System.Diagnostics.CodeAnalysis;
using EventPro.Specs.Engine.Intrinsics.Functions;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>Every <c>States.*</c> intrinsic function AWS Step Functions offers in JSONPath states, by name.</summary>
public static class IntrinsicRegistry
{
    private static readonly Dictionary<string, IntrinsicFunction> ByName = new IntrinsicFunction[]
    {
        new FormatFunction(), new StringToJsonFunction(), new JsonToStringFunction(),
        new ArrayFunction(), new ArrayPartitionFunction(), new ArrayContainsFunction(), new ArrayRangeFunction(),
        new ArrayGetItemFunction(), new ArrayLengthFunction(), new ArrayUniqueFunction(),
        new Base64EncodeFunction(), new Base64DecodeFunction(), new HashFunction(), new JsonMergeFunction(),
        new MathRandomFunction(), new MathAddFunction(), new StringSplitFunction(), new UuidFunction(),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>All functions.</summary>
    public static IReadOnlyCollection<IntrinsicFunction> All => ByName.Values;

    /// <summary>Looks a function up by its full, case-sensitive name (e.g. <c>States.Format</c>).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IntrinsicFunction? function) => ByName.TryGetValue(name, out function);
}
