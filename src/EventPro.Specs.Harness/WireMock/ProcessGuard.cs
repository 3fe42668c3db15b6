namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// The POSIX shell wrapper that ties the java process's life to ours. Our process holds the write
/// end of the wrapper's stdin pipe; the kernel closes it when our process ends in any way (normal
/// exit, crash, SIGKILL), and a watcher in the wrapper then stops java. The wrapper itself exits
/// when java exits, with java's exit status, so our side can observe a crash.
/// </summary>
/// <remarks>
/// Why a watcher subshell with its own copy of stdin (fd 3): POSIX gives asynchronous commands
/// of a non-interactive shell /dev/null as stdin unless redirected explicitly, and the main shell
/// must be free to <c>wait</c> for java. If the wrapper shell itself is killed, the watcher still
/// holds fd 3 and still stops java when our end closes. The watcher sends SIGTERM (WireMock's
/// shutdown hook stops Jetty), then SIGKILL if java is still there after about 10 s.
/// </remarks>
internal static class ProcessGuard
{
    /// <summary>Name the wrapper shell runs under (<c>$0</c>), visible in <c>ps</c>.</summary>
    public const string ShellName = "eventpro-wiremock-guard";

    /// <summary>First line the wrapper prints: this prefix and java's process id.</summary>
    public const string PidLinePrefix = "eventpro-wiremock-java-pid: ";

    /// <summary>The shell on every POSIX system.</summary>
    public const string Shell = "/bin/sh";

    /// <summary>The wrapper; the command to guard follows as <c>"$@"</c>.</summary>
    /// <remarks>
    /// The watcher ignores SIGTERM once it has started stopping java, so the main shell's
    /// <c>kill "$w"; wait "$w"</c> only ends a watcher still blocked in <c>read</c>, and otherwise
    /// waits for it to finish: no <c>sleep</c> of the watcher is ever orphaned. <c>sleep 0.2</c>
    /// (GNU, BusyBox, macOS) falls back to POSIX <c>sleep 1</c>.
    /// </remarks>
    public const string Script =
        """
        exec 3<&0
        "$@" </dev/null 3<&- &
        p=$!
        echo "eventpro-wiremock-java-pid: $p"
        (
          read -r _ <&3
          trap '' TERM
          kill -TERM "$p" 2>/dev/null
          i=0
          while kill -0 "$p" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.2 2>/dev/null || sleep 1; i=$((i+1)); done
          [ "$i" -ge 50 ] && kill -KILL "$p" 2>/dev/null
        ) </dev/null >/dev/null 2>&1 &
        w=$!
        exec 3<&-
        wait "$p"
        s=$?
        kill "$w" 2>/dev/null
        wait "$w" 2>/dev/null
        exit "$s"
        """;

    /// <summary>True where the wrapper can run (Linux, macOS); on Windows java is started directly.</summary>
    public static bool IsSupported => !OperatingSystem.IsWindows() && File.Exists(Shell);
}
