using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>GetExecutionHistory.</summary>
public static class HistoryQueries
{
    /// <summary>GetExecutionHistory: oldest first (or newest first with reverseOrder), a page at a time.</summary>
    public static ValueTask<JsonObject> GetAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("executionArn", 1, 256, required: true);
        var maxResults = f.Integer("maxResults", 0, 1000);
        var reverse = f.Boolean("reverseOrder") ?? false;
        var nextToken = f.String("nextToken", 1, 1024);
        var includeData = f.Boolean("includeExecutionData") ?? true;
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.ExecutionType, ResourceArn.ExpressType);
        var execution = state.Registry.FindExecution(arn!) ?? throw ApiErrors.ExecutionDoesNotExist(arn!);
        var scope = $"GetExecutionHistory|{arn}|{reverse}|{includeData}";
        var start = nextToken is null ? 0 : PageToken.Decode(nextToken, scope);
        var events = HistoryJson.Events(execution, includeData);
        if (start > events.Count)
        {
            throw ApiErrors.InvalidToken("The pagination token is past the end of the history");
        }

        var ordered = reverse ? events.Reverse() : events;
        var size = PageToken.PageSize(maxResults);
        var page = ordered.Skip((int)start).Take(size).ToList();
        var body = new JsonObjectBuilder(2) { ["events"] = JsonArray.From(page) };
        var next = start + page.Count;
        if (next < events.Count)
        {
            body["nextToken"] = PageToken.Encode(scope, next);
        }

        return ValueTask.FromResult(body.Build());
    }
}
