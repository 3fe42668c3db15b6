using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Fail;

/// <summary>Running a Fail state: the error and cause, fixed or read from the raw input by ErrorPath/CausePath.</summary>
public sealed partial class FailState
{
    internal override ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        var error = Error ?? Read(ErrorPath, "ErrorPath", run);
        var cause = Cause ?? Read(CausePath, "CausePath", run);
        return ValueTask.FromResult(StateOutcome.Fail(error, cause));
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
