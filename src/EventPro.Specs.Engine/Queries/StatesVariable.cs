using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Queries;

/// <summary>
/// The reserved <c>$states</c> variable of a JSONata state ("Passing data between states with
/// variables", "Reserved variable: $states"): <c>input</c> (the state's raw input), <c>result</c>
/// (the result of a Task, Parallel or Map, in its Output and Assign), <c>errorOutput</c> (the
/// <c>{"Error","Cause"}</c> object, in a Catch's Output and Assign) and <c>context</c> (the Context
/// object). A member that does not apply is absent, so <c>$states.result</c> is undefined there.
/// </summary>
public static class StatesVariable
{
    /// <summary>The variable's name, without the <c>$</c>.</summary>
    public const string Name = "states";

    /// <summary>Builds <c>$states</c>.</summary>
    public static JsonObject Build(JsonValue input, JsonValue context, JsonValue? result = null, JsonValue? errorOutput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var builder = new JsonObjectBuilder(4)
        {
            ["input"] = input,
        };
        if (result is not null)
        {
            builder["result"] = result;
        }

        if (errorOutput is not null)
        {
            builder["errorOutput"] = errorOutput;
        }

        builder["context"] = context;
        return builder.Build();
    }
}
