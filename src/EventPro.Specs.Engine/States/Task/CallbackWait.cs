using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.States.Task;

/// <summary>
/// The wait of a callback task for its token, on the execution's loop and clock: until an answer,
/// until HeartbeatSeconds pass without a heartbeat since the start or the last heartbeat
/// (States.HeartbeatTimeout), or until TimeoutSeconds pass since the start whatever the heartbeats
/// (States.Timeout; SendTaskHeartbeat API reference: "The Timeout of a task ... is its maximum
/// allowed duration, regardless of the number of SendTaskHeartbeat requests received").
/// </summary>
internal static class CallbackWait
{
    public static async Task<CallbackResolution> WaitAsync(PendingCallback pending, TimeProvider clock, DateTimeOffset start, long? timeout, long? heartbeat, CancellationToken cancellation)
    {
        using var registration = cancellation.Register(static p => ((PendingCallback)p!).Loop.Post(static q => ((PendingCallback)q!).CancelIfOpen(), p), pending);
        DateTimeOffset? timeoutDue = timeout is { } t ? start + TimeSpan.FromSeconds(t) : null;
        var lastBeat = start;
        while (!pending.Resolution.IsCompleted)
        {
            DateTimeOffset? heartbeatDue = heartbeat is { } h ? lastBeat + TimeSpan.FromSeconds(h) : null;
            var due = Earliest(timeoutDue, heartbeatDue);
            var beat = pending.NextBeat;
            if (due is null)
            {
                await System.Threading.Tasks.Task.WhenAny(pending.Resolution, beat);
            }
            else
            {
                var error = due == timeoutDue ? StatesErrors.Timeout : StatesErrors.HeartbeatTimeout;
                var left = due.Value - clock.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    return await ExpireAsync(pending, error);
                }

                using var timerStop = new CancellationTokenSource();
                var timer = ClockDelay.WaitAsync(left, clock, timerStop.Token);
                var first = await System.Threading.Tasks.Task.WhenAny(pending.Resolution, beat, timer);
                if (first == timer && timer.IsCompletedSuccessfully)
                {
                    return await ExpireAsync(pending, error);
                }

                // Cancel inline, on the loop thread, so the timer is gone before the loop looks for the next one.
                timerStop.Cancel();
            }

            if (beat.IsCompleted)
            {
                lastBeat = clock.GetUtcNow();
            }
        }

        return await pending.Resolution;
    }

    /// <summary>
    /// Answers <paramref name="pending"/> as <paramref name="response"/> says, through the broker
    /// like any caller, on the execution's clock; stops when <paramref name="stop"/> is cancelled
    /// (the wait ended first).
    /// </summary>
    public static async System.Threading.Tasks.Task RespondAsync(PendingCallback pending, CallbackResponse response, TimeProvider clock, CancellationToken stop)
    {
        if (response.Answer is not { } answer)
        {
            return;
        }

        var token = pending.Issued.Token;
        try
        {
            var elapsed = TimeSpan.Zero;
            if (response.HeartbeatEvery is { } every && every > TimeSpan.Zero)
            {
                while (elapsed + every < response.After)
                {
                    await ClockDelay.WaitAsync(every, clock, stop);
                    elapsed += every;
                    pending.Owner.SendTaskHeartbeat(token);
                }
            }

            await ClockDelay.WaitAsync(response.After - elapsed, clock, stop);
            if (answer.Failed)
            {
                pending.Owner.SendTaskFailure(token, answer.Error, answer.Cause);
            }
            else
            {
                pending.Owner.SendTaskSuccess(token, answer.Output!);
            }
        }
        catch (OperationCanceledException)
        {
            // The task ended before the responder's time came.
        }
        catch (TaskTokenException)
        {
            // The task ended in the same instant: AWS would refuse the late answer too.
        }
    }

    /// <summary>Times the task out, unless an answer already closed its token (then that posted answer wins).</summary>
    private static async Task<CallbackResolution> ExpireAsync(PendingCallback pending, string error)
    {
        if (pending.Owner.TryClose(pending))
        {
            pending.Resolve(new CallbackResolution(null, error));
        }

        return await pending.Resolution;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a <= b ? a : b);
}
