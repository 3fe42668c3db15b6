using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Jsonata.Parsing;

namespace EventPro.Specs.Engine.Tests.Jsonata.Parsing;

public class AstProcessorTests
{
    [Fact]
    public void Process_DottedNames_BecomeOnePathOfSteps()
    {
        var node = Parser.Parse("a.b[0].c");
        Assert.Equal(NodeType.Path, node.Type);
        Assert.Equal(["a", "b", "c"], node.Steps!.Select(s => s.Value));
        Assert.Single(node.Steps![1].Stages!);
    }

    [Fact]
    public void Process_StringLiteralStep_BecomesAFieldName()
    {
        var node = Parser.Parse("a.\"b c\"");
        Assert.Equal(NodeType.Name, node.Steps![1].Type);
    }

    [Fact]
    public void Process_NegativeNumberLiteral_IsFolded()
    {
        var node = Parser.Parse("-5");
        Assert.Equal(NodeType.Number, node.Type);
        Assert.Equal("-5", node.Literal!.ToJson());
    }

    [Fact]
    public void Process_CallInTailPosition_IsWrappedInAThunk()
    {
        var lambda = Parser.Parse("function($n){ $n = 0 ? 0 : $f($n - 1) }");
        Assert.Equal(NodeType.Condition, lambda.Body!.Type);
        Assert.True(lambda.Body.Else!.Thunk);
        Assert.False(lambda.Body.Then!.Thunk);
    }

    [Fact]
    public void Process_ParentOperator_MarksTheStepThatBindsIt()
    {
        // The parent of b's value is the object b was read from: step b binds its input.
        var node = Parser.Parse("a.b.%.c");
        Assert.True(node.Steps![1].Tuple);
        Assert.NotNull(node.Steps[1].Ancestor);
        Assert.Equal(node.Steps[1].Ancestor!.Label, node.Steps[2].Slot!.Label);
    }

    [Theory]
    [InlineData("a.1", "S0213")]
    [InlineData("a.true", "S0213")]
    [InlineData("a[0]@$x", "S0215")]
    [InlineData("a^(b)@$x", "S0216")]
    [InlineData("%", "S0217")]
    [InlineData("[1,2,3]{'num': $}[true]", "S0209")]
    [InlineData("[1,2,3]{'num': $}{'num': $}", "S0210")]
    public void Process_InvalidStructure_ThrowsTheReferenceCode(string expression, string code) =>
        Assert.Equal(code, Assert.ThrowsAny<JsonataException>(() => Parser.Parse(expression)).Code);
}
