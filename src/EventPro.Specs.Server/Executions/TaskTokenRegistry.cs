using System.Security.Cryptography;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Executions;

/// <summary>
/// The callback tasks (<c>.waitForTaskToken</c>) waiting for SendTaskSuccess, SendTaskFailure or
/// SendTaskHeartbeat. A task backend registers a task and awaits its outcome; the API operations
/// answer it by token. Tokens are opaque, like AWS's: base64 of random bytes. Until the engine
/// hands out task tokens nothing registers here, and every Send* call is answered with the error
/// AWS gives for a token it does not know.
/// </summary>
public sealed class TaskTokenRegistry
{
    private const int TokenBytes = 96;

    private readonly Dictionary<string, PendingTask> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers a waiting task of <paramref name="executionArn"/> and returns it; its token goes to
    /// the worker. The registry issues the token unless the caller brings one (e.g. the engine's
    /// <c>$$.Task.Token</c>, once it issues them).
    /// </summary>
    public PendingTask Register(string executionArn, string stateName, string? token = null)
    {
        var task = new PendingTask(token ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)), executionArn, stateName);
        lock (_pending)
        {
            if (_pending.ContainsKey(task.Token) || _closed.Contains(task.Token))
            {
                throw new ArgumentException("This task token is already in use.", nameof(token));
            }

            _pending.Add(task.Token, task);
        }

        return task;
    }

    /// <summary>Completes the task successfully (SendTaskSuccess).</summary>
    public void Succeed(string token, JsonValue output) => Close(token).Complete(TaskOutcome.Success(output));

    /// <summary>Fails the task (SendTaskFailure). AWS lets both error and cause be absent; the error is then empty.</summary>
    public void Fail(string token, string? error, string? cause) => Close(token).Complete(TaskOutcome.Failure(error ?? string.Empty, cause));

    /// <summary>Records a heartbeat (SendTaskHeartbeat).</summary>
    public void Heartbeat(string token, DateTimeOffset now) => Find(token).Beat(now);

    /// <summary>Ends a task that nobody answered (it timed out, or its execution stopped): later calls get TaskTimedOut.</summary>
    public void Abandon(string token)
    {
        lock (_pending)
        {
            if (_pending.Remove(token))
            {
                _closed.Add(token);
            }
        }
    }

    private PendingTask Close(string token)
    {
        lock (_pending)
        {
            var task = FindLocked(token);
            _pending.Remove(token);
            _closed.Add(token);
            return task;
        }
    }

    private PendingTask Find(string token)
    {
        lock (_pending)
        {
            return FindLocked(token);
        }
    }

    private PendingTask FindLocked(string token)
    {
        if (_pending.TryGetValue(token, out var task))
        {
            return task;
        }

        if (_closed.Contains(token))
        {
            throw ApiErrors.TaskTimedOut("Provided task does not exist anymore");
        }

        if (!IsWellFormed(token))
        {
            throw ApiErrors.InvalidToken("Invalid token");
        }

        throw ApiErrors.TaskDoesNotExist("Provided task does not exist");
    }

    private static bool IsWellFormed(string token)
    {
        var buffer = new byte[token.Length];
        return Convert.TryFromBase64String(token, buffer, out var written) && written == TokenBytes;
    }
}
