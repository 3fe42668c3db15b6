using EventPro.Specs.Server.Hosting;
using EventPro.Specs.Server.Tests.Support;

namespace EventPro.Specs.Server.Tests.Hosting;

/// <summary>boto3 (Fixtures/boto3_client.py, boto3_live.py) against the server on Kestrel: paging, errors, StartSyncExecution, a callback task answered with SendTaskFailure, live executions.</summary>
public class Boto3ClientTests
{
    [Fact]
    public async Task Script_PagingErrorsSyncExecutionAndCallback_AllChecksHold()
    {
        Assert.SkipUnless(ExternalProcess.HasBoto3, "python3 with boto3 is not installed on this machine ('python3 -c \"import boto3\"' failed).");
        await using var api = await KestrelApi.StartAsync(CallbackExecutions.Options(timeScale: 0));
        var script = Path.Combine(AppContext.BaseDirectory, "Hosting", "Fixtures", "boto3_client.py");

        var result = ExternalProcess.Run("python3", [script, api.Endpoint], TimeSpan.FromSeconds(120), ExternalProcess.ClientEnvironment());

        Assert.True(result.ExitCode == 0, $"boto3_client.py failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        Assert.Equal("OK", result.Output.Trim());
    }

    [Fact]
    public async Task LiveScript_PollsUntilDoneWatchesHistoryAndStops_AllChecksHold()
    {
        Assert.SkipUnless(ExternalProcess.HasBoto3, "python3 with boto3 is not installed on this machine ('python3 -c \"import boto3\"' failed).");
        // Real time, as on AWS: the script watches executions while they run.
        await using var api = await KestrelApi.StartAsync(new ServerOptions());
        var script = Path.Combine(AppContext.BaseDirectory, "Hosting", "Fixtures", "boto3_live.py");

        var result = ExternalProcess.Run("python3", [script, api.Endpoint], TimeSpan.FromSeconds(120), ExternalProcess.ClientEnvironment());

        Assert.True(result.ExitCode == 0, $"boto3_live.py failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        Assert.Equal("OK", result.Output.Trim());
    }
}
