using EventPro.Specs.Gherkin.Container;

namespace EventPro.Specs.Gherkin.Tests.Container;

public class ObjectContainerTests
{
    [Fact]
    public void Resolve_ConcreteClass_CreatesOnceWithResolvedDependencies()
    {
        var container = new ObjectContainer();

        var service = container.Resolve<Service>();

        Assert.Same(service, container.Resolve<Service>());
        Assert.Same(service.Dependency, container.Resolve<Dependency>());
        Assert.Same(container, container.Resolve<IObjectContainer>());
    }

    [Fact]
    public void Resolve_PicksTheConstructorWithMostParameters()
    {
        var container = new ObjectContainer();

        Assert.True(container.Resolve<TwoConstructors>().UsedLargest);
    }

    [Fact]
    public void Resolve_Registrations_ResolveInterfaces()
    {
        var container = new ObjectContainer();
        var instance = new Dependency();
        container.RegisterInstanceAs(instance);
        container.RegisterTypeAs<Gateway, IGateway>();

        Assert.Same(instance, container.Resolve<Dependency>());
        Assert.IsType<Gateway>(container.Resolve<IGateway>());
        Assert.Same(container.Resolve<IGateway>(), container.Resolve<Gateway>());
        Assert.True(container.IsRegistered<IGateway>());
        Assert.False(container.IsRegistered<Service>());
    }

    [Fact]
    public async Task Resolve_Factory_IsCalledOnceAndItsObjectDisposed()
    {
        var container = new ObjectContainer();
        var calls = 0;
        var gateway = new Gateway();
        container.RegisterFactoryAs<IGateway>(_ =>
        {
            calls++;
            return gateway;
        });

        Assert.Same(container.Resolve<IGateway>(), container.Resolve<IGateway>());
        await container.DisposeAsync();

        Assert.Equal(1, calls);
        Assert.True(gateway.Disposed);
    }

    [Fact]
    public void Resolve_Interface_ExplainsHowToRegisterIt()
    {
        var error = Assert.Throws<ContainerResolutionException>(() => new ObjectContainer().Resolve<NeedsGateway>());

        Assert.Equal(
            $"Cannot resolve {typeof(IGateway).FullName} (an interface), needed by {typeof(NeedsGateway).FullName}. "
            + "Register it in a [BeforeScenario] hook, e.g. container.RegisterTypeAs<Implementation, IGateway>() or container.RegisterInstanceAs<IGateway>(instance).",
            error.Message);
    }

    [Fact]
    public void Resolve_Cycle_NamesTheChain()
    {
        var error = Assert.Throws<ContainerResolutionException>(() => new ObjectContainer().Resolve<ChickenCycle>());

        Assert.Contains("depends on itself", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EggCycle), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ConstructorThrows_ReportsTheCause()
    {
        var error = Assert.Throws<ContainerResolutionException>(() => new ObjectContainer().Resolve<Exploding>());

        Assert.Contains("threw InvalidOperationException: no config", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task DisposeAsync_DisposesCreatedObjectsNewestFirstButNotForeignInstances()
    {
        var container = new ObjectContainer();
        var order = new List<string>();
        var foreign = new Gateway();
        container.RegisterInstanceAs(order);
        container.RegisterInstanceAs<IGateway>(foreign);
        container.Resolve<Outer>();

        await container.DisposeAsync();
        await container.DisposeAsync();

        Assert.Equal(["outer", "inner"], order);
        Assert.False(foreign.Disposed);
        Assert.Throws<ObjectDisposedException>(() => container.Resolve<Service>());
    }

    [Fact]
    public async Task DisposeAsync_OneDisposalFails_StillDisposesTheOthersAndRethrows()
    {
        var container = new ObjectContainer();
        var order = new List<string>();
        container.RegisterInstanceAs(order);
        container.Resolve<Inner>();
        container.Resolve<FailingDisposal>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => container.DisposeAsync().AsTask());

        Assert.Equal("cannot close", error.Message);
        Assert.Equal(["inner"], order);
    }

    public sealed class Dependency;

    public sealed class Service(Dependency dependency)
    {
        public Dependency Dependency => dependency;
    }

    public sealed class TwoConstructors
    {
        public TwoConstructors() => UsedLargest = false;

        public TwoConstructors(Dependency dependency, Service service)
        {
            UsedLargest = dependency is not null && service is not null;
        }

        public bool UsedLargest { get; }
    }

    public interface IGateway;

    public sealed class Gateway : IGateway, IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    public sealed class NeedsGateway(IGateway gateway)
    {
        public IGateway Gateway => gateway;
    }

    public sealed class ChickenCycle(EggCycle egg)
    {
        public EggCycle Egg => egg;
    }

    public sealed class EggCycle(ChickenCycle chicken)
    {
        public ChickenCycle Chicken => chicken;
    }

    public sealed class Exploding
    {
        public Exploding() => throw new InvalidOperationException("no config");
    }

    public sealed class Inner(List<string> order) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            order.Add("inner");
            return ValueTask.CompletedTask;
        }
    }

    public sealed class Outer(Inner inner, List<string> order) : IDisposable
    {
        public Inner Inner => inner;

        public void Dispose() => order.Add("outer");
    }

    public sealed class FailingDisposal : IDisposable
    {
        public void Dispose() => throw new InvalidOperationException("cannot close");
    }
}
