using EventPro.Specs.Engine.Integrations.MockConfig;

namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

public class InvocationCountersTests
{
    [Fact]
    public void Next_ManyStates_CountsEachStateOnItsOwn()
    {
        // More states than the counters' first capacity, interleaved, with equal names from different strings.
        var counters = new InvocationCounters();
        var names = Enumerable.Range(0, 9).Select(i => "State" + i).ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in names)
            {
                Assert.Equal(round, counters.Next(new string(name.AsSpan())));
            }
        }

        Assert.Equal(3, counters.Next("State0"));
        Assert.Equal(3, counters.Next("State8"));
        Assert.Equal(0, counters.Next("Other"));
    }
}
