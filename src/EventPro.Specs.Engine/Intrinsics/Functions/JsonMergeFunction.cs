using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>
/// States.JsonMerge(json1, json2, deep): a shallow merge where json2's members replace json1's.
/// AWS supports only the shallow mode: "you must specify the boolean value as false".
/// </summary>
internal sealed class JsonMergeFunction : IntrinsicFunction
{
    public override string Name => "States.JsonMerge";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } =
    [
        new("json1", IntrinsicArgumentType.Object),
        new("json2", IntrinsicArgumentType.Object),
        new("deep", IntrinsicArgumentType.Boolean),
    ];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        if (invocation.GetBoolean(2))
        {
            throw IntrinsicErrors.OutOfRange(this, "deep", invocation[2], "must be false (only shallow merging is supported)");
        }

        var first = invocation.GetObject(0);
        var second = invocation.GetObject(1);
        if (second.Count == 0)
        {
            return first;
        }

        var merged = new JsonObjectBuilder(first);
        foreach (var (key, value) in second.AsSpan())
        {
            merged[key] = value;
        }

        return merged.Build();
    }
}
