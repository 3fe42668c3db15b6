using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.TestState;

/// <summary>What TestState answers (TestStateOutput).</summary>
/// <param name="Status">SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR.</param>
/// <param name="Output">The state output (SUCCEEDED, CAUGHT_ERROR).</param>
/// <param name="Error">The error (FAILED, RETRIABLE, CAUGHT_ERROR).</param>
/// <param name="Cause">The cause, if any.</param>
/// <param name="NextState">The state the execution would go to next, if any.</param>
/// <param name="InspectionData">The inspection data (DEBUG and TRACE; error handling details at any level).</param>
public sealed record TestStateResult(string Status, JsonValue? Output, string? Error, string? Cause, string? NextState, JsonObject? InspectionData)
{
    /// <summary>The response body.</summary>
    public JsonObject ToJson()
    {
        var body = new JsonObjectBuilder(6);
        if (Output is not null)
        {
            body["output"] = Output.ToJson();
        }

        if (Error is not null)
        {
            body["error"] = Error;
        }

        if (Cause is not null)
        {
            body["cause"] = Cause;
        }

        if (InspectionData is { Count: > 0 })
        {
            body["inspectionData"] = InspectionData;
        }

        if (NextState is not null)
        {
            body["nextState"] = NextState;
        }

        body["status"] = Status;
        return body.Build();
    }
}
