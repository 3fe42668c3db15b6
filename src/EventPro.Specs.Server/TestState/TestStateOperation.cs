using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.TestState;

/// <summary>TestState (placeholder while it is written).</summary>
public static class TestStateOperation
{
    /// <summary>TestState.</summary>
    public static ValueTask<JsonObject> RunAsync(ApiCall call, ServerState state) => throw ApiErrors.UnknownOperation("TestState");
}
