using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>
/// One attempt of a callback task (<c>.waitForTaskToken</c>), as AWS runs it ("Wait for a Callback
/// with Task Token", Step Functions developer guide): a new task token per attempt, visible as
/// <c>$$.Task.Token</c> / <c>$states.context.Task.Token</c> to Parameters or Arguments; the service
/// call (TaskScheduled, TaskStarted, then TaskSubmitted with the call's response); then the wait for
/// SendTaskSuccess (TaskSucceeded with its output), SendTaskFailure (TaskFailed with its error and
/// cause), or a timeout (TaskTimedOut with States.HeartbeatTimeout or States.Timeout).
/// </summary>
public sealed partial class TaskState
{
    private async ValueTask<StateOutcome> AttemptCallbackAsync(StateRun run)
    {
        var exec = run.Run;
        run.TaskToken = TaskTokens.NewToken(exec.Random, exec.Info.Arn);
        var (parameters, timeout, heartbeat, events) = Begin(run);

        var start = exec.Now;
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(run.Branch.Cancellation);
        var pending = exec.Tokens.Register(new IssuedTaskToken(run.TaskToken, Name, exec.Info, parameters, run.RetryCount, start), exec.Loop);
        var responder = exec.Tokens.ResponderFor(Name);
        var awaitedFromOutside = responder is null && exec.TokensAnswerableFromOutside;
        try
        {
            var invocation = new TaskInvocation(run, parameters, attempt.Token)
            {
                TaskToken = run.TaskToken,
                TimeoutSeconds = timeout,
                HeartbeatSeconds = heartbeat,
            };
            var submitted = await AskBackendsAsync(invocation, run);
            if (submitted.Failed)
            {
                events.Failed(submitted.Error!, submitted.Cause);
                return StateOutcome.Fail(submitted.Error, submitted.Cause);
            }

            events.Submitted(submitted.Output!);
            if (responder is not null)
            {
                _ = CallbackWait.RespondAsync(pending, responder, exec.Clock, attempt.Token);
            }

            if (awaitedFromOutside)
            {
                exec.Loop.BeginAwaitingAnswer();
            }

            CallbackResolution resolution;
            try
            {
                resolution = await CallbackWait.WaitAsync(pending, exec.Clock, start, timeout, heartbeat, attempt.Token);
            }
            finally
            {
                if (awaitedFromOutside)
                {
                    exec.Loop.EndAwaitingAnswer();
                }
            }

            if (resolution.TimeoutError is { } error)
            {
                events.TimedOut(error);
                return StateOutcome.Fail(error, null);
            }

            if (resolution.Answer is not { } answer)
            {
                throw new OperationCanceledException(attempt.Token);
            }

            if (answer.Failed)
            {
                events.Failed(answer.Error!, answer.Cause);
                return StateOutcome.Fail(answer.Error, answer.Cause);
            }

            events.Succeeded(answer.Output!);
            return Finish(run, answer.Output!);
        }
        finally
        {
            // Whatever ended the attempt, its token is dead (later answers get TaskTimedOut), and the
            // backend and responder see the attempt's cancellation.
            exec.Tokens.TryClose(pending);
            attempt.Cancel();
        }
    }
}
