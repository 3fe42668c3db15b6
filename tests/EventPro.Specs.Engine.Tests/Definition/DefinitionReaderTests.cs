using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Definition;

public sealed class DefinitionReaderTests
{
    private const string TwoMistakes = """
        {
          "StartAt": "A",
          "States": {
            "A": { "Type": "Pass", "Next": "Missing" },
            "B": { "Type": "Wait", "Seconds": -1, "End": true }
          }
        }
        """;

    [Fact]
    public void Parse_TwoMistakes_ThrowsTheFirstWithItsCodeAndPlace()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse(TwoMistakes, "two.json"));

        Assert.Equal(AslCodes.InvalidValue, e.Code);
        Assert.Equal("/States/B/Seconds", e.Pointer);
        Assert.Equal("B", e.StateName);
        Assert.Equal((5, 39), (e.Line, e.Column));
        Assert.Equal("two.json:5:39: state 'B' at /States/B/Seconds: Seconds must be an integer between 0 and 99999999", e.Message);
    }

    [Fact]
    public void Check_TwoMistakes_ReturnsBoth()
    {
        var map = new JsonSourceMap();
        var root = (JsonObject)JsonParser.Parse(TwoMistakes, map);

        var problems = DefinitionReader.Check(root, map, "two.json");

        Assert.Equal(
            [(AslCodes.InvalidValue, "/States/B/Seconds"), (AslCodes.TransitionTargetNotFound, "/States/A/Next")],
            problems.Select(p => (p.Code, p.Pointer)));
    }

    [Fact]
    public void Parse_JsonataState_Runs()
    {
        var machine = StateMachine.Parse("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":1,"End":true}}}""");

        Assert.True(machine.Graph.States["A"].IsJsonata);
    }

    [Fact]
    public void Parse_JsonataExpressionThatDoesNotCompile_IsAnInvalidValue()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Wait","Seconds":"{% $x + %}","End":true}}}"""));

        Assert.Equal(AslCodes.InvalidValue, e.Code);
        Assert.Equal("/States/A/Seconds", e.Pointer);
    }

    [Fact]
    public void Check_JsonataExpressionThatDoesNotCompile_IsReported()
    {
        var map = new JsonSourceMap();
        var root = (JsonObject)JsonParser.Parse("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"a":"{% $x + %}"},"End":true}}}""", map);

        var problem = Assert.Single(DefinitionReader.Check(root, map, null));
        Assert.Equal(AslCodes.InvalidValue, problem.Code);
        Assert.Equal("/States/A/Output/a", problem.Pointer);
    }

    [Fact]
    public void Check_JsonataState_IsNoProblem()
    {
        var map = new JsonSourceMap();
        var root = (JsonObject)JsonParser.Parse("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":1,"End":true}}}""", map);

        Assert.Empty(DefinitionReader.Check(root, map, null));
    }

    [Fact]
    public void Parse_InvalidJson_ThrowsWithLineAndColumn()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}"));

        Assert.Equal(AslCodes.InvalidJson, e.Code);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Parse_UnknownField_SuggestsTheClosestField()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"resultpath":"$.x"}}}"""));

        Assert.Equal(AslCodes.UnknownField, e.Code);
        Assert.EndsWith("resultpath is not a field of a Pass state; did you mean ResultPath?", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TransitionOutOfABranch_SaysBranchesAreSelfContained()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","Next":"Done"}}}],"Next":"Done"},
              "Done":{"Type":"Succeed"}}}
            """));

        Assert.Equal(AslCodes.TransitionLeavesBranch, e.Code);
        Assert.Equal("/States/P/Branches/0/States/B/Next", e.Pointer);
        Assert.Contains("self-contained", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.items[*]")]
    [InlineData("$$.Execution.Input")]
    [InlineData("$result")]
    public void Parse_ResultPathThatIsNoReferencePath_IsRefused(string resultPath)
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":""" + new JsonString(resultPath).ToJson() + ""","End":true}}}"""));

        Assert.Equal(AslCodes.NotAReferencePath, e.Code);
    }

    [Fact]
    public void Parse_EmptyParallel_IsRefused()
    {
        var e = Assert.Throws<DefinitionException>(() => StateMachine.Parse("""{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[],"End":true}}}"""));

        Assert.Equal(AslCodes.EmptyCollection, e.Code);
    }

    [Fact]
    public void Parse_ValidDefinition_ReadsAsBefore()
    {
        var machine = StateMachine.Parse("""{"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"ResultPath":"$.r","Next":"B"},"B":{"Type":"Succeed"}}}""");

        Assert.Equal(["A", "B"], machine.Graph.StateOrder);
        Assert.Equal("B", machine.Graph.States["A"].Next);
    }
}
