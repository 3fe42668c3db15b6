using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata.Evaluation;
using static EventPro.Specs.Engine.Jsonata.Functions.FunctionLibrary;

namespace EventPro.Specs.Engine.Jsonata.Functions;

/// <summary>Boolean functions: $boolean, $not, $exists.</summary>
internal static class BooleanFunctions
{
    /// <summary>The functions of this family.</summary>
    public static IEnumerable<NativeFunction> All() =>
    [
        new("boolean", "<x-:b>", (_, a) => Values.ToBoolean(Arg(a, 0)) is { } b ? JsonBoolean.From(b) : null),
        new("not", "<x-:b>", (_, a) => Values.ToBoolean(Arg(a, 0)) is { } b ? JsonBoolean.From(!b) : null),
        new("exists", "<x:b>", (_, a) => JsonBoolean.From(Arg(a, 0) is not null)),
    ];
}
