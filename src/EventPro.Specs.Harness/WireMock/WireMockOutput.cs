using System.Globalization;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// Reads what the WireMock process writes: learns java's process id (from the guard's first line)
/// and the port WireMock chose, and keeps the last lines for error messages. Both streams must be
/// drained for the whole run, or java would block once a pipe buffer fills.
/// </summary>
internal sealed class WireMockOutput
{
    /// <summary>How many recent lines are kept for diagnostics.</summary>
    public const int KeptLines = 200;

    // WireMock 3.13.2 prints its settings once started, one per line, e.g. "port:   39649"
    // ("https-port:" only when HTTPS is on; it does not start with "port:").
    private const string PortLinePrefix = "port:";

    private readonly Queue<string> _lines = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<int> _javaProcessId = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the port from WireMock's <c>port:</c> line.</summary>
    public Task<int> Port => _port.Task;

    /// <summary>Completes with java's process id from the guard's first line.</summary>
    public Task<int> JavaProcessId => _javaProcessId.Task;

    /// <summary>Sets java's process id when it is known without the guard (java started directly).</summary>
    public void SetJavaProcessId(int processId) => _javaProcessId.TrySetResult(processId);

    /// <summary>Reads <paramref name="reader"/> to its end, line by line.</summary>
    public async Task DrainAsync(StreamReader reader, string streamName)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Accept(line, streamName);
        }
    }

    /// <summary>Records one line and picks out the values it carries.</summary>
    public void Accept(string line, string streamName)
    {
        lock (_lines)
        {
            _lines.Enqueue(streamName + ": " + line);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }

        if (TryReadValue(line, ProcessGuard.PidLinePrefix, out var pid))
        {
            _javaProcessId.TrySetResult(pid);
        }
        else if (TryReadValue(line, PortLinePrefix, out var port))
        {
            _port.TrySetResult(port);
        }
    }

    /// <summary>The kept lines, oldest first, one per line.</summary>
    public string Tail()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }

    private static bool TryReadValue(string line, string prefix, out int value)
    {
        value = 0;
        return line.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(line.AsSpan(prefix.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
