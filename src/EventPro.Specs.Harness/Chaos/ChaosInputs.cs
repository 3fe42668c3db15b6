using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Fakers;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>Where a campaign's inputs come from: one fixed input, or a named faker seeded per execution.</summary>
public sealed class ChaosInputs
{
    private readonly Func<int, JsonValue> _generate;

    private ChaosInputs(string description, Func<int, JsonValue> generate)
    {
        Description = description;
        _generate = generate;
    }

    /// <summary>E.g. <c>the "checkout" faker</c>.</summary>
    public string Description { get; }

    /// <summary>The same input for every execution.</summary>
    public static ChaosInputs Fixed(JsonValue input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ChaosInputs("a fixed input", _ => input);
    }

    /// <summary>An input per execution from the faker named <paramref name="name"/> (see <see cref="FakerRegistry"/>).</summary>
    public static ChaosInputs FromFaker(string name)
    {
        var faker = FakerRegistry.Get(name);
        return new ChaosInputs($"the \"{faker.Name}\" faker", faker.For);
    }

    /// <summary>The input of the execution seeded <paramref name="executionSeed"/>.</summary>
    public JsonValue For(int executionSeed) => _generate(executionSeed);
}
