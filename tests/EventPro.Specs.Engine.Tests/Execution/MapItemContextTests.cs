using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Tests.Execution;

/// <summary>
/// A JSONPath ItemSelector reads $$.Map.Item.Index and $$.Map.Item.Value... from the item itself and
/// everything else from the whole Context object; both must give what the Context object holds.
/// </summary>
public class MapItemContextTests
{
    private const string Definition = """
        {
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map", "ItemsPath": "$.items",
              "ItemSelector": {
                "index.$": "$$.Map.Item.Index",
                "value.$": "$$.Map.Item.Value",
                "sku.$": "$$['Map']['Item']['Value'].sku",
                "second.$": "$$.Map.Item.Value.tags[1]",
                "item.$": "$$.Map.Item",
                "skus.$": "$$.Map.Item.Value.tags[*]",
                "state.$": "$$.State.Name",
                "formatted.$": "States.Format('{}-{}', $$.Map.Item.Index, $$.Map.Item.Value.sku)"
              },
              "ItemProcessor": { "StartAt": "Done", "States": { "Done": { "Type": "Pass", "End": true } } },
              "End": true
            }
          }
        }
        """;

    [Fact]
    public void ItemSelector_ReadsEveryMapItemPathAsTheContextObjectHoldsIt()
    {
        var result = Machines.Run(Definition, """{ "items": [ { "sku": "a", "tags": ["x", "y"] }, { "sku": "b", "tags": ["z", "w"] } ] }""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var expected = JsonValue.Parse("""
            [
              { "index": 0, "value": { "sku": "a", "tags": ["x", "y"] }, "sku": "a", "second": "y", "item": { "Index": 0, "Value": { "sku": "a", "tags": ["x", "y"] } }, "skus": ["x", "y"], "state": "Each", "formatted": "0-a" },
              { "index": 1, "value": { "sku": "b", "tags": ["z", "w"] }, "sku": "b", "second": "w", "item": { "Index": 1, "Value": { "sku": "b", "tags": ["z", "w"] } }, "skus": ["z", "w"], "state": "Each", "formatted": "1-b" }
            ]
            """);
        Assert.Equal(expected.ToJson(), result.Output!.ToJson());
    }

    [Theory]
    [InlineData("$$.Map.Item.Value.missing")]
    [InlineData("$$.Map.Item.Other")]
    [InlineData("$$.Map.Item.Index.deeper")]
    public void ItemSelector_PathToNothingInMapItem_FailsLikeAws(string path)
    {
        var definition = Definition.Replace("\"$$.Map.Item.Index\"", $"\"{path}\"", StringComparison.Ordinal);

        var result = Machines.Run(definition, """{ "items": [ { "sku": "a", "tags": [] } ] }""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains($"The JSONPath '{path}' specified for the field 'index.$' could not be found in the input", result.Cause, StringComparison.Ordinal);
    }
}
