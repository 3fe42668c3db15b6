using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>GetExecutionHistory.</summary>
public static class HistoryQueries
{
    /// <summary>
    /// GetExecutionHistory: oldest first (or newest first with reverseOrder), a page at a time. A
    /// running execution's history grows between pages; tokens hold event positions, which never
    /// move, so following them gives each event once: forward pages continue after the last event
    /// returned (and reach events recorded meanwhile), reverse pages continue below it.
    /// </summary>
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
        var events = HistoryJson.Events(execution, includeData);
        var size = PageToken.PageSize(maxResults);
        var (page, next) = reverse
            ? Backward(events, nextToken is null ? events.Count : PageToken.Decode(nextToken, scope), size)
            : Forward(events, nextToken is null ? 0 : PageToken.Decode(nextToken, scope), size);
        var body = new JsonObjectBuilder(2) { ["events"] = JsonArray.From(page) };
        if (next is { } position)
        {
            body["nextToken"] = PageToken.Encode(scope, position);
        }

        return ValueTask.FromResult(body.Build());
    }

    /// <summary>The page from index <paramref name="start"/> up, and the index after it when events remain.</summary>
    private static (List<JsonObject> Page, long? Next) Forward(IReadOnlyList<JsonObject> events, long start, int size)
    {
        if (start > events.Count)
        {
            throw ApiErrors.InvalidToken("The pagination token is past the end of the history");
        }

        var count = (int)Math.Min(size, events.Count - start);
        var page = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            page.Add(events[(int)start + i]);
        }

        var next = start + count;
        return (page, next < events.Count ? next : null);
    }

    /// <summary>The page below index <paramref name="below"/>, newest first, and its lowest index when older events remain.</summary>
    private static (List<JsonObject> Page, long? Next) Backward(IReadOnlyList<JsonObject> events, long below, int size)
    {
        if (below > events.Count)
        {
            throw ApiErrors.InvalidToken("The pagination token is past the end of the history");
        }

        var lowest = (int)Math.Max(0, below - size);
        var page = new List<JsonObject>((int)below - lowest);
        for (var i = (int)below - 1; i >= lowest; i--)
        {
            page.Add(events[i]);
        }

        return (page, lowest > 0 ? lowest : null);
    }
}
