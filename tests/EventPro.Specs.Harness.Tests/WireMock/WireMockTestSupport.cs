using System.Diagnostics;

namespace EventPro.Specs.Harness.Tests.WireMock;

/// <summary>Helpers shared by the tests that start the real WireMock.</summary>
internal static class WireMockTestSupport
{
    /// <summary>The fixture folder copied beside the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "WireMock", "Fixtures");

    /// <summary>True while a process with this id exists and has not ended (a zombie has ended).</summary>
    public static bool IsRunning(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // "pid (comm) S ...": the state letter follows the command's closing parenthesis.
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 2)..].TrimStart()[0];
                return state is not ('Z' or 'X');
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
            {
                return false;
            }
        }

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
