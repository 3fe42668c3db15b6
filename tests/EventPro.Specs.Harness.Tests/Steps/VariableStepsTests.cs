using EventPro.Specs.Gherkin;
using EventPro.Specs.Harness.Drivers;
using EventPro.Specs.Harness.Steps;

namespace EventPro.Specs.Harness.Tests.Steps;

public class VariableStepsTests
{
    private const string Definition = """
        {
          "QueryLanguage": "JSONata", "StartAt": "Start",
          "States": {
            "Start": { "Type": "Pass", "Assign": { "total": 10, "currency": "gbp" }, "Next": "AddFees" },
            "AddFees": { "Type": "Pass", "Assign": { "total": "{% $total + 2 %}" }, "End": true }
          }
        }
        """;

    private static VariableSteps Run()
    {
        var path = Path.Combine(Path.GetTempPath(), $"variables-{Guid.NewGuid():N}.asl.json");
        File.WriteAllText(path, Definition);
        try
        {
            var driver = new ExecutionDriver();
            driver.Load(path);
            driver.Run();
            return new VariableSteps(driver);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ThenTheVariableIs_ReadsTheLastAssignment() =>
        Run().ThenTheVariableIs("total", new DocString("12"));

    [Fact]
    public void ThenTheVariableAfterTheStateIs_ReadsThatStatesAssignment() =>
        Run().ThenTheVariableAfterTheStateIs("total", "Start", new DocString("10"));

    [Fact]
    public void ThenTheVariableIs_WrongValue_FailsNamingTheAssigningState()
    {
        var e = Assert.Throws<StepAssertionException>(() => Run().ThenTheVariableIs("total", new DocString("11")));

        Assert.Contains("'AddFees' assigned 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThenTheVariableIs_NeverAssigned_ListsTheAssignedVariables()
    {
        var e = Assert.Throws<StepAssertionException>(() => Run().ThenTheVariableAfterTheStateIs("currency", "AddFees", new DocString("\"gbp\"")));

        Assert.Contains("never assigned by the state 'AddFees'. Assigned variables: total", e.Message, StringComparison.Ordinal);
    }
}
