using EventPro.Specs.Gherkin.Registry;
using EventPro.Specs.Gherkin.Tests.XunitIntegration;

namespace EventPro.Specs.Gherkin.Tests.Registry;

public class BindingRegistryTests
{
    [Fact]
    public void ForTestAssembly_FindsOnlyBindingClasses()
    {
        var registry = BindingRegistry.ForTestAssembly(typeof(BindingRegistryTests).Assembly);

        Assert.Empty(registry.Errors);
        Assert.Contains(registry.StepDefinitions, s => s.Method.DeclaringType == typeof(EndToEndSteps));
        Assert.Contains(registry.Hooks, h => h.Kind == HookKind.AfterTestRun && h.Method.DeclaringType == typeof(EndToEndHooks));
        Assert.DoesNotContain(registry.StepDefinitions, s => s.Method.DeclaringType == typeof(Valid));
        Assert.Same(registry, BindingRegistry.ForTestAssembly(typeof(BindingRegistryTests).Assembly));
    }

    [Fact]
    public void FromTypes_ValidClass_ReadsStepsHooksAndTransformations()
    {
        var registry = BindingRegistry.FromTypes(typeof(Valid));

        Assert.Empty(registry.Errors);
        var step = Assert.Single(registry.StepDefinitions);
        Assert.Equal([StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then], step.Types);
        Assert.Equal("[StepDefinition(\"any {word}\")] Valid.Any(String)", step.ToString());
        Assert.False(step.IsRegex);
        Assert.Equal(["Early", "Late"], registry.HooksOf(HookKind.BeforeScenario).Select(h => h.Method.Name));
        var transformation = Assert.Single(registry.Transformations);
        Assert.Equal("Uri", transformation.ParameterTypeName);
    }

    [Fact]
    public void FromTypes_BrokenBindings_CollectsEveryError()
    {
        var registry = BindingRegistry.FromTypes(typeof(Broken));

        Assert.Empty(registry.StepDefinitions);
        Assert.Contains("[BeforeFeature] Broken.InstanceFeatureHook must be static.", registry.Errors);
        Assert.Contains("[Given(\"async void\")] Broken.AsyncVoid is 'async void'; make it return Task so failures are not lost.", registry.Errors);
        Assert.Contains(registry.Errors, e => e.StartsWith("Broken.BadRegex: The regular expression \"^(unclosed$\" is invalid", StringComparison.Ordinal));
        Assert.Contains(registry.Errors, e => e.StartsWith("[BeforeScenario] Broken.BadTags: The tag expression \"@a and\"", StringComparison.Ordinal));
        Assert.Contains(registry.Errors, e => e.StartsWith("[StepArgumentTransformation] Broken.WrongArity must take 2 string parameter(s)", StringComparison.Ordinal));
        Assert.Equal(5, registry.Errors.Count);
    }

    public sealed class Valid
    {
        [StepDefinition("any {word}")]
        public void Any(string word) => Assert.NotNull(word);

        [BeforeScenario(Order = 100)]
        public void Late()
        {
        }

        [BeforeScenario(Order = -1)]
        public void Early()
        {
        }

        [StepArgumentTransformation(@"(https?://\S+)")]
        public static Uri Link(string text) => new(text);
    }

    public sealed class Broken
    {
        [BeforeFeature]
        public void InstanceFeatureHook()
        {
        }

        [Given("async void")]
        public async void AsyncVoid() => await Task.Yield();

        [Given("^(unclosed$")]
        public void BadRegex(string text) => Assert.NotNull(text);

        [BeforeScenario("@a and")]
        public void BadTags()
        {
        }

        [StepArgumentTransformation(@"(\d+)-(\d+)")]
        public static Range WrongArity(string both) => new(int.Parse(both, System.Globalization.CultureInfo.InvariantCulture), 0);
    }
}
