using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class InterProcessFileLockTests
{
    [Fact]
    public async Task AcquireAsync_WhileHeld_WaitsUntilReleased()
    {
        var folder = Directory.CreateTempSubdirectory("lock-").FullName;
        var path = Path.Combine(folder, "test.lock");
        try
        {
            var first = await InterProcessFileLock.AcquireAsync(path, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

            // A second open of the file, as another process would make: it cannot take the lock yet.
            var second = InterProcessFileLock.AcquireAsync(path, TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            Assert.False(second.IsCompleted);

            first.Dispose();
            (await second.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).Dispose();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AcquireAsync_HeldPastTheTimeout_FailsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("lock-").FullName;
        var path = Path.Combine(folder, "test.lock");
        try
        {
            using var held = await InterProcessFileLock.AcquireAsync(path, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

            var error = await Assert.ThrowsAsync<TimeoutException>(
                () => InterProcessFileLock.AcquireAsync(path, TimeSpan.Zero, TestContext.Current.CancellationToken));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
