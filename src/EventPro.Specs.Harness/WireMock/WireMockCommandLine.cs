using System.Diagnostics;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>The java command that runs WireMock, and how it is launched (under <see cref="ProcessGuard"/> where possible).</summary>
internal static class WireMockCommandLine
{
    /// <summary>
    /// <c>java [JVM options] -jar &lt;jar&gt; --port 0 --bind-address 127.0.0.1 --root-dir &lt;root&gt;
    /// --disable-banner --async-response-enabled true [extra options]</c>.
    /// </summary>
    public static IReadOnlyList<string> JavaCommand(string java, string jar, string rootDirectory, WireMockProcessOptions options)
        =>
        [
            java, .. options.JvmArguments, "-jar", jar,
            // Port 0: the OS picks a free port atomically inside WireMock; no race with a pre-picked port.
            // WireMock prints the chosen one as "port: N" once listening.
            "--port", "0", "--bind-address", "127.0.0.1", "--root-dir", rootDirectory, "--disable-banner",
            // Fixed delays and chaos latency are served from a scheduler instead of holding a Jetty thread each.
            "--async-response-enabled", "true",
            .. options.ExtraArguments,
        ];

    /// <summary>
    /// Runs <paramref name="javaCommand"/> under the guard shell on POSIX systems; on Windows, which has
    /// no <c>/bin/sh</c>, java directly (stopped by Dispose and ProcessExit only: a hard kill of the
    /// test host can leave it running there). All streams are redirected: stdin is the guard's pipe.
    /// </summary>
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> javaCommand)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        IEnumerable<string> arguments;
        if (ProcessGuard.IsSupported)
        {
            start.FileName = ProcessGuard.Shell;
            arguments = ["-c", ProcessGuard.Script, ProcessGuard.ShellName, .. javaCommand];
        }
        else
        {
            start.FileName = javaCommand[0];
            arguments = javaCommand.Skip(1);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>The command as a POSIX shell would need it typed, for logs and error messages.</summary>
    public static string Format(IReadOnlyList<string> javaCommand) => string.Join(' ', javaCommand.Select(Quote));

    private static string Quote(string argument)
        => argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=+,@".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
