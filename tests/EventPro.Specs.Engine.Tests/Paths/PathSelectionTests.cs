using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class PathSelectionTests
{
    private static readonly JsonValue Input = JsonValue.Parse("""{"int-literal":0,"a":{"b":1}}""");
    private static readonly TestEvaluationContext Context = new(JsonValue.Parse("""{"Execution":{"Input":{"input-value":0}}}"""));

    [Fact]
    public void Select_NullPath_GivesEmptyObject() => Assert.Same(JsonObject.Empty, PathSelection.Select(null, Input, Context));

    [Fact]
    public void Select_Found_GivesTheValue()
    {
        Assert.Equal("{\"b\":1}", PathSelection.Select(PathExpression.Parse("$.a"), Input, Context).ToJson());
        Assert.Equal("{\"input-value\":0}", PathSelection.Select(PathExpression.Parse("$$.Execution.Input"), Input, Context).ToJson());
    }

    [Theory]
    [InlineData("$.NoSuchInputPath", "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']")]
    [InlineData("$.NoSuchOutputPath", "Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']")]
    [InlineData("$.x.y", "Invalid path '$.x.y' : Missing property in path $['x']")]
    [InlineData("$.a.b[0]", "Invalid path '$.a.b[0]' : Filter: [0] can only be applied to arrays. Current context is: 1")]
    public void Select_NothingFound_FailsWithAwsMessage(string path, string detail)
    {
        var e = Assert.Throws<EvaluationException>(() => PathSelection.Select(PathExpression.Parse(path), Input, Context));
        Assert.Equal(StatesErrors.Runtime, e.Error);
        Assert.Equal(detail, e.Detail);
    }

    [Fact]
    public void Select_IntrinsicCall_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PathSelection.Select(PathExpression.Parse("States.UUID()"), Input, Context));
}
