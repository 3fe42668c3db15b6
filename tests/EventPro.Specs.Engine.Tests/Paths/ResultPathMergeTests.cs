using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Paths;

public class ResultPathMergeTests
{
    private static JsonValue Apply(string path, string input, string result) =>
        ResultPathMerge.Apply(JsonPath.Parse(path), JsonValue.Parse(input), JsonValue.Parse(result));

    [Fact]
    public void Apply_Root_ReplacesTheInputWithTheResult()
    {
        var result = JsonValue.Parse("[1]");
        Assert.Same(result, ResultPathMerge.Apply(JsonPath.Root, JsonValue.Parse("{\"a\":1}"), result));
    }

    [Theory]
    [InlineData("$.r", "{\"a\":1}", "2", "{\"a\":1,\"r\":2}")]
    [InlineData("$.a", "{\"a\":1,\"b\":2}", "\"x\"", "{\"a\":\"x\",\"b\":2}")]
    [InlineData("$.a.b.c", "{\"z\":0}", "true", "{\"z\":0,\"a\":{\"b\":{\"c\":true}}}")]
    [InlineData("$.a.b", "{\"a\":{\"k\":1}}", "null", "{\"a\":{\"k\":1,\"b\":null}}")]
    [InlineData("$['x y'][1]", "{\"x y\":[0,1,2]}", "9", "{\"x y\":[0,9,2]}")]
    [InlineData("$.l[0].v", "{\"l\":[{\"v\":1,\"w\":2}]}", "3", "{\"l\":[{\"v\":3,\"w\":2}]}")]
    public void Apply_ReferencePath_SetsTheValueKeepingKeyOrder(string path, string input, string result, string expected) =>
        Assert.Equal(expected, Apply(path, input, result).ToJson());

    [Theory]
    [InlineData("$.a", "\"text\"")]
    [InlineData("$.a", "[1]")]
    [InlineData("$.a.b", "{\"a\":\"text\"}")]
    [InlineData("$.a.b", "{\"a\":null}")]
    [InlineData("$.a[3]", "{\"a\":[1]}")]
    [InlineData("$.a[0]", "{}")]
    [InlineData("$[0]", "{\"a\":1}")]
    public void Apply_InputThatCannotHoldThePath_FailsWithResultPathMatchFailure(string path, string input)
    {
        var e = Assert.Throws<EvaluationException>(() => Apply(path, input, "1"));
        Assert.Equal(StatesErrors.ResultPathMatchFailure, e.Error);
        Assert.Equal($"Unable to apply ReferencePath {path} to input {JsonValue.Parse(input).ToJson()}", e.Detail);
    }

    [Fact]
    public void Apply_NotAReferencePath_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Apply("$.a[*]", "{}", "1"));

    [Fact]
    public void Apply_SharesEveryUntouchedSubtree()
    {
        var input = (JsonObject)JsonValue.Parse("{\"keep\":{\"big\":[1,2,3]},\"a\":{\"other\":{\"x\":1},\"b\":0}}");
        var output = (JsonObject)ResultPathMerge.Apply(JsonPath.Parse("$.a.b"), input, JsonValue.Parse("5"));
        Assert.Same(input["keep"], output["keep"]);
        Assert.Same(((JsonObject)input["a"])["other"], ((JsonObject)output["a"])["other"]);
        Assert.Equal("{\"keep\":{\"big\":[1,2,3]},\"a\":{\"other\":{\"x\":1},\"b\":0}}", input.ToJson());
    }

    [Fact]
    public void Apply_Property_SelectingThePathGivesTheResultAndOtherKeysAreUnchanged()
    {
        var names = new[] { "a", "b", "c", "d" };
        var property = Prop.ForAll<int[], int, byte>((values, result, depth) =>
        {
            values ??= [];
            var input = JsonObject.From(values.Take(4).Select((v, i) => new KeyValuePair<string, JsonValue>(names[i], JsonNumber.From(v))));
            var steps = Enumerable.Range(0, (depth % 3) + 1).Select(i => names[(result + i) & 3]).ToArray();
            var path = JsonPath.Parse("$." + string.Join('.', steps));
            var inputHasScalarOnPath = steps.Length > 1 && input.ContainsKey(steps[0]);
            if (inputHasScalarOnPath)
            {
                return Assert.Throws<EvaluationException>(() => ResultPathMerge.Apply(path, input, JsonNumber.From(result))).Error == StatesErrors.ResultPathMatchFailure;
            }

            var output = (JsonObject)ResultPathMerge.Apply(path, input, JsonNumber.From(result));
            var selected = path.Select(output);
            var othersUnchanged = input.Keys.Where(k => k != steps[0]).All(k => ReferenceEquals(input[k], output[k]));
            var noKeysLost = input.Keys.All(output.ContainsKey) && output.Count == input.Count + (input.ContainsKey(steps[0]) ? 0 : 1);
            return JsonNumber.From(result).Equals(selected) && othersUnchanged && noKeysLost;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }
}
