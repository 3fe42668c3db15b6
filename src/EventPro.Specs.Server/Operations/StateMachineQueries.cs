using EventPro.Specs.Engine.Validation;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Operations;

/// <summary>DescribeStateMachine, ListStateMachines and ValidateStateMachineDefinition.</summary>
public static class StateMachineQueries
{
    /// <summary>The values of IncludedData.</summary>
    public static readonly IReadOnlyList<string> IncludedDataValues = ["ALL_DATA", "METADATA_ONLY"];

    private static readonly string[] Severities = ["ERROR", "WARNING"];

    /// <summary>DescribeStateMachine.</summary>
    public static ValueTask<JsonObject> DescribeAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var arn = f.String("stateMachineArn", 1, 256, required: true);
        var included = f.Enum("includedData", IncludedDataValues);
        f.ThrowIfInvalid();

        ResourceArn.Parse(arn!, ResourceArn.StateMachineType);
        var record = state.Registry.FindStateMachine(arn!) ?? throw ApiErrors.StateMachineDoesNotExist(arn!);
        return ValueTask.FromResult(StateMachineJson.Describe(record, included != "METADATA_ONLY"));
    }

    /// <summary>ListStateMachines: the state machines of the caller's region, oldest first, a page at a time.</summary>
    public static ValueTask<JsonObject> ListAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var maxResults = f.Integer("maxResults", 0, 1000);
        var nextToken = f.String("nextToken", 1, 1024);
        f.ThrowIfInvalid();

        var scope = $"ListStateMachines|{call.Region}|{call.Account}";
        var after = nextToken is null ? 0 : PageToken.Decode(nextToken, scope);
        var size = PageToken.PageSize(maxResults);
        var remaining = state.Registry.StateMachines(call.Region, call.Account).Where(m => m.Sequence > after).ToList();
        var page = remaining.Take(size).ToList();
        var body = new JsonObjectBuilder(2)
        {
            ["stateMachines"] = JsonArray.From(page.Select(m => (JsonValue)JsonObject.Of(
                ("stateMachineArn", m.Arn),
                ("name", m.Name),
                ("type", m.Type.ToApiName()),
                ("creationDate", AwsTimestamp.From(m.CreationDate))))),
        };
        if (remaining.Count > page.Count)
        {
            body["nextToken"] = PageToken.Encode(scope, page[^1].Sequence);
        }

        return ValueTask.FromResult(body.Build());
    }

    /// <summary>
    /// ValidateStateMachineDefinition: every finding of the definition validator (the same one as
    /// <c>eventpro-specs validate</c> and the harness use), as AWS diagnostics: FAIL when any is an
    /// error. <c>severity</c> WARNING includes the warnings; ERROR (the default) only the errors.
    /// </summary>
    public static ValueTask<JsonObject> ValidateAsync(ApiCall call, ServerState state)
    {
        var f = call.Fields;
        var definition = f.String("definition", 1, 1_048_576, required: true, sensitive: true);
        f.Enum("type", StateMachineTypes.Names);
        var severity = f.Enum("severity", Severities);
        var maxResults = f.Integer("maxResults", 0, 100);
        f.ThrowIfInvalid();

        var findings = DefinitionValidator.Validate(definition!);
        var diagnostics = findings
            .Where(x => x.IsError || severity == "WARNING")
            .Select(x =>
            {
                var diagnostic = new JsonObjectBuilder(4)
                {
                    ["severity"] = x.IsError ? "ERROR" : "WARNING",
                    ["code"] = x.Code == AslCodes.InvalidJson ? DefinitionCheck.InvalidJson : x.IsError ? DefinitionCheck.SchemaValidationFailed : x.Code,
                    ["message"] = $"{x.Code}{(x.StateName is null ? string.Empty : $" [{x.StateName}]")}: {x.Message} (line {x.Line}, column {x.Column})",
                };
                if (x.Pointer.Length > 0)
                {
                    diagnostic["location"] = x.Pointer;
                }

                return (JsonValue)diagnostic.Build();
            })
            .ToList();

        var limit = maxResults is null or 0 ? 100 : maxResults.Value;
        return ValueTask.FromResult(JsonObject.Of(
            ("result", findings.Any(x => x.IsError) ? "FAIL" : "OK"),
            ("diagnostics", JsonArray.From(diagnostics.Take(limit))),
            ("truncated", JsonBoolean.From(diagnostics.Count > limit))));
    }
}
