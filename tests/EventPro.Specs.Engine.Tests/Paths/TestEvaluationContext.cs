using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

/// <summary>An evaluation context with a fixed Context object, seeded randomness and a variable table.</summary>
internal sealed class TestEvaluationContext(JsonValue? contextObject = null, int seed = 7, IReadOnlyDictionary<string, JsonValue>? variables = null)
    : IEvaluationContext
{
    public JsonValue ContextObject { get; } = contextObject ?? JsonObject.Empty;

    public Random Random { get; } = new(seed);

    public bool TryGetVariable(string name, out JsonValue value)
    {
        if (variables is not null && variables.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }

        value = JsonNull.Instance;
        return false;
    }

    public static TestEvaluationContext Empty => new();
}
