using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Engine.States.Parallel;
using EventPro.Specs.Engine.States.Pass;
using EventPro.Specs.Engine.States.Succeed;
using EventPro.Specs.Engine.States.Task;
using EventPro.Specs.Engine.States.Wait;
using EventPro.Specs.Engine.Time;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>
/// Reading each state type. A state reads only the fields of its query language: in a JSONata
/// state, Arguments and Output replace InputPath, Parameters, ResultSelector, ResultPath and
/// OutputPath, and no <c>...Path</c> field exists (AWS, "Transforming data with JSONata"); the
/// fields left unread are then explained by <see cref="StateFields"/>.
/// </summary>
internal sealed partial class DefinitionReader
{
    private const int MaxSeconds = 99_999_999;

    private State? ReadState(DefinitionNode node, string name)
    {
        var type = node.RequiredString("Type");
        node.Language = ReadQueryLanguage(node, node.Language);
        if (type is null)
        {
            return null;
        }

        State? state = type switch
        {
            "Pass" => ReadPass(node, Common(node, name, transitions: true, paths: true)),
            "Task" => ReadTask(node, Common(node, name, transitions: true, paths: true)),
            "Choice" => ReadChoice(node, Common(node, name, transitions: false, paths: true)),
            "Wait" => ReadWait(node, Common(node, name, transitions: true, paths: true)),
            "Succeed" => new SucceedState(Common(node, name, transitions: false, paths: true, end: true)),
            "Fail" => ReadFail(node, Common(node, name, transitions: false, paths: false, end: true)),
            "Parallel" => ReadParallel(node, Common(node, name, transitions: true, paths: true)),
            "Map" => ReadMap(node, Common(node, name, transitions: true, paths: true)),
            _ => null,
        };
        if (state is null)
        {
            node.Report(AslCodes.InvalidValue, "Type", $"Type must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map; not '{type}'");
            return null;
        }

        var language = node.Language;
        node.RefuseUnknownFields($"a {type} state", field => StateFields.Explain(field, type, language));
        return state;
    }

    private StateCommon Common(DefinitionNode node, string name, bool transitions, bool paths, bool end = false)
    {
        string? next = null;
        if (transitions)
        {
            next = node.OptionalString("Next");
            end = node.OptionalBool("End");
            if (next is not null && end)
            {
                node.Report(AslCodes.ConflictingFields, "End", "a state cannot have both Next and End: true");
            }
            else if (next is null && !end && !node.Value.ContainsKey("Next") && node.Value.GetOrNull("End") is null or JsonBoolean)
            {
                node.Report(AslCodes.MissingField, string.Empty, "a state needs Next or End: true");
            }

            AddTransition(node, "Next", next);
        }

        var inputPath = OptionalPath.Root;
        var outputPath = OptionalPath.Root;
        JsonataTemplate? output = null;
        if (paths && node.Language == QueryLanguage.JsonPath)
        {
            inputPath = ReadOptionalPath(node, "InputPath");
            outputPath = ReadOptionalPath(node, "OutputPath");
        }
        else if (paths)
        {
            output = ReadJsonataTemplate(node, "Output");
        }

        var assign = ReadAssign(node);
        return new StateCommon(name, node.Pointer, node.OptionalString("Comment"), node.Language, next, end, inputPath, outputPath, assign, output, ReadJsonataAssign(node));
    }

    private PassState ReadPass(DefinitionNode node, StateCommon common)
    {
        if (node.Language == QueryLanguage.Jsonata)
        {
            return new PassState(common, null, null, OptionalPath.Root);
        }

        var result = node.Raw("Result");
        var parameters = ReadTemplate(node, "Parameters");
        return new PassState(common, result, parameters, ReadResultPath(node));
    }

    private TaskState ReadTask(DefinitionNode node, StateCommon common)
    {
        var jsonPath = node.Language == QueryLanguage.JsonPath;
        var resource = node.RequiredString("Resource");
        var timeout = node.OptionalInt("TimeoutSeconds", 1, MaxSeconds, allowExpression: true);
        var timeoutPath = jsonPath ? ReadPath(node, "TimeoutSecondsPath") : null;
        var heartbeat = node.OptionalInt("HeartbeatSeconds", 1, MaxSeconds, allowExpression: true);
        var heartbeatPath = jsonPath ? ReadPath(node, "HeartbeatSecondsPath") : null;
        RefuseBoth(node, "TimeoutSeconds", "TimeoutSecondsPath", "a Task");
        RefuseBoth(node, "HeartbeatSeconds", "HeartbeatSecondsPath", "a Task");
        if (heartbeat is not null && timeout is not null && heartbeat >= timeout)
        {
            node.Report(AslCodes.HeartbeatNotBelowTimeout, "HeartbeatSeconds", $"HeartbeatSeconds ({heartbeat}) must be smaller than TimeoutSeconds ({timeout})");
        }

        node.Raw("Credentials");
        var arguments = jsonPath ? null : ReadJsonataTemplate(node, "Arguments");
        return new TaskState(
            common,
            resource ?? string.Empty,
            jsonPath ? ReadTemplate(node, "Parameters") : null,
            jsonPath ? ReadTemplate(node, "ResultSelector") : null,
            jsonPath ? ReadResultPath(node) : OptionalPath.Root,
            ReadRetriers(node),
            ReadCatchers(node),
            timeout,
            timeoutPath,
            heartbeat,
            heartbeatPath)
        {
            Arguments = arguments,
            TimeoutSecondsExpression = ReadJsonataField(node, "TimeoutSeconds"),
            HeartbeatSecondsExpression = ReadJsonataField(node, "HeartbeatSeconds"),
        };
    }

