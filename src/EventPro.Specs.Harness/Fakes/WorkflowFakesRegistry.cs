using EventPro.Specs.Harness.Fakes.Workflows;

namespace EventPro.Specs.Harness.Fakes;

/// <summary>The stateful fakes of the example workflows, by name.</summary>
public static class WorkflowFakesRegistry
{
    private static readonly WorkflowFakes[] All =
    [
        new CheckoutFakes(), new OrderSagaFakes(), new OrderProcessingFakes(), new ServiceRequestFakes(), new DailyAnalysisFakes(), new UploadProcessorFakes(),
    ];

    /// <summary>The names there are.</summary>
    public static IReadOnlyList<string> Names => All.Select(f => f.Name).ToList();

    /// <summary>The fakes named <paramref name="name"/>, or null.</summary>
    public static WorkflowFakes? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The fakes named <paramref name="name"/>; throws naming the ones there are.</summary>
    public static WorkflowFakes Get(string name) => Find(name)
        ?? throw new ArgumentException($"There are no fakes named '{name}'. There are: {string.Join(", ", Names)}.", nameof(name));
}
