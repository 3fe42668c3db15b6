using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The upload processor's ETL function over a record store of processed files: it reads the S3
/// event's object (a key ending in <c>.corrupt.json</c> is a malformed file: JSONDecodeError), writes
/// the NDJSON output under <c>processed/</c> (one record per 40 bytes of input) and answers the counts.
/// </summary>
public sealed class UploadProcessorFakes : WorkflowFakes
{
    private const string Outputs = "ProcessedUploads";

    private static readonly DomainInvariant[] Rules =
    [
        new("every processed upload wrote one output", (world, result) => result.Status == ExecutionStatus.Succeeded && world.Records.Writes.Count(w => w.Table == Outputs) != 1
            ? $"the upload succeeded after {world.Records.Writes.Count(w => w.Table == Outputs)} output writes"
            : null),
        new("a failed upload wrote no output", (world, result) => result.Status != ExecutionStatus.Succeeded && world.Records.Writes.Any(w => w.Table == Outputs)
            ? $"the upload ended {result.StatusName} ({result.Error}) after writing its output"
            : null),
    ];

    /// <inheritdoc />
    public override string Name => "upload-processor";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world) => backend.ForState("ProcessUpload", call => ProcessUpload(world, call));

    private static JsonValue ProcessUpload(FakeWorld world, TaskInvocation call)
    {
        var key = FakeJson.OptionalText(call.Parameters, "Payload", "detail", "object", "key") ?? throw ServiceAnswers.LambdaError("KeyError", "'key'");
        if (key.EndsWith(".corrupt.json", StringComparison.Ordinal))
        {
            throw ServiceAnswers.LambdaError("JSONDecodeError", "Expecting ',' delimiter: line 12 column 5 (char 311)");
        }

        var size = FakeJson.At(call.Parameters, "Payload", "detail", "object", "size") is JsonNumber n ? (long)n.Value : 0;
        var output = "processed/" + Path.GetFileNameWithoutExtension(key) + ".ndjson";
        world.Records.Put(Outputs, output, JsonObject.Of(("source", key)));
        return ServiceAnswers.Lambda(JsonObject.Of(("recordsProcessed", Math.Max(1, size / 40)), ("outputKey", output)), $"{call.Execution.Name}|{call.StateName}|{call.RetryCount}");
    }
}
