using EventPro.Specs.Harness.Chaos;
using EventPro.Specs.Harness.Chaos.Strategies;

namespace EventPro.Specs.Harness.Tests.Chaos;

public class ChaosFileTests
{
    [Fact]
    public void Parse_FaultsInvariantsAndCompensations()
    {
        var file = ChaosFile.Parse("""
            {
              "faults": [
                { "state": "ProcessPayment", "fault": "fails with \"States.TaskFailed\"", "rate": 0.2, "attempts": "1" },
                { "fault": "is throttled 2 times", "rate": "10%" }
              ],
              "invariants": ["the execution ends within its time limit"],
              "compensations": ["ReleaseSeat"]
            }
            """);

        Assert.Equal(2, file.Strategies.Count);
        Assert.Equal(new FaultStrategy("States.TaskFailed") { States = file.Strategies[0].States, InjectionRate = 0.2, LastAttempt = 1 }, file.Strategies[0]);
        Assert.Null(file.Strategies[1].States);
        Assert.Equal(0.1, file.Strategies[1].InjectionRate, 10);
        Assert.Equal(["the execution ends within its time limit"], file.Invariants);
        Assert.Equal(["ReleaseSeat"], file.Compensations!);
    }

    [Fact]
    public void Parse_AnEntryThatDoesNotRead_ThrowsNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => ChaosFile.Parse("""{ "faults": [ { "fault": "fails with \"E\"" }, { "fault": "melts" } ] }"""));

        Assert.StartsWith("faults[1]:", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ChaosFile.Parse("[]"));
    }
}
