using System.Globalization;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>
/// The daily analysis's functions and topics: the store summaries of a date (derived from the date,
/// about one date in twelve has none), the company and product metrics computed from them, Bedrock's
/// anomalies, trends and recommendations, the report, the QuickSight export (a record per date) and
/// every SNS publish in the outbox, tagged with the state that sent it.
/// </summary>
public sealed class DailyAnalysisFakes : WorkflowFakes
{
    private const string Exports = "QuickSightExports";

    private static readonly DomainInvariant[] Rules =
    [
        new("the daily report was published at most once", (world, _) => world.Outbox.Messages.Count(m => m.Topic.StartsWith("SendDailyReport|", StringComparison.Ordinal)) is var n and > 1
            ? $"the daily report was published {n} times"
            : null),
        new("a successful analysis published its report and export", (world, result) => result.Status != ExecutionStatus.Succeeded ? null
            : !world.Outbox.Messages.Any(m => m.Topic.StartsWith("SendDailyReport|", StringComparison.Ordinal)) ? "the analysis succeeded without publishing the daily report"
            : world.Records.Writes.All(w => w.Table != Exports) ? "the analysis succeeded without a QuickSight export"
            : null),
        new("a failed analysis alerted the operators", (world, result) => result.Status == ExecutionStatus.Succeeded
            || world.Outbox.Messages.Any(m => m.Topic.StartsWith("SendFailureAlert|", StringComparison.Ordinal) || m.Topic.StartsWith("NoDataAvailable|", StringComparison.Ordinal))
            || result.Events.Any(e => e.Name is "SendFailureAlert" or "NoDataAvailable" && e.Type is Engine.History.HistoryEventType.TaskFailed or Engine.History.HistoryEventType.TaskTimedOut)
            ? null
            : $"the analysis ended {result.StatusName} ({result.Error}) and no alert was sent or even tried"),
    ];

    /// <inheritdoc />
    public override string Name => "daily-analysis";

    /// <inheritdoc />
    public override IReadOnlyList<DomainInvariant> Invariants => Rules;

    /// <summary>The number of stores that reported on <paramref name="date"/> (0 for about one date in twelve).</summary>
    public static int StoresReporting(string date) => FakeIds.Bucket("stores|" + date, 12) == 0 ? 0 : 2 + FakeIds.Bucket("count|" + date, 4);

    /// <inheritdoc />
    protected override void Register(InProcessTaskBackend backend, FakeWorld world)
    {
        backend
            .ForState("GetStoreSummaries", call => Lambda(call, GetStoreSummaries(call)))
            .ForState("CalcCompanyMetrics", call => Lambda(call, CompanyMetrics(call)))
            .ForState("CalcProductMetrics", call => Lambda(call, JsonObject.Of(("topSellers", JsonArray.Of("SKU-" + (100 + FakeIds.Bucket(Date(call), 900)).ToString(CultureInfo.InvariantCulture), "SKU-456")))))
            .ForState("DetectAnomalies", call => Lambda(call, JsonObject.Of(("anomalies", JsonArray.Of(JsonObject.Of(("storeId", "S-002"), ("metric", "revenue"), ("deviation", -0.32)))))))
            .ForState("AnalyzeTrends", call => Lambda(call, JsonObject.Of(("trends", JsonArray.Of("Weekend revenue up 8% week on week")))))
            .ForState("GenerateRecommendations", call => Lambda(call, JsonObject.Of(("recommendations", JsonArray.Of("Restock the top seller before Friday")))))
            .ForState("CombineInsights", call => Lambda(call, JsonObject.Of(("summary", $"Insights for {Date(call)}"))))
            .ForState("GenerateReport", call => Lambda(call, JsonObject.Of(("subject", $"Daily report {Date(call)}"), ("body", $"The daily report for {Date(call)}."))))
            .ForState("ExportToQuickSight", call => Export(world, call))
            .ForState("SendDailyReport", call => Publish(world, call))
            .ForState("SendBedrockErrorAlert", call => Publish(world, call))
            .ForState("SendFailureAlert", call => Publish(world, call))
            .ForState("NoDataAvailable", call => Publish(world, call));
    }

    private static string Date(TaskInvocation call) => FakeJson.OptionalText(call.Parameters, "Payload", "date") ?? "unknown";

    private static JsonValue Lambda(TaskInvocation call, JsonValue payload) => ServiceAnswers.Lambda(payload, $"{call.Execution.Name}|{call.StateName}|{call.RetryCount}");

    private static JsonObject GetStoreSummaries(TaskInvocation call)
    {
        var date = Date(call);
        var stores = Enumerable.Range(1, StoresReporting(date)).Select(i => (JsonValue)JsonObject.Of(
            ("storeId", $"S-{i:000}"),
            ("revenue", 5000 + FakeIds.Bucket($"{date}|{i}|revenue", 10_000)),
            ("orders", 100 + FakeIds.Bucket($"{date}|{i}|orders", 300))));
        return JsonObject.Of(("stores", JsonArray.From(stores)));
    }

    private static JsonObject CompanyMetrics(TaskInvocation call)
    {
        if (FakeJson.At(call.Parameters, "Payload", "stores") is not JsonArray stores)
        {
            throw ServiceAnswers.LambdaError("ValueError", "stores must be a list");
        }

        var revenue = stores.Sum(s => FakeJson.At(s, "revenue") is JsonNumber n ? n.Value : 0);
        var orders = stores.Sum(s => FakeJson.At(s, "orders") is JsonNumber n ? n.Value : 0);
        return JsonObject.Of(("totalRevenue", revenue), ("totalOrders", orders), ("averageOrderValue", orders == 0 ? 0 : Math.Round(revenue / orders, 2)));
    }

    private static JsonValue Export(FakeWorld world, TaskInvocation call)
    {
        var date = Date(call);
        var file = $"s3://retail-analytics/quicksight/{date}/company.ndjson";
        world.Records.Put(Exports, date, JsonObject.Of(("file", file)));
        return Lambda(call, JsonObject.Of(("files", JsonArray.Of(file))));
    }

    private static JsonValue Publish(FakeWorld world, TaskInvocation call)
    {
        var topic = FakeJson.Text(call.Parameters, "SNS.InvalidParameterException", "TopicArn");
        var message = world.Outbox.Publish(call.StateName + "|" + topic, FakeJson.OptionalText(call.Parameters, "Subject"), ServiceAnswers.MessageText(FakeJson.At(call.Parameters, "Message")), call.Clock.GetUtcNow());
        return ServiceAnswers.SnsPublish(message.MessageId);
    }
}
