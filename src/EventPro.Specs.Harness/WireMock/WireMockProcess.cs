using System.Diagnostics;

namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// One running WireMock standalone server (the real Java WireMock 3.13.2 from the pinned npm
/// package), bound to 127.0.0.1 on a port the operating system chose. Disposing it stops java; so
/// does the end of this process, however it ends (see <see cref="ProcessGuard"/>).
/// </summary>
public sealed class WireMockProcess : IAsyncDisposable, IDisposable
{
    private readonly Process _process;
    private readonly WireMockOutput _output;
    private readonly WireMockRootDirectory _root;
    private readonly HttpClient _adminHttp = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly TimeSpan _stopTimeout;
    private readonly Task _drain;
    private int _disposed;

    private WireMockProcess(
        Process process,
        WireMockOutput output,
        WireMockRootDirectory root,
        WireMockLayout layout,
        string commandLine,
        TimeSpan stopTimeout)
    {
        _process = process;
        _output = output;
        _root = root;
        Layout = layout;
        CommandLine = commandLine;
        _stopTimeout = stopTimeout;
        _drain = Task.WhenAll(
            output.DrainAsync(process.StandardOutput, "out"),
            output.DrainAsync(process.StandardError, "err"));
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The server's root URL, e.g. <c>http://127.0.0.1:39649/</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The port WireMock listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The java process's id (0 until the guard has reported it).</summary>
    public int JavaProcessId => _output.JavaProcessId.IsCompletedSuccessfully ? _output.JavaProcessId.Result : 0;

    /// <summary>Time from starting java to the first healthy <c>/__admin/health</c>.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The command line java was started with, for logs and error messages.</summary>
    public string CommandLine { get; }

    /// <summary>The WireMock folder this server serves files from and loads mapping files of.</summary>
    public WireMockLayout Layout { get; }

    /// <summary>The admin API of this server.</summary>
    public WireMockAdminClient Admin { get; private set; } = null!;

    /// <summary>True once java (or its guard) has ended, or this was disposed.</summary>
    public bool HasExited => Volatile.Read(ref _disposed) == 1 || _process.HasExited;

    /// <summary>The last lines WireMock wrote, for diagnosing a failed stub or start.</summary>
    public string OutputTail => _output.Tail();

    /// <summary>
    /// Installs WireMock if needed (<see cref="WireMockInstaller"/>), finds Java (<see cref="JavaLocator"/>),
    /// starts the server and returns once <c>/__admin/health</c> answers.
    /// </summary>
    /// <exception cref="WireMockSetupException">Something is missing, or WireMock did not start in time.</exception>
    public static async Task<WireMockProcess> StartAsync(WireMockProcessOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WireMockProcessOptions();
        var layout = options.Layout ?? WireMockLayout.ForRepository();
        var jar = await WireMockInstaller.EnsureInstalledAsync(layout, cancellationToken).ConfigureAwait(false);
        var java = JavaLocator.Find();
        var root = WireMockRootDirectory.Create(options.FilesDirectory ?? layout.FilesDirectory);
        var javaCommand = WireMockCommandLine.JavaCommand(java, jar, root.Path, options);
        var start = WireMockCommandLine.StartInfo(javaCommand);
        var commandLine = WireMockCommandLine.Format(javaCommand);
        var stopwatch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new WireMockSetupException($"Could not start: {commandLine}");
        }
        catch (Exception e) when (e is not WireMockSetupException)
        {
            root.Dispose();
            throw new WireMockSetupException($"Could not start WireMock: {commandLine}. {JavaLocator.InstallHint}", e);
        }

        var output = new WireMockOutput();
        if (!ProcessGuard.IsSupported)
        {
            output.SetJavaProcessId(process.Id);
        }

        var server = new WireMockProcess(process, output, root, layout, commandLine, options.StopTimeout);
        try
        {
            await server.WaitUntilHealthyAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        server.StartupTime = stopwatch.Elapsed;
        return server;
    }

    /// <summary>Stops java gracefully (SIGTERM through the guard), killing it if it does not stop in time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        CloseControlPipe();
        if (!ProcessGuard.IsSupported || !await WaitForExitAsync(_stopTimeout).ConfigureAwait(false))
        {
            Kill();
            await WaitForExitAsync(_stopTimeout).ConfigureAwait(false);
        }

        await Task.WhenAny(_drain, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
        _adminHttp.Dispose();
        _process.Dispose();
        _root.Dispose();
    }

    /// <summary>Stops java; blocks until it has ended.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Closes our end of the guard's stdin pipe, exactly what the kernel does when this process dies;
    /// the guard then stops java. Tests use it to check the crash path without crashing.
    /// </summary>
    internal void CloseControlPipe()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Already closed or the guard already gone: nothing left to signal.
        }
    }

    /// <summary>Waits for the guard (which waits for java) to end; false on timeout.</summary>
    internal async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exited = _process.WaitForExitAsync(CancellationToken.None);
        try
        {
            var port = await Task.WhenAny(_output.Port, exited).WaitAsync(deadline.Token).ConfigureAwait(false);
            if (port != _output.Port)
            {
                await Task.WhenAny(_drain, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
                throw new WireMockSetupException(
                    $"WireMock exited with code {_process.ExitCode} before it listened. Command: {CommandLine}{Environment.NewLine}{_output.Tail()}");
            }

            Port = await _output.Port.ConfigureAwait(false);
            await _output.JavaProcessId.WaitAsync(deadline.Token).ConfigureAwait(false);
            BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
            Admin = new WireMockAdminClient(_adminHttp, BaseUrl);
            while (!await Admin.IsHealthyAsync(deadline.Token).ConfigureAwait(false))
            {
                if (_process.HasExited)
                {
                    throw new WireMockSetupException(
                        $"WireMock exited with code {_process.ExitCode} while starting. Command: {CommandLine}{Environment.NewLine}{_output.Tail()}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(25), deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WireMockSetupException(
                $"WireMock was not healthy within {timeout}. Command: {CommandLine}{Environment.NewLine}{_output.Tail()}");
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // The test host is ending: no time for WireMock's graceful stop.
        Kill();
        _root.Dispose();
    }

    private void Kill()
    {
        // Java first, by id: the guard, still alive, reaps it and exits at once, so nothing is left
        // behind, not even a zombie for init to collect. Killing the whole tree is the fallback.
        KillJava();
        if (!ProcessGuard.IsSupported || !_process.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            KillTree();
        }
    }

    private void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Ended between the check and the kill.
        }
    }

    private void KillJava()
    {
        // By id, because java leaves the guard's tree if the guard shell died alone.
        if (JavaProcessId == 0)
        {
            return;
        }

        try
        {
            using var java = Process.GetProcessById(JavaProcessId);
            if (java.ProcessName == "java")
            {
                java.Kill();
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