    private WaitState ReadWait(DefinitionNode node, StateCommon common)
    {
        var jsonPath = node.Language == QueryLanguage.JsonPath;
        var fields = jsonPath ? new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" } : ["Seconds", "Timestamp"];
        var present = fields.Where(node.Has).ToList();
        if (present.Count != 1)
        {
            var reason = $"a Wait state needs exactly one of {string.Join(", ", fields)}";
            if (present.Count == 0)
            {
                node.Report(AslCodes.MissingField, string.Empty, reason);
            }
            else
            {
                node.Report(AslCodes.ConflictingFields, present[1], reason);
            }
        }

        long? seconds = null;
        if (node.Raw("Seconds") is { } secondsValue && !node.IsExpression(secondsValue))
        {
            if (secondsValue is JsonNumber n && n.TryGetInt64(out var s) && s is >= 0 and <= MaxSeconds)
            {
                seconds = s;
            }
            else
            {
                node.Report(secondsValue is JsonNumber ? AslCodes.InvalidValue : AslCodes.WrongType, "Seconds", $"Seconds must be an integer between 0 and {MaxSeconds}");
            }
        }

        DateTimeOffset? timestamp = null;
        if (node.OptionalString("Timestamp") is { } text && !node.IsExpression(text))
        {
            if (Timestamps.TryParse(text, out var t))
            {
                timestamp = t;
            }
            else
            {
                node.Report(AslCodes.InvalidValue, "Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
            }
        }

        return jsonPath
            ? new WaitState(common, seconds, ReadPath(node, "SecondsPath"), timestamp, ReadPath(node, "TimestampPath"))
            : new WaitState(common, seconds, null, timestamp, null)
            {
                SecondsExpression = ReadJsonataField(node, "Seconds"),
                TimestampExpression = ReadJsonataField(node, "Timestamp"),
            };
    }

    private FailState ReadFail(DefinitionNode node, StateCommon common)
    {
        var error = node.OptionalString("Error");
        var cause = node.OptionalString("Cause");
        if (node.Language == QueryLanguage.Jsonata)
        {
            // An expression is evaluated when the state runs; the plain field then holds no text.
            var errorExpression = ReadJsonataField(node, "Error");
            var causeExpression = ReadJsonataField(node, "Cause");
            return new FailState(common, errorExpression is null ? error : null, null, causeExpression is null ? cause : null, null)
            {
                ErrorExpression = errorExpression,
                CauseExpression = causeExpression,
            };
        }

        var errorPath = ReadPath(node, "ErrorPath");
        var causePath = ReadPath(node, "CausePath");
        RefuseBoth(node, "Error", "ErrorPath", "a Fail state");
        RefuseBoth(node, "Cause", "CausePath", "a Fail state");
        return new FailState(common, error, errorPath, cause, causePath);
    }

    private ParallelState ReadParallel(DefinitionNode node, StateCommon common)
    {
        // An empty Branches has nothing to run (the ASL spec's Parallel state runs "each branch"; AWS tooling refuses it too).
        var branchesArray = node.RequiredArray("Branches", "Branches must contain at least one branch");

        var branches = new List<StateGraph>(branchesArray?.Count ?? 0);
        for (var i = 0; i < (branchesArray?.Count ?? 0); i++)
        {
            if (node.Item("Branches", i, branchesArray![i], "branch") is { } branchNode)
            {
                branches.Add(ReadGraph(branchNode, "branch"));
                branchNode.RefuseUnknownFields("a Parallel branch");
            }
        }

        var jsonPath = node.Language == QueryLanguage.JsonPath;
        var arguments = jsonPath ? null : ReadJsonataTemplate(node, "Arguments");
        return new ParallelState(
            common,
            branches,
            jsonPath ? ReadTemplate(node, "Parameters") : null,
            jsonPath ? ReadTemplate(node, "ResultSelector") : null,
            jsonPath ? ReadResultPath(node) : OptionalPath.Root,
            ReadRetriers(node),
            ReadCatchers(node))
        {
            Arguments = arguments,
        };
    }

    /// <summary>The Assign block: a template of variables in a JSONPath state, any values (with <c>{% %}</c> expressions) in a JSONata one.</summary>
    private PayloadTemplate? ReadAssign(DefinitionNode node)
    {
        var raw = node.Raw("Assign");
        if (raw is null)
        {
            return null;
        }

        if (raw is not JsonObject)
        {
            node.Report(AslCodes.WrongType, "Assign", $"Assign must be an object of variable names, not {raw.TypeName}");
            return null;
        }

        return node.Language == QueryLanguage.JsonPath ? ReadTemplate(node, "Assign") : null;
    }

    /// <summary>AWS refuses a field together with its <c>...Path</c> twin (ASL spec: "exactly one of").</summary>
    private static void RefuseBoth(DefinitionNode node, string field, string pathField, string what)
    {
        if (node.Value.ContainsKey(field) && node.Value.ContainsKey(pathField))
        {
            node.Report(AslCodes.ConflictingFields, pathField, $"{what} cannot have both {field} and {pathField}");
        }
    }
}
