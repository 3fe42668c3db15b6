using Bogus;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakers;

/// <summary>A named generator of execution inputs, e.g. <c>checkout</c> orders.</summary>
/// <param name="Name">The name scenarios and the CLI use.</param>
/// <param name="Description">What it generates.</param>
/// <param name="Generate">Makes one input from a seeded faker.</param>
public sealed record InputFaker(string Name, string Description, Func<Faker, JsonValue> Generate)
{
    /// <summary>The input for <paramref name="seed"/>: the same seed, the same input.</summary>
    public JsonValue For(int seed) => Generate(EventProData.Seeded(seed));
}
