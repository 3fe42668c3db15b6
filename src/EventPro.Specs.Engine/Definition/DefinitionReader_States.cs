using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Choice;
using EventPro.Specs.Engine.States.Fail;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.States.Parallel;
using EventPro.Specs.Engine.States.Pass;
using EventPro.Specs.Engine.States.Succeed;
using EventPro.Specs.Engine.States.Task;
using EventPro.Specs.Engine.States.Wait;
using EventPro.Specs.Engine.Time;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Reading each state type.</summary>
internal sealed partial class DefinitionReader
{
    private State ReadState(DefinitionNode node, string name, QueryLanguage inherited)
    {
        var type = node.RequiredString("Type");
        var language = ReadQueryLanguage(node, inherited);
        if (language == QueryLanguage.Jsonata)
        {
            var jsonataState = ReadJsonataState(node, name, type);
            node.RefuseUnknownFields($"a JSONata {type} state");
            return jsonataState;
        }

        RefuseJsonataFields(node);
        State state = type switch
        {
            "Pass" => ReadPass(node, Common(node, name, language, transitions: true, paths: true)),
            "Task" => ReadTask(node, Common(node, name, language, transitions: true, paths: true)),
            "Choice" => ReadChoice(node, Common(node, name, language, transitions: false, paths: true)),
            "Wait" => ReadWait(node, Common(node, name, language, transitions: true, paths: true)),
            "Succeed" => new SucceedState(Common(node, name, language, transitions: false, paths: true, end: true)),
            "Fail" => ReadFail(node, Common(node, name, language, transitions: false, paths: false, end: true)),
            "Parallel" => ReadParallel(node, Common(node, name, language, transitions: true, paths: true)),
            "Map" => ReadMap(node, Common(node, name, language, transitions: true, paths: true)),
            _ => throw node.Error("Type", $"Type must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map; not '{type}'"),
        };
        node.RefuseUnknownFields($"a {type} state");
        return state;
    }

    private StateCommon Common(DefinitionNode node, string name, QueryLanguage language, bool transitions, bool paths, bool end = false)
    {
        string? next = null;
        if (transitions)
        {
            next = node.OptionalString("Next");
            end = node.OptionalBool("End");
            if (next is not null && end)
            {
                throw node.Error("End", "a state cannot have both Next and End: true");
            }

            if (next is null && !end)
            {
                throw node.Error(string.Empty, "a state needs Next or End: true");
            }
        }

        var inputPath = paths ? ReadOptionalPath(node, "InputPath") : OptionalPath.Root;
        var outputPath = paths ? ReadOptionalPath(node, "OutputPath") : OptionalPath.Root;
        var assign = language == QueryLanguage.JsonPath && node.StateName is not null && node.Value.ContainsKey("Assign") ? ReadTemplate(node, "Assign") : null;
        return new StateCommon(name, node.Pointer, node.OptionalString("Comment"), language, next, end, inputPath, outputPath, assign, null, null);
    }

    private PassState ReadPass(DefinitionNode node, StateCommon common)
    {
        var result = node.Raw("Result");
        var parameters = ReadTemplate(node, "Parameters");
        return new PassState(common, result, parameters, ReadOptionalPath(node, "ResultPath"));
    }

    private TaskState ReadTask(DefinitionNode node, StateCommon common)
    {
        var resource = node.RequiredString("Resource");
        var timeout = node.OptionalInt("TimeoutSeconds", 1, 99_999_999);
        var timeoutPath = ReadPath(node, "TimeoutSecondsPath");
        var heartbeat = node.OptionalInt("HeartbeatSeconds", 1, 99_999_999);
        var heartbeatPath = ReadPath(node, "HeartbeatSecondsPath");
        if (timeout is not null && timeoutPath is not null)
        {
            throw node.Error("TimeoutSecondsPath", "a Task cannot have both TimeoutSeconds and TimeoutSecondsPath");
        }

        if (heartbeat is not null && heartbeatPath is not null)
        {
            throw node.Error("HeartbeatSecondsPath", "a Task cannot have both HeartbeatSeconds and HeartbeatSecondsPath");
        }

        if (heartbeat is not null && timeout is not null && heartbeat >= timeout)
        {
            throw node.Error("HeartbeatSeconds", "HeartbeatSeconds must be smaller than TimeoutSeconds");
        }

        node.Raw("Credentials");
        return new TaskState(
            common,
            resource,
            ReadTemplate(node, "Parameters"),
            ReadTemplate(node, "ResultSelector"),
            ReadOptionalPath(node, "ResultPath"),
            ReadRetriers(node),
            ReadCatchers(node),
            timeout,
            timeoutPath,
            heartbeat,
            heartbeatPath);
    }

