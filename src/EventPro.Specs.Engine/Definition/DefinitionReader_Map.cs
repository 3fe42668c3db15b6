using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using EventPro.Specs.Engine.Queries;
using EventPro.Specs.Engine.States;
using EventPro.Specs.Engine.States.Map;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Definition;

/// <summary>Reading Map states (AWS developer guide, "Map workflow state" and "Map state input and output fields").</summary>
internal sealed partial class DefinitionReader
{
    private static readonly string[] DistributedMapFields = ["ItemReader", "ResultWriter", "ItemBatcher"];

    private MapState ReadMap(DefinitionNode node, StateCommon common)
    {
        var processor = ReadItemProcessor(node);
        var jsonPath = node.Language == QueryLanguage.JsonPath;
        if (jsonPath && node.Has("ItemSelector") && node.Has("Parameters"))
        {
            node.Report(AslCodes.ConflictingFields, "Parameters", "a Map state cannot have both ItemSelector and Parameters (the legacy name of ItemSelector): keep ItemSelector");
        }

        foreach (var distributed in DistributedMapFields)
        {
            if (node.Has(distributed))
            {
                node.OptionalObject(distributed);
                Unsupported(node.PointerOf(distributed), node.StateName, $"{distributed} belongs to Distributed Map, which this engine does not run");
            }
        }

        node.OptionalString("Label");
        var itemSelector = jsonPath ? ReadTemplate(node, node.Value.ContainsKey("ItemSelector") ? "ItemSelector" : "Parameters") : null;
        var settings = jsonPath ? ReadJsonPathMapSettings(node, processor) : ReadJsonataMapSettings(node, processor);
        return new MapState(
            common,
            settings,
            itemSelector,
            jsonPath ? ReadTemplate(node, "ResultSelector") : null,
            jsonPath ? ReadResultPath(node) : OptionalPath.Root,
            ReadRetriers(node),
            ReadCatchers(node));
    }

    /// <summary>ItemProcessor (or the legacy Iterator) with its ProcessorConfig, and the graph it holds.</summary>
    private StateGraph ReadItemProcessor(DefinitionNode node)
    {
        var hasProcessor = node.Has("ItemProcessor");
        var hasIterator = node.Has("Iterator");
        if (hasProcessor && hasIterator)
        {
            node.Report(AslCodes.ConflictingFields, "Iterator", "a Map state cannot have both ItemProcessor and the legacy Iterator");
        }
        else if (!hasProcessor && !hasIterator)
        {
            node.Report(AslCodes.MissingField, string.Empty, "a Map state needs an ItemProcessor (or the legacy Iterator)");
        }

        var field = hasProcessor ? "ItemProcessor" : "Iterator";
        if (node.OptionalObject(field) is not { } processorObject)
        {
            return new StateGraph(node.PointerOf(field), string.Empty, new Dictionary<string, State>(), [], node.Language, null);
        }

        var processorNode = node.Child(field, processorObject);
        if (processorNode.OptionalObject("ProcessorConfig") is { } config)
        {
            var configNode = processorNode.Child("ProcessorConfig", config);
            var mode = configNode.OptionalString("Mode") ?? "INLINE";
            var executionType = configNode.OptionalString("ExecutionType");
            if (mode == "DISTRIBUTED")
            {
                Unsupported(configNode.PointerOf("Mode"), node.StateName, "only INLINE Map states run in this engine, not DISTRIBUTED (Distributed Map reads items from S3)");
            }
            else if (mode != "INLINE")
            {
                configNode.Report(AslCodes.InvalidValue, "Mode", $"Mode must be INLINE or DISTRIBUTED, not '{mode}'");
            }

            if (executionType is not null and not ("STANDARD" or "EXPRESS"))
            {
                configNode.Report(AslCodes.InvalidValue, "ExecutionType", $"ExecutionType must be STANDARD or EXPRESS, not '{executionType}'");
            }

            configNode.RefuseUnknownFields("ProcessorConfig");
        }

        var graph = ReadGraph(processorNode, "item processor");
        processorNode.RefuseUnknownFields(field);
        return graph;
    }

    private MapSettings ReadJsonPathMapSettings(DefinitionNode node, StateGraph processor)
    {
        var itemsPath = ReadItemsPath(node);
        var maxConcurrency = node.OptionalInt("MaxConcurrency", 0, int.MaxValue) ?? 0;
        var maxConcurrencyPath = ReadPath(node, "MaxConcurrencyPath");
        var toleratedCount = node.OptionalInt("ToleratedFailureCount", 0, int.MaxValue);
        var toleratedCountPath = ReadPath(node, "ToleratedFailureCountPath");
        var toleratedPercentage = ReadPercentage(node);
        var toleratedPercentagePath = ReadPath(node, "ToleratedFailurePercentagePath");
        RefuseBoth(node, "MaxConcurrency", "MaxConcurrencyPath", "a Map state");
        RefuseBoth(node, "ToleratedFailureCount", "ToleratedFailureCountPath", "a Map state");
        RefuseBoth(node, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "a Map state");
        return new MapSettings(processor, itemsPath, maxConcurrency, maxConcurrencyPath, toleratedCount, toleratedCountPath, toleratedPercentage, toleratedPercentagePath);
    }

    /// <summary>Items, MaxConcurrency and the tolerated failures of a JSONata Map: literals or <c>{% %}</c> expressions (not evaluated yet).</summary>
    private MapSettings ReadJsonataMapSettings(DefinitionNode node, StateGraph processor)
    {
        var itemSelector = ReadJsonataTemplate(node, "ItemSelector");
        JsonataTemplate? compiledItems = null;
        if (node.Raw("Items") is { } items)
        {
            if (items is JsonArray || node.IsExpression(items))
            {
                compiledItems = ReadJsonataTemplate(node, "Items");
            }
            else
            {
                node.Report(AslCodes.WrongType, "Items", $"Items must be an array or a {{% %}} expression, not {items.TypeName}");
            }
        }

        var maxConcurrency = node.OptionalInt("MaxConcurrency", 0, int.MaxValue, allowExpression: true) ?? 0;
        var toleratedCount = node.OptionalInt("ToleratedFailureCount", 0, int.MaxValue, allowExpression: true);
        var toleratedPercentage = ReadPercentage(node);
        return new MapSettings(processor, OptionalPath.Root, maxConcurrency, null, toleratedCount, null, toleratedPercentage, null)
        {
            Items = compiledItems,
            JsonataItemSelector = itemSelector,
            MaxConcurrencyExpression = ReadJsonataField(node, "MaxConcurrency"),
            ToleratedFailureCountExpression = ReadJsonataField(node, "ToleratedFailureCount"),
            ToleratedFailurePercentageExpression = ReadJsonataField(node, "ToleratedFailurePercentage"),
        };
    }

    private static double? ReadPercentage(DefinitionNode node)
    {
        var percentage = node.OptionalNumber("ToleratedFailurePercentage", allowExpression: true);
        if (percentage is < 0 or > 100)
        {
            node.Report(AslCodes.InvalidValue, "ToleratedFailurePercentage", $"ToleratedFailurePercentage must be between 0 and 100, not {percentage}");
            return null;
        }

        return percentage;
    }
}
