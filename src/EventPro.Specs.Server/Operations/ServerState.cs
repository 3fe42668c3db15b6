using EventPro.Specs.Server.Executions;
using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>Everything the operations share: options, the registry, the launcher and the task tokens.</summary>
public sealed class ServerState : IDisposable
{
    /// <summary>Creates the state of a server with <paramref name="options"/>.</summary>
    public ServerState(ServerOptions options)
    {
        options.Validate();
        Options = options;
        Launcher = new ExecutionLauncher(options, TaskTokens.Tokens, Registry);
    }

    /// <summary>The server options.</summary>
    public ServerOptions Options { get; }

    /// <summary>State machines and executions.</summary>
    public StepFunctionsRegistry Registry { get; } = new();

    /// <summary>Runs executions in the background.</summary>
    public ExecutionLauncher Launcher { get; }

    /// <summary>Task tokens of callback tasks waiting for SendTaskSuccess/Failure/Heartbeat.</summary>
    public TaskTokenRegistry TaskTokens { get; } = new();

    /// <summary>The server clock's current time.</summary>
    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    /// <summary>Stops the running executions.</summary>
    public void Dispose() => Launcher.Dispose();
}
