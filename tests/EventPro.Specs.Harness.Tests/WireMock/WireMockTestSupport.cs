using System.Diagnostics;

namespace EventPro.Specs.Harness.Tests.WireMock;

/// <summary>Helpers shared by the tests that start the real WireMock.</summary>
internal static class WireMockTestSupport
{
    /// <summary>The fixture folder copied beside the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "WireMock", "Fixtures");

    /// <summary>True while a process with this id exists and has not ended.</summary>
    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
