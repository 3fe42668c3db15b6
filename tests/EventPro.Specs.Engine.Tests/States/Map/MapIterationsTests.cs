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
}
