using EventPro.Specs.Engine.Json;
using EventPro.Specs.Harness.Assertions;

namespace EventPro.Specs.Harness.Tests.Assertions;

public class JsonSubsetTests
{
    [Theory]
    [InlineData("{\"a\":1}", "{\"a\":1,\"b\":2}", null)]
    [InlineData("{\"o\":{\"x\":true}}", "{\"o\":{\"x\":true,\"y\":1}}", null)]
    [InlineData("{\"a\":2}", "{\"a\":1}", "output/a: expected 2, got 1")]
    [InlineData("{\"c\":1}", "{\"a\":1}", "output/c: missing (expected 1)")]
    [InlineData("{\"l\":[1,2]}", "{\"l\":[1,2,3]}", "output/l: expected [1,2], got [1,2,3]")]
    public void Difference_ChecksEveryExpectedMember(string expected, string actual, string? difference) =>
        Assert.Equal(difference, JsonSubset.Difference(JsonValue.Parse(expected), JsonValue.Parse(actual)));
}
