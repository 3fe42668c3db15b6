using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Fail;

/// <summary>
/// Running a Fail state: the error and cause, fixed, read from the raw input by ErrorPath/CausePath
/// (JSONPath), or given by expressions that must produce strings (JSONata).
/// </summary>
public sealed partial class FailState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        if (IsJsonata && (ErrorExpression is not null || CauseExpression is not null))
        {
            var environment = run.Jsonata();
            var error = Error ?? (ErrorExpression?.EvaluateAs(JsonKind.String, environment) as JsonString)?.Value;
            var cause = Cause ?? (CauseExpression?.EvaluateAs(JsonKind.String, environment) as JsonString)?.Value;
            return ValueTask.FromResult(StateOutcome.Fail(error, cause));
        }

        return ValueTask.FromResult(StateOutcome.Fail(Error ?? Read(ErrorPath, "ErrorPath", run), Cause ?? Read(CausePath, "CausePath", run)));
    }

    private static string? Read(PathExpression? path, string field, StateRun run)
    {
        if (path is null)
        {
            return null;
        }

        var value = path.EvaluateField(run.RawInput, run, field);

        // AWS takes a string as is and writes any other JSON value as its text.
        return value is JsonString s ? s.Value : value.ToJson();
    }
}
