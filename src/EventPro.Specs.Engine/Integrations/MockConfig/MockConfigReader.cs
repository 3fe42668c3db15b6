using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.MockConfig;

/// <summary>
/// Reads and validates the Step Functions Local mock configuration file
/// (docs: "Configuration File for Mocked Service Integrations", sfn-local-mock-cfg-file):
/// <c>{"StateMachines": {M: {"TestCases": {T: {State: Response}}}}, "MockedResponses": {Response: {"0": {"Return": ...}, "1-2": {"Throw": {"Error", "Cause"}}}}}</c>.
/// Every problem is collected, with its pointer and position, before one exception is thrown.
/// </summary>
internal sealed class MockConfigReader
{
    private const string StateMachinesField = "StateMachines";
    private const string MockedResponsesField = "MockedResponses";
    private const string TestCasesField = "TestCases";

    private readonly string _source;
    private readonly JsonSourceMap _map;
    private readonly List<MockConfigProblem> _problems = [];

    private MockConfigReader(string source, JsonSourceMap map)
    {
        _source = source;
        _map = map;
    }

    /// <summary>Parses and validates <paramref name="text"/>; throws <see cref="MockConfigException"/> listing every problem.</summary>
    public static MockConfigFile Read(string text, string source)
    {
        var map = new JsonSourceMap();
        JsonValue root;
        try
        {
            root = JsonParser.Parse(text, map);
        }
        catch (JsonParseException e)
        {
            throw new MockConfigException(source, [new MockConfigProblem(string.Empty, e.Line, e.Column, "invalid JSON: " + e.Reason)]);
        }

        var reader = new MockConfigReader(source, map);
        var file = reader.ReadRoot(root);
        if (reader._problems.Count > 0)
        {
            var ordered = reader._problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
            throw new MockConfigException(source, ordered);
        }

        return file!;
    }

    private MockConfigFile? ReadRoot(JsonValue root)
    {
        if (root is not JsonObject document)
        {
            Problem(string.Empty, $"the mock configuration must be a JSON object with the fields {StateMachinesField} and {MockedResponsesField}");
            return null;
        }

        _ = RejectUnknownFields(document, string.Empty, StateMachinesField, MockedResponsesField);
        var declared = document.GetOrNull(MockedResponsesField) is JsonObject names ? names.Keys.ToHashSet(StringComparer.Ordinal) : [];
        var responses = ReadMockedResponses(Required(document, string.Empty, MockedResponsesField));
        var machines = ReadStateMachines(Required(document, string.Empty, StateMachinesField), responses, declared);
        return new MockConfigFile(_source, machines, responses, _map);
    }

    private Dictionary<string, MockedResponse> ReadMockedResponses(JsonValue? value)
    {
        var responses = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        var pointer = "/" + MockedResponsesField;
        if (value is null || Object(value, pointer, "an object of mocked responses by name") is not { } all)
        {
            return responses;
        }

        foreach (var (name, body) in all)
        {
            if (ReadMockedResponse(name, body, JsonPointer.Append(pointer, name)) is { } response)
            {
                responses[name] = response;
            }
        }

        return responses;
    }

    private MockedResponse? ReadMockedResponse(string name, JsonValue body, string pointer)
    {
        if (Object(body, pointer, "an object of invocation entries such as {\"0\": {\"Return\": ...}}") is not { } entriesObject)
        {
            return null;
        }

        if (entriesObject.Count == 0)
        {
            Problem(pointer, $"the mocked response '{name}' has no invocation entries; give at least the key \"0\"");
            return null;
        }

        var entries = new List<(InvocationRange Range, string Key, TaskOutcome? Outcome)>();
        var valid = true;
        foreach (var (key, entry) in entriesObject)
        {
            var entryPointer = JsonPointer.Append(pointer, key);
            if (!InvocationRange.TryParse(key, out var range, out var reason))
            {
                Problem(entryPointer, reason!);
                valid = false;
                continue;
            }

            var outcome = ReadEntry(entry, entryPointer);
            valid &= outcome is not null;
            entries.Add((range, key, outcome));
        }

        valid &= CheckCoverage(name, pointer, entries);
        return valid
            ? new MockedResponse(name, entries.OrderBy(e => e.Range.First).Select(e => KeyValuePair.Create(e.Range, e.Outcome!.Value)).ToList())
            : null;
    }

    /// <summary>
    /// AWS: "you must specify a mocked response for every invocation" and "denote mocks for retries
    /// with consecutive attempt numbers": the keys must cover 0, 1, 2, ... once each.
    /// </summary>
    private bool CheckCoverage(string name, string pointer, List<(InvocationRange Range, string Key, TaskOutcome? Outcome)> entries)
    {
        var valid = true;
        var next = 0;
        string? previousKey = null;
        foreach (var (range, key, _) in entries.OrderBy(e => e.Range.First).ThenBy(e => e.Range.Last))
        {
            var entryPointer = JsonPointer.Append(pointer, key);
            if (range.First > next)
            {
                var missing = new InvocationRange(next, range.First - 1);
                Problem(entryPointer, $"the mocked response '{name}' has no entry for invocation{(missing.First == missing.Last ? string.Empty : "s")} {missing} (keys must cover 0, 1, 2, ... without gaps)");
                valid = false;
            }
            else if (range.First < next)
            {
                Problem(entryPointer, $"the key '{key}' overlaps the key '{previousKey}' of the mocked response '{name}' (both cover invocation {range.First})");
                valid = false;
            }

            if (range.Last + 1 > next)
            {
                next = range.Last + 1;
                previousKey = key;
            }
        }

        return valid;
    }

