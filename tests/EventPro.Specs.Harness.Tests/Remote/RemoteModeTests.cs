using EventPro.Specs.Engine.Json;
using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Remote;

namespace EventPro.Specs.Harness.Tests.Remote;

/// <summary>
/// The switch end to end: example scenarios run in-process while their mocks are recorded, then
/// run again through <see cref="RemoteMode"/> on our own server serving the recording.
/// </summary>
public sealed class RemoteModeTests : IDisposable
{
    private const string ExampleFeature = "features/order-processing/order-processing.feature";
    private readonly string _folder = Directory.CreateTempSubdirectory("eventpro-remote-").FullName;

    [Fact]
    public async Task ExampleScenarios_RecordedInProcess_PassOnOurServerThroughTheSwitch()
    {
        var scenarios = ExampleScenarios();
        var recording = await RecordAsync(scenarios);
        await using var server = await OurServer.StartAsync(recording);

        using (RemoteMode.Use(server.Endpoint, recording))
        {
            foreach (var scenario in scenarios)
            {
                var result = await RunAsync(scenario);
                Assert.True(result.Status == ScenarioStatus.Passed, $"{scenario.DisplayName}: {result.Status} {result.FailureMessage}");
            }
        }
    }

    [Fact]
    public async Task TamperedRecording_TheEndpointAnswersWithIt_AndTheScenarioFails()
    {
        var scenario = ExampleScenarios().First(s => s.Scenario.Title.StartsWith("The exercise's valid sample order", StringComparison.Ordinal));
        var recording = await RecordAsync([scenario]);
        var tampered = Tamper(JsonValue.Parse(File.ReadAllText(recording)));
        File.WriteAllText(recording, tampered.ToJson());
        await using var server = await OurServer.StartAsync(recording);

        ScenarioResult result;
        using (RemoteMode.Use(server.Endpoint, recording))
        {
            result = await RunAsync(scenario);
        }

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains("Tampered.Recording", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MockThatTakesVirtualTime_IsSkippedRemotely_WithTheReason()
    {
        var scenario = Parse("""
            Feature: Remote skips
              Scenario: A slow payment
                Given the state machine "order-processing"
                And the task "ProcessPayment" takes 5 seconds
                When the execution runs
            """);
        await using var server = await OurServer.StartAsync();

        ScenarioResult result;
        using (RemoteMode.Use(server.Endpoint, mockConfigPath: null))
        {
            result = await RunAsync(scenario);
        }

        Assert.Equal(ScenarioStatus.Pending, result.Status);
        Assert.Equal(RemoteMode.SkipPrefix + "the mock of \"ProcessPayment\" takes virtual time (a delay or a timeout), which only the in-process clock can give.", result.PendingReason);
    }

    [Fact]
    public async Task ScenarioNotRecorded_FailsNamingTheRecordingAndHowToMakeIt()
    {
        var recorded = ExampleScenarios()[0];
        var other = ExampleScenarios()[^1];
        var recording = await RecordAsync([recorded]);
        await using var server = await OurServer.StartAsync(recording);

        ScenarioResult result;
        using (RemoteMode.Use(server.Endpoint, recording))
        {
            result = await RunAsync(other);
        }

        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.Contains($"{MockRecording.EnvironmentVariable}={recording}", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<CompiledScenario> ExampleScenarios()
    {
        var file = FeatureFileParser.ParseFile(RepositoryRoot.Find(null), ExampleFeature);
        Assert.Empty(file.Errors);
        return [.. file.Scenarios.Where(s => !s.IsIgnored)];
    }

    private static CompiledScenario Parse(string text)
    {
        var file = FeatureFileParser.Parse("features/remote-skips.feature", text);
        Assert.Empty(file.Errors);
        return Assert.Single(file.Scenarios);
    }

    /// <summary>Runs the scenarios in-process with recording on; returns the written MockConfigFile.</summary>
    private async Task<string> RecordAsync(IReadOnlyList<CompiledScenario> scenarios)
    {
        var recording = new MockRecording(Path.Combine(_folder, "recorded-mocks.json"));
        using (MockRecording.Use(recording))
        {
            foreach (var scenario in scenarios)
            {
                var result = await RunAsync(scenario);
                Assert.True(result.Status == ScenarioStatus.Passed, $"in-process {scenario.DisplayName}: {result.FailureMessage}");
            }
        }

        recording.Write();
        return recording.Path;
    }

    private static Task<ScenarioResult> RunAsync(CompiledScenario scenario)
    {
        var runner = new GherkinRunner(BindingRegistry.FromAssemblies([typeof(ExecutionDriver).Assembly]));
        return runner.RunScenarioAsync(scenario, new ScenarioRunSettings { CancellationToken = TestContext.Current.CancellationToken });
    }

    /// <summary>Every recorded answer becomes a failure the scenario does not expect.</summary>
    private static JsonValue Tamper(JsonValue mockConfig)
    {
        var config = (JsonObject)mockConfig;
        var responses = (JsonObject)config["MockedResponses"];
        var failure = JsonObject.Of(("Throw", JsonObject.Of(("Error", "Tampered.Recording"), ("Cause", "changed by the test"))));
        var tampered = JsonObject.From(responses.Select(response =>
        {
            var entries = JsonObject.From(((JsonObject)response.Value).Select(entry => KeyValuePair.Create(entry.Key, (JsonValue)failure)));
            return KeyValuePair.Create(response.Key, (JsonValue)entries);
        }));
        Assert.NotEmpty(tampered);
        return config.With("MockedResponses", tampered);
    }
}
