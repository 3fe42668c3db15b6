using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations;

/// <summary>
/// The task tokens of callback tasks (<c>.waitForTaskToken</c>): where executions announce them
/// (<see cref="Issued"/>) and where they are answered, from any thread, as with AWS's
/// SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat. Pass one in
/// <see cref="Execution.ExecutionOptions.TaskTokens"/>; one broker can serve many executions.
/// Responders (<see cref="RespondTo"/>) answer a state's tokens on the execution's own clock.
/// </summary>
/// <remarks>
/// Answers are posted onto the execution's loop. With a virtual clock, an answer from another
/// thread must come before the clock jumps: while a token waits, timers (HeartbeatSeconds,
/// TimeoutSeconds, Wait states elsewhere) still fire as soon as nothing else can happen. Only a
/// token with no timer at all makes a virtual-time execution wait for its answer. To answer at a
/// point of virtual time, use a responder or answer from the <see cref="Issued"/> handler.
/// </remarks>
public sealed class TaskTokens
{
    /// <summary>How many bytes a token encodes (its base64 text is 128 characters, like AWS's opaque tokens).</summary>
    private const int TokenBytes = 96;

    private readonly Dictionary<string, PendingCallback> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);
    private readonly List<IssuedTaskToken> _issued = [];
    private readonly ConcurrentDictionary<string, CallbackResponse> _responders = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a token with no responder may be answered from another thread (default true): a
    /// virtual-time execution then waits for that answer once no timer is left. Set false when only
    /// responders answer (a test scenario), so such an execution reports that it would wait forever
    /// instead of hanging.
    /// </summary>
    public bool AwaitOutsideAnswers { get; init; } = true;

    /// <summary>
    /// Raised on the execution's thread when a callback task hands out a token, before its service
    /// call is made. A handler may answer at once (the answer is applied once the task is waiting).
    /// </summary>
    public event Action<IssuedTaskToken>? Issued;

    /// <summary>Every token handed out so far, oldest first.</summary>
    public IReadOnlyList<IssuedTaskToken> IssuedTokens
    {
        get
        {
            lock (_pending)
            {
                return [.. _issued];
            }
        }
    }

    /// <summary>The tokens still waiting for an answer.</summary>
    public IReadOnlyList<IssuedTaskToken> PendingTokens
    {
        get
        {
            lock (_pending)
            {
                return [.. _issued.Where(i => _pending.ContainsKey(i.Token))];
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> is shaped like a task token (base64 of 96 bytes); anything else is AWS's InvalidToken.</summary>
    public static bool IsWellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written == TokenBytes;
    }

    /// <summary>
    /// Makes every token of the state <paramref name="stateName"/> answered by <paramref name="response"/>
    /// on the execution's clock (replacing an earlier responder). Returns this broker.
    /// </summary>
    public TaskTokens RespondTo(string stateName, CallbackResponse response)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(response);
        _responders[stateName] = response;
        return this;
    }

    /// <summary>The responder registered for <paramref name="stateName"/>, or null.</summary>
    public CallbackResponse? ResponderFor(string stateName) => _responders.GetValueOrDefault(stateName);

    /// <summary>SendTaskSuccess: the task succeeds with <paramref name="output"/> as its result.</summary>
    /// <exception cref="TaskTokenException">InvalidToken, TaskDoesNotExist or TaskTimedOut.</exception>
    public void SendTaskSuccess(string token, JsonValue output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Answer(token, TaskOutcome.Success(output));
    }

    /// <summary>
    /// SendTaskSuccess with the output as the API takes it, a JSON text (API reference, SendTaskSuccess:
    /// <c>output</c> is a string); text that is not JSON is refused with InvalidOutput before the token is looked at.
    /// </summary>
    /// <exception cref="TaskTokenException">InvalidOutput, InvalidToken, TaskDoesNotExist or TaskTimedOut.</exception>
    public void SendTaskSuccessJson(string token, string outputJson)
    {
        ArgumentNullException.ThrowIfNull(outputJson);
        JsonValue output;
        try
        {
            output = JsonValue.Parse(outputJson);
        }
        catch (JsonParseException e)
        {
            var detail = $"{e.Reason} at line {e.Line}, column {e.Column}";
            throw new TaskTokenException(TaskTokenException.InvalidOutput, $"The output is not a JSON text: {detail}.", detail);
        }

        SendTaskSuccess(token, output);
    }

    /// <summary>SendTaskFailure: the task fails with <paramref name="error"/> and <paramref name="cause"/> (AWS allows both to be absent; the error is then empty).</summary>
    /// <exception cref="TaskTokenException">InvalidToken, TaskDoesNotExist or TaskTimedOut.</exception>
    public void SendTaskFailure(string token, string? error, string? cause) => Answer(token, TaskOutcome.Failure(error ?? string.Empty, cause));

    /// <summary>SendTaskHeartbeat: restarts the task's HeartbeatSeconds clock. Records no history event, as on AWS.</summary>
    /// <exception cref="TaskTokenException">InvalidToken, TaskDoesNotExist or TaskTimedOut.</exception>
    public void SendTaskHeartbeat(string token)
    {
        PendingCallback pending;
        lock (_pending)
        {
            pending = FindLocked(token);
        }

        pending.Loop.Post(static p => ((PendingCallback)p!).Beat(), pending);
    }

    /// <summary>A new token for a callback attempt: 96 bytes, 64 from the execution's seeded random source and 32 from its ARN, so it is reproducible yet unique across executions.</summary>
    internal static string NewToken(Random random, string executionArn)
    {
        Span<byte> bytes = stackalloc byte[TokenBytes];
        random.NextBytes(bytes[..64]);
        SHA256.HashData(Encoding.UTF8.GetBytes(executionArn), bytes[64..]);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Starts waiting for <paramref name="issued"/> (on the execution's loop) and tells the <see cref="Issued"/> handlers.</summary>
    internal PendingCallback Register(IssuedTaskToken issued, SynchronizationContext loop)
    {
        var pending = new PendingCallback(this, issued, loop);
        lock (_pending)
        {
            if (_pending.ContainsKey(issued.Token))
            {
                throw new InvalidOperationException($"The task token of the state '{issued.StateName}' in '{issued.Execution.Arn}' is already waiting: two running executions with the same name and seed share this TaskTokens.");
            }

            // The same execution name and seed run again (a scenario run twice) give the same tokens: the old task has ended.
            _closed.Remove(issued.Token);
            _pending.Add(issued.Token, pending);
            _issued.Add(issued);
        }

        Issued?.Invoke(issued);
        return pending;
    }

    /// <summary>Ends a task's wait unless an answer already did; later calls with its token get TaskTimedOut. True when this call ended it.</summary>
    internal bool TryClose(PendingCallback pending)
    {
        lock (_pending)
        {
            if (!_pending.Remove(pending.Issued.Token))
            {
                return false;
            }

            _closed.Add(pending.Issued.Token);
            return true;
        }
    }

    private void Answer(string token, TaskOutcome outcome)
    {
        PendingCallback pending;
        lock (_pending)
        {
            pending = FindLocked(token);
            _pending.Remove(token);
            _closed.Add(token);
        }

        pending.Loop.Post(static state =>
        {
            var (p, o) = ((PendingCallback, TaskOutcome))state!;
            p.Resolve(new CallbackResolution(o, null));
        }, (pending, outcome));
    }

    private PendingCallback FindLocked(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (_pending.TryGetValue(token, out var pending))
        {
            return pending;
        }

        if (_closed.Contains(token))
        {
            throw new TaskTokenException(TaskTokenException.TaskTimedOut, "The task of this token already ended: it was answered, it timed out, or its execution stopped.");
        }

        if (!IsWellFormed(token))
        {
            throw new TaskTokenException(TaskTokenException.InvalidToken, "The token is not a task token.");
        }

        throw new TaskTokenException(TaskTokenException.TaskDoesNotExist, "No task was given this token.");
    }
}
