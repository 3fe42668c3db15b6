using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.States.Wait;

/// <summary>
/// Running a Wait state: waits on the execution's clock (virtual time skips the wait), then
/// OutputPath (JSONPath) or Output and Assign (JSONata, where Seconds and Timestamp may be expressions).
/// </summary>
public sealed partial class WaitState
{
    internal override async ValueTask<StateOutcome> RunAsync(StateRun run)
    {
        var effective = IsJsonata ? run.RawInput : ApplyInputPath(run);
        var delay = DelayFor(effective, run);
        if (delay > TimeSpan.Zero)
        {
            await ClockDelay.WaitAsync(delay, run.Run.Clock, run.Branch.Cancellation);
        }

        if (IsJsonata)
        {
            return FinishJsonata(run.Jsonata(), run.RawInput, Next, Output, JsonataAssign);
        }

        var assigned = EvaluateAssign(Assign, effective, run);
        return StateOutcome.Continue(ApplyOutputPath(effective, run), Next, assigned);
    }

    private TimeSpan DelayFor(JsonValue input, StateRun run)
    {
        if (SecondsExpression is not null)
        {
            return TimeSpan.FromSeconds(SecondsExpression.EvaluateInteger(run.Jsonata(), 0, 99_999_999));
        }

        if (TimestampExpression is not null)
        {
            var value = TimestampExpression.EvaluateAs(JsonKind.String, run.Jsonata());
            return Timestamps.TryParse(((JsonString)value).Value, out var until)
                ? until - run.Run.Now
                : throw QueryEvaluationErrors.UnexpectedType(TimestampExpression, "RFC 3339 timestamp", value);
        }

        if (Seconds is { } seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (Timestamp is { } timestamp)
        {
            return timestamp - run.Run.Now;
        }

        if (SecondsPath is not null)
        {
            // AWS's messages for a SecondsPath that is missing, not an integer, or negative.
            var value = SecondsPath.Evaluate(input, run)
                ?? throw new EvaluationException(StatesErrors.Runtime, $"The SecondsPath parameter does not reference an input value: {SecondsPath.Text}");
            if (value is not JsonNumber n || !n.TryGetInt64(out var s))
            {
                throw new EvaluationException(StatesErrors.Runtime, $"The SecondsPath parameter cannot be parsed as a long value: {SecondsPath.Text} == {value.ToJson()}");
            }

            return s < 0
                ? throw new EvaluationException(StatesErrors.Runtime, $"The SecondsPath parameter references a negative value: {SecondsPath.Text} == {s}")
                : TimeSpan.FromSeconds(s);
        }

        var text = TimestampPath!.Evaluate(input, run)
            ?? throw new EvaluationException(StatesErrors.Runtime, $"The TimestampPath parameter does not reference an input value: {TimestampPath.Text}");
        if (text is not JsonString ts || !Timestamps.TryParse(ts.Value, out var at))
        {
            throw new EvaluationException(StatesErrors.Runtime, $"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {TimestampPath.Text} == {text.ToJson()}");
        }

        return at - run.Run.Now;
    }
}
