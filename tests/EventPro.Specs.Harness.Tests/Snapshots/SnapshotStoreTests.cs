using EventPro.Specs.Harness.Snapshots;

namespace EventPro.Specs.Harness.Tests.Snapshots;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eventpro-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void VerifiedPath_FollowsVerifyNaming()
    {
        var path = SnapshotStore.VerifiedPath(_folder, "Checkout", "Payment declined", ["visa", "10"]);
        Assert.Equal(Path.Combine(_folder, "Checkout.Payment_declined_visa_10.verified.json"), path);
    }

    [Fact]
    public void VerifiedPath_Variant_GetsItsOwnFileBesideTheRunAsWritten()
    {
        var path = SnapshotStore.VerifiedPath(_folder, "Checkout", "Payment declined", ["visa", "10"], "jsonata");
        Assert.Equal(Path.Combine(_folder, "Checkout.Payment_declined_visa_10.jsonata.verified.json"), path);
    }

    [Fact]
    public void Verify_NewSnapshot_FailsAndWritesReceived()
    {
        var verified = Path.Combine(_folder, "F.S.verified.json");

        var failure = SnapshotStore.Verify(verified, "[1]", accept: false);

        Assert.NotNull(failure);
        Assert.Contains("New snapshot", failure, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "F.S.received.json")));
        Assert.False(File.Exists(verified));
    }

    [Fact]
    public void Verify_Mismatch_ShowsADiffAndAcceptingFixesIt()
    {
        var verified = Path.Combine(_folder, "F.S.verified.json");
        File.WriteAllText(verified, "[\n  \"PassStateEntered\",\n  \"PassStateExited\"\n]\n");

        var failure = SnapshotStore.Verify(verified, "[\n  \"PassStateEntered\",\n  \"TaskFailed\"\n]\n", accept: false);

        Assert.NotNull(failure);
        Assert.Contains("-   \"PassStateExited\"", failure, StringComparison.Ordinal);
        Assert.Contains("+   \"TaskFailed\"", failure, StringComparison.Ordinal);
        Assert.Null(SnapshotStore.Verify(verified, "[\n  \"PassStateEntered\",\n  \"TaskFailed\"\n]\n", accept: true));
        Assert.False(File.Exists(Path.Combine(_folder, "F.S.received.json")));
        Assert.Null(SnapshotStore.Verify(verified, "[\r\n  \"PassStateEntered\",\r\n  \"TaskFailed\"\r\n]", accept: false));
    }
}
