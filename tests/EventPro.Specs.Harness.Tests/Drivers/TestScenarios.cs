using EventPro.Specs.Gherkin;
using EventPro.Specs.Gherkin.Parsing;

namespace EventPro.Specs.Harness.Tests.Drivers;

/// <summary>A <see cref="ScenarioContext"/> for driving drivers outside a feature run.</summary>
internal static class TestScenarios
{
    public static ScenarioContext Context(string title, ScenarioVariant? variant = null, string featurePath = "features/driver-tests.feature")
    {
        var feature = new FeatureInfo("Driver tests", string.Empty, [], "en", featurePath);
        var scenario = new ScenarioInfo(title, string.Empty, [], [], [], 1, null).WithVariant(variant ?? ScenarioVariant.AsWritten);
        return new ScenarioContext(new CompiledScenario(feature, scenario, [], []), new FeatureContext(feature), new NoContainer(), new NoOutput(), TestContext.Current.CancellationToken);
    }

    private sealed class NoOutput : IScenarioOutput
    {
        public void WriteLine(string message)
        {
        }
    }

    private sealed class NoContainer : IObjectContainer
    {
        public void RegisterInstanceAs<TInterface>(TInterface instance, bool dispose = false)
            where TInterface : class => throw new NotSupportedException();

        public void RegisterTypeAs<TType, TInterface>()
            where TType : class, TInterface => throw new NotSupportedException();

        public void RegisterFactoryAs<TInterface>(Func<IObjectContainer, TInterface> factory)
            where TInterface : class => throw new NotSupportedException();

        public bool IsRegistered<T>() => false;

        public T Resolve<T>() => throw new NotSupportedException();

        public object Resolve(Type type) => throw new NotSupportedException();
    }
}
