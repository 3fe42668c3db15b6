namespace EventPro.Specs.Harness.WireMock;

/// <summary>
/// An exclusive lock shared by every process on the machine, held by keeping a lock file open with
/// <see cref="FileShare.None"/> (on Unix .NET takes an exclusive <c>flock</c> on it; on Windows the
/// share mode itself excludes). The operating system releases it when the holder dies, so a crashed
/// test run never leaves the next one waiting.
/// </summary>
internal sealed class InterProcessFileLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private InterProcessFileLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting while another holder has it.</summary>
    /// <exception cref="TimeoutException">Not obtained within <paramref name="timeout"/>.</exception>
    public static async Task<InterProcessFileLock> AcquireAsync(string lockFilePath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var stream = TryOpen(lockFilePath);
            if (stream is not null)
            {
                return new InterProcessFileLock(stream);
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Another process held the lock file '{lockFilePath}' for more than {timeout}.");
            }

            await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string lockFilePath)
    {
        try
        {
            return new FileStream(lockFilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // Held by someone else (a sharing violation on Windows, EWOULDBLOCK from flock on Unix).
            return null;
        }
    }
}
