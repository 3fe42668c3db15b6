using EventPro.Specs.Server.Operations;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Operations;

public class DefinitionCheckTests
{
    [Fact]
    public void Diagnose_RunnableDefinition_IsNullWithTheParsedMachine()
    {
        Assert.Null(DefinitionCheck.Diagnose("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""", out var machine));
        Assert.Equal("A", machine!.Graph.StartAt);
    }

    [Fact]
    public void Diagnose_UnknownField_IsSchemaValidationFailedAtItsPointer()
    {
        var problem = DefinitionCheck.Diagnose("""{"StartAt":"A","States":{"A":{"Type":"Succeed","Bogus":1}}}""", out _);

        Assert.Equal((DefinitionCheck.SchemaValidationFailed, "/States/A/Bogus"), (problem!.Code, problem.Location));
    }

    [Fact]
    public void Parse_TextThatIsNotJson_IsInvalidDefinitionWithTheJsonCode()
    {
        var e = Assert.Throws<ApiException>(() => DefinitionCheck.Parse("""{"StartAt": """));

        Assert.Equal("InvalidDefinition", e.Code);
        Assert.StartsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ", e.Message, StringComparison.Ordinal);
    }
}
