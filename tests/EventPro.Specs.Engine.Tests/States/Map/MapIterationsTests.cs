using EventPro.Specs.Engine.Tests.Execution;

namespace EventPro.Specs.Engine.Tests.States.Map;

public class MapIterationsTests
{
    [Fact]
    public void RunAsync_FailedIteration_StopsAWaitingSiblingAtOnce()
    {
        const string definition = """
            {
              "StartAt": "Map",
              "States": { "Map": { "Type": "Map", "ItemsPath": "$.items", "End": true,
                "ItemProcessor": { "StartAt": "Which", "States": {
                  "Which": { "Type": "Choice", "Choices": [{ "Variable": "$", "NumericEquals": 1, "Next": "Hold" }], "Default": "Boom" },
                  "Hold": { "Type": "Wait", "Seconds": 10, "End": true },
                  "Boom": { "Type": "Fail", "Error": "Boom" } } } } }
            }
            """;

        // The stop used to be cancelled asynchronously: the loop could find itself idle meanwhile and
        // fail the execution as "waiting for nothing". Run it repeatedly: the race did not show every time.
        for (var run = 0; run < 20; run++)
        {
            var result = Machines.Run(definition, "{\"items\":[1,2]}");

            Assert.Equal("Boom", result.Error);
            Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
        }
    }

    [Fact]
    public void RunAsync_IterationsOfPassStates_EachStartWithoutTheVariablesOfTheOneBefore()
    {
        // Iterations of Pass/Choice/Succeed/Fail processors take turns on one branch object; each must
        // still get a fresh variable scope (AWS "Variable scope": an iteration's assignments stay inside it).
        const string definition = """
            {
              "QueryLanguage": "JSONata", "StartAt": "Map",
              "States": { "Map": { "Type": "Map", "Items": "{% $states.input.items %}", "End": true,
                "ItemProcessor": { "StartAt": "Look", "States": {
                  "Look": { "Type": "Pass", "Output": "{% $exists($seen) %}", "Assign": { "seen": "{% $states.input %}" }, "Next": "Done" },
                  "Done": { "Type": "Pass", "Output": "{% [$states.input, $seen] %}", "End": true } } } } }
            }
            """;

        var result = Machines.Run(definition, "{\"items\":[1,2,3]}");

        Assert.Equal("[[false,1],[false,2],[false,3]]", result.Output!.ToJson());
    }
}