    private WaitState ReadWait(DefinitionNode node, StateCommon common)
    {
        var present = new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" }.Where(node.Has).ToList();
        if (present.Count != 1)
        {
            throw node.Error(string.Empty, "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
        }

        long? seconds = null;
        if (node.Raw("Seconds") is { } secondsValue)
        {
            seconds = secondsValue is JsonNumber n && n.TryGetInt64(out var s) && s >= 0
                ? s
                : throw node.Error("Seconds", "Seconds must be a non-negative integer");
        }

        DateTimeOffset? timestamp = null;
        if (node.OptionalString("Timestamp") is { } text)
        {
            timestamp = Timestamps.TryParse(text, out var t) ? t : throw node.Error("Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        }

        return new WaitState(common, seconds, ReadPath(node, "SecondsPath"), timestamp, ReadPath(node, "TimestampPath"));
    }

    private FailState ReadFail(DefinitionNode node, StateCommon common)
    {
        var error = node.OptionalString("Error");
        var errorPath = ReadPath(node, "ErrorPath");
        var cause = node.OptionalString("Cause");
        var causePath = ReadPath(node, "CausePath");
        if (error is not null && errorPath is not null)
        {
            throw node.Error("ErrorPath", "a Fail state cannot have both Error and ErrorPath");
        }

        if (cause is not null && causePath is not null)
        {
            throw node.Error("CausePath", "a Fail state cannot have both Cause and CausePath");
        }

        return new FailState(common, error, errorPath, cause, causePath);
    }

    private ParallelState ReadParallel(DefinitionNode node, StateCommon common)
    {
        var branchesArray = node.OptionalArray("Branches") ?? throw node.Error(string.Empty, "the required field Branches is missing");
        var branches = new List<StateGraph>(branchesArray.Count);
        for (var i = 0; i < branchesArray.Count; i++)
        {
            var branchNode = node.Item("Branches", i, branchesArray[i], "branch");
            branches.Add(ReadGraph(branchNode, common.QueryLanguage));
            branchNode.RefuseUnknownFields("a Parallel branch");
        }

        return new ParallelState(common, branches, ReadTemplate(node, "Parameters"), ReadTemplate(node, "ResultSelector"), ReadOptionalPath(node, "ResultPath"), ReadRetriers(node), ReadCatchers(node));
    }

    private MapState ReadMap(DefinitionNode node, StateCommon common)
    {
        var processor = ReadItemProcessor(node, common.QueryLanguage);
        if (node.Has("ItemSelector") && node.Has("Parameters"))
        {
            throw node.Error("Parameters", "a Map state cannot have both ItemSelector and the legacy Parameters");
        }

        node.OptionalString("Label");
        var itemSelector = ReadTemplate(node, node.Value.ContainsKey("ItemSelector") ? "ItemSelector" : "Parameters");
        var settings = new MapSettings(
            processor,
            ReadOptionalPath(node, "ItemsPath"),
            node.OptionalInt("MaxConcurrency", 0, int.MaxValue) ?? 0,
            ReadPath(node, "MaxConcurrencyPath"),
            node.OptionalInt("ToleratedFailureCount", 0, int.MaxValue),
            ReadPath(node, "ToleratedFailureCountPath"),
            node.OptionalNumber("ToleratedFailurePercentage") is { } pct and (< 0 or > 100)
                ? throw node.Error("ToleratedFailurePercentage", "ToleratedFailurePercentage must be between 0 and 100")
                : node.OptionalNumber("ToleratedFailurePercentage"),
            ReadPath(node, "ToleratedFailurePercentagePath"));
        return new MapState(common, settings, itemSelector, ReadTemplate(node, "ResultSelector"), ReadOptionalPath(node, "ResultPath"), ReadRetriers(node), ReadCatchers(node));
    }

    /// <summary>ItemProcessor (or the legacy Iterator) of an inline Map; the Distributed Map fields are refused.</summary>
    private StateGraph ReadItemProcessor(DefinitionNode node, QueryLanguage language)
    {
        var processorField = node.Has("ItemProcessor") ? "ItemProcessor" : node.Has("Iterator") ? "Iterator" : null;
        if (processorField is null)
        {
            throw node.Error(string.Empty, "a Map state needs an ItemProcessor (or the legacy Iterator)");
        }

        var processorNode = node.Child(processorField, node.OptionalObject(processorField)!);
        if (processorNode.OptionalObject("ProcessorConfig") is { } config)
        {
            var configNode = processorNode.Child("ProcessorConfig", config);
            var mode = configNode.OptionalString("Mode") ?? "INLINE";
            configNode.OptionalString("ExecutionType");
            if (mode != "INLINE")
            {
                throw configNode.Error("Mode", $"only INLINE Map states run in this engine, not {mode} (Distributed Map reads items from S3)");
            }

            configNode.RefuseUnknownFields("ProcessorConfig");
        }

        var processor = ReadGraph(processorNode, language);
        processorNode.RefuseUnknownFields(processorField);
        foreach (var distributed in new[] { "ItemReader", "ResultWriter", "ItemBatcher" })
        {
            if (node.Has(distributed))
            {
                throw node.Error(distributed, $"{distributed} belongs to Distributed Map, which this engine does not run");
            }
        }

        return processor;
    }
}
