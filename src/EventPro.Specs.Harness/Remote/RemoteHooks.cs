using EventPro.Specs.Gherkin;

namespace EventPro.Specs.Harness.Remote;

/// <summary>Test-run hooks of remote mode: the in-process run that records mocks writes them at its end.</summary>
[Binding]
public static class RemoteHooks
{
    /// <summary>Writes the recorded MockConfigFile (when <c>EVENTPRO_RECORD_MOCKS</c> is set).</summary>
    [AfterTestRun]
    public static void WriteRecordedMocks() => MockRecording.Current?.Write();
}
