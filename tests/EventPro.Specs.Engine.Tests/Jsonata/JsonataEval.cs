using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;

namespace EventPro.Specs.Engine.Tests.Jsonata;

/// <summary>Shorthands for the JSONata tests: evaluate an expression against JSON text.</summary>
public static class JsonataEval
{
    /// <summary>The instant $now() reports in these tests.</summary>
    public static readonly DateTimeOffset Now = new(2024, 11, 22, 10, 30, 0, TimeSpan.Zero);

    /// <summary>An environment with a fixed clock and seeded randomness.</summary>
    public static JsonataEnvironment Environment(IReadOnlyDictionary<string, JsonValue>? bindings = null) =>
        new(Now, new Random(7), bindings);

    /// <summary>Evaluates <paramref name="expression"/> against <paramref name="inputJson"/> (no input when null).</summary>
    public static JsonValue? Value(string expression, string? inputJson = null, JsonataEnvironment? environment = null) =>
        JsonataExpression.Compile(expression).Evaluate(inputJson is null ? null : JsonValue.Parse(inputJson), environment ?? Environment());

    /// <summary>The compact JSON of the result, or "undefined".</summary>
    public static string Json(string expression, string? inputJson = null, JsonataEnvironment? environment = null) =>
        Value(expression, inputJson, environment)?.ToJson() ?? "undefined";

    /// <summary>The error an expression raises (compiling or evaluating).</summary>
    public static JsonataException Error(string expression, string? inputJson = null, JsonataEnvironment? environment = null) =>
        Assert.ThrowsAny<JsonataException>(() => Value(expression, inputJson, environment));
}
