using EventPro.Specs.Engine.Integrations;

namespace EventPro.Specs.Engine.Tests.Integrations;

public class ExecutionStateBagTests
{
    [Fact]
    public void GetOrAdd_SameKey_CreatesOnceAndKeysByReference()
    {
        var bag = new ExecutionStateBag();
        var first = new object();
        var second = new object();
        var created = 0;

        var a = bag.GetOrAdd(first, () => { created++; return new List<int>(); });
        var again = bag.GetOrAdd(first, () => { created++; return new List<int>(); });
        var b = bag.GetOrAdd(second, () => { created++; return new List<int>(); });

        Assert.Same(a, again);
        Assert.NotSame(a, b);
        Assert.Equal(2, created);
    }
}