    private TaskOutcome? ReadEntry(JsonValue entry, string pointer)
    {
        if (Object(entry, pointer, "an object with exactly one field, Return or Throw") is not { } fields)
        {
            return null;
        }

        var hasReturn = fields.TryGetValue("Return", out var returned);
        var hasThrow = fields.TryGetValue("Throw", out var thrown);
        var unknown = RejectUnknownFields(fields, pointer, "Return", "Throw");
        if (hasReturn && hasThrow)
        {
            Problem(pointer, "the entry has both Return and Throw; it must have exactly one of them");
            return null;
        }

        if (!hasReturn && !hasThrow)
        {
            // A misspelt field ("Retrun") already says what is wrong; "neither" would only repeat it.
            if (!unknown)
            {
                Problem(pointer, "the entry has neither Return nor Throw; it must have exactly one of them");
            }

            return null;
        }

        if (unknown)
        {
            return null;
        }

        // Return is the task's result as is, any JSON value (for lambda:invoke the mock itself carries StatusCode and Payload).
        return hasReturn ? TaskOutcome.Success(returned!) : ReadThrow(thrown!, JsonPointer.Append(pointer, "Throw"));
    }

    /// <summary>AWS: "The value of Throw must be an object containing an Error and Cause fields with string values".</summary>
    private TaskOutcome? ReadThrow(JsonValue value, string pointer)
    {
        if (Object(value, pointer, "an object with the string fields Error and Cause") is not { } fields)
        {
            return null;
        }

        var valid = !RejectUnknownFields(fields, pointer, "Error", "Cause");
        var error = fields.GetOrNull("Error");
        var cause = fields.GetOrNull("Cause");
        if (error is not JsonString)
        {
            Problem(error is null ? pointer : JsonPointer.Append(pointer, "Error"), "Throw needs a string Error, the error name that Retry and Catch match");
            valid = false;
        }

        if (cause is not null and not JsonString)
        {
            Problem(JsonPointer.Append(pointer, "Cause"), "the Cause of a Throw must be a string");
            valid = false;
        }

        return valid ? TaskOutcome.Failure(((JsonString)error!).Value, (cause as JsonString)?.Value) : null;
    }

    private Dictionary<string, IReadOnlyDictionary<string, MockTestCase>> ReadStateMachines(JsonValue? value, Dictionary<string, MockedResponse> responses, HashSet<string> declared)
    {
        var machines = new Dictionary<string, IReadOnlyDictionary<string, MockTestCase>>(StringComparer.Ordinal);
        var pointer = "/" + StateMachinesField;
        if (value is null || Object(value, pointer, "an object of state machines by name") is not { } all)
        {
            return machines;
        }

        foreach (var (machineName, machineValue) in all)
        {
            var machinePointer = JsonPointer.Append(pointer, machineName);
            if (Object(machineValue, machinePointer, $"an object with the field {TestCasesField}") is not { } machine)
            {
                continue;
            }

            _ = RejectUnknownFields(machine, machinePointer, TestCasesField);
            var testCasesPointer = JsonPointer.Append(machinePointer, TestCasesField);
            if (Required(machine, machinePointer, TestCasesField) is not { } testCasesValue
                || Object(testCasesValue, testCasesPointer, "an object of test cases by name") is not { } testCases)
            {
                continue;
            }

            var cases = new Dictionary<string, MockTestCase>(StringComparer.Ordinal);
            foreach (var (caseName, caseValue) in testCases)
            {
                if (ReadTestCase(machineName, caseName, caseValue, JsonPointer.Append(testCasesPointer, caseName), responses, declared) is { } testCase)
                {
                    cases[caseName] = testCase;
                }
            }

            machines[machineName] = cases;
        }

        return machines;
    }

    private MockTestCase? ReadTestCase(string machineName, string caseName, JsonValue value, string pointer, Dictionary<string, MockedResponse> responses, HashSet<string> declared)
    {
        if (Object(value, pointer, "an object naming a mocked response for each mocked Task state") is not { } states)
        {
            return null;
        }

        var mapped = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (stateName, responseName) in states)
        {
            var statePointer = JsonPointer.Append(pointer, stateName);
            if (responseName is not JsonString name)
            {
                Problem(statePointer, "a mocked state must name a mocked response (a string)");
                valid = false;
            }
            else if (responses.TryGetValue(name.Value, out var response))
            {
                mapped[stateName] = response;
            }
            else
            {
                // A response that is declared but invalid has its own problem already; do not report it twice.
                if (!declared.Contains(name.Value))
                {
                    Problem(statePointer, $"the state '{stateName}' names the mocked response '{name.Value}', which is not defined under {MockedResponsesField}");
                }

                valid = false;
            }
        }

        return valid ? new MockTestCase(machineName, caseName, mapped) : null;
    }

    private JsonValue? Required(JsonObject owner, string ownerPointer, string field)
    {
        if (owner.TryGetValue(field, out var value))
        {
            return value;
        }

        Problem(ownerPointer, $"the required field '{field}' is missing");
        return null;
    }

    private JsonObject? Object(JsonValue value, string pointer, string expected)
    {
        if (value is JsonObject o)
        {
            return o;
        }

        Problem(pointer, $"expected {expected}, found {value.Kind.ToString().ToLowerInvariant()}");
        return null;
    }

    /// <summary>Reports each field not in <paramref name="known"/>; returns whether there was any.</summary>
    private bool RejectUnknownFields(JsonObject owner, string ownerPointer, params string[] known)
    {
        var any = false;
        foreach (var key in owner.Keys)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Problem(JsonPointer.Append(ownerPointer, key), $"unknown field '{key}' (expected {string.Join(" or ", known)})");
                any = true;
            }
        }

        return any;
    }

    private void Problem(string pointer, string reason)
    {
        var (line, column) = _map.Locate(pointer);
        _problems.Add(new MockConfigProblem(pointer, line, column, reason));
    }
}
