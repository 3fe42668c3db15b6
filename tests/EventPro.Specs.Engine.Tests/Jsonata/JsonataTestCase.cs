using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Jsonata;

/// <summary>One case of the reference JSONata test suite (groups/&lt;group&gt;/caseNNN.json, or an item of an array file).</summary>
public sealed record JsonataTestCase(
    string Id,
    string Expression,
    JsonValue? Input,
    IReadOnlyDictionary<string, JsonValue> Bindings,
    JsonValue? Result,
    bool UndefinedResult,
    string? Code,
    string? Token,
    string? Message,
    int? TimeLimitMilliseconds,
    int? Depth);
