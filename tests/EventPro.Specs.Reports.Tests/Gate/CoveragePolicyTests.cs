using EventPro.Specs.Reports.Coverage;
using EventPro.Specs.Reports.Gate;

namespace EventPro.Specs.Reports.Tests.Gate;

public sealed class CoveragePolicyTests
{
    [Fact]
    public void Parse_InfeasibleItems_ReadsThemPerDefinitionWithTheirReasons()
    {
        var policy = CoveragePolicy.Parse("""
            {
              "*": { "minTransitionPercent": 100, "minPathPercent": 100 },
              "checkout": {
                "infeasiblePaths": [ { "path": "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", "reason": "ReleaseSeat cannot fail" } ],
                "infeasibleTransitions": [ { "transition": "ReleaseSeat--error-->(failed)", "reason": "ReleaseSeat cannot fail" } ]
              }
            }
            """);

        Assert.Equal(
            [
                new InfeasibleDeclaration(CoverageItemKind.Path, "ReserveSeat → ProcessPayment → ReleaseSeat → (failed)", "ReleaseSeat cannot fail"),
                new InfeasibleDeclaration(CoverageItemKind.Transition, "ReleaseSeat--error-->(failed)", "ReleaseSeat cannot fail"),
            ],
            policy.InfeasibleFor("checkout"));
        Assert.Empty(policy.InfeasibleFor("other"));
        Assert.Equal(new CoverageThreshold(100, 100), policy.For("checkout"));
    }

    [Theory]
    [InlineData("""{ "*": { "infeasiblePaths": [ { "path": "A → (end)", "reason": "r" } ] } }""", "\"*\" cannot declare infeasible")]
    [InlineData("""{ "c": { "infeasiblePaths": [ { "path": "A → (end)" } ] } }""", "\"c\".infeasiblePaths[0].reason must be a non-empty string")]
    [InlineData("""{ "c": { "infeasiblePaths": [ { "path": "A → (end)", "reason": "  " } ] } }""", "reason must be a non-empty string: say why")]
    [InlineData("""{ "c": { "infeasiblePaths": [ { "route": "A → (end)", "reason": "r" } ] } }""", "must be an object with \"path\" and \"reason\"")]
    [InlineData("""{ "c": { "infeasibleTransitions": [ { "path": "A--next-->B", "reason": "r" } ] } }""", "must be an object with \"transition\" and \"reason\"")]
    [InlineData("""{ "c": { "infeasiblePaths": { "path": "A → (end)", "reason": "r" } } }""", "\"c\".infeasiblePaths must be an array")]
    [InlineData("""{ "c": { "infeasiblePaths": [ { "path": "A → (end)", "reason": "r" }, { "path": "A -> (end)", "reason": "s" } ] } }""", "declares path \"A -> (end)\" a second time")]
    public void Parse_InvalidDeclaration_ThrowsNamingTheProblem(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => CoveragePolicy.Parse(json, "policy.json"));

        Assert.Contains(expected, e.Message);
        Assert.StartsWith("policy.json: ", e.Message);
    }

    [Fact]
    public void ApplyTo_Model_MarksTheDeclaredItemsOfEachDefinition()
    {
        var policy = CoveragePolicy.Parse("""{ "checkout": { "infeasibleTransitions": [ { "transition": "ReleaseSeat--error-->(failed)", "reason": "cannot fail" } ] } }""");

        var model = policy.ApplyTo(Reports.Sample());

        var checkout = model.Definitions.Single(d => d.Id == "checkout");
        var edge = checkout.Graph.Edges.Single(e => e.Id == "ReleaseSeat--error-->(failed)");
        Assert.Equal("cannot fail", checkout.InfeasibleDeclarationOf(edge)?.Reason);
        Assert.All(model.Definitions.Where(d => d.Id != "checkout"), d => Assert.Empty(d.Declarations));
    }

    [Fact]
    public void Parse_TwinOf_TakesTheOriginalsDeclarationsAfterItsOwn()
    {
        var policy = CoveragePolicy.Parse("""
            {
              "checkout": {
                "infeasiblePaths": [ { "path": "A → B → (failed)", "reason": "B cannot fail" }, { "path": "A → C → (end)", "reason": "C is unreachable" } ]
              },
              "checkout-jsonata": {
                "minPathPercent": 90,
                "twinOf": "checkout",
                "infeasiblePaths": [ { "path": "A -> C -> (end)", "reason": "JSONata: C is unreachable too" }, { "path": "A → D → (failed)", "reason": "only the twin" } ]
              }
            }
            """);

        Assert.Equal(
            [
                new InfeasibleDeclaration(CoverageItemKind.Path, "A -> C -> (end)", "JSONata: C is unreachable too"),
                new InfeasibleDeclaration(CoverageItemKind.Path, "A → D → (failed)", "only the twin"),
                new InfeasibleDeclaration(CoverageItemKind.Path, "A → B → (failed)", "B cannot fail"),
            ],
            policy.InfeasibleFor("checkout-jsonata"));
        Assert.Equal(2, policy.InfeasibleFor("checkout").Count);
        Assert.Equal(90, policy.For("checkout-jsonata").MinPathPercent);
    }

    [Theory]
    [InlineData("""{ "c-jsonata": { "twinOf": "c" } }""", "\"c-jsonata\".twinOf is \"c\", which must be another definition's entry")]
    [InlineData("""{ "c": { "twinOf": "c" } }""", "\"c\".twinOf is \"c\"")]
    [InlineData("""{ "*": { "twinOf": "c" }, "c": { } }""", "\"*\".twinOf is \"c\"")]
    [InlineData("""{ "*": { }, "c": { "twinOf": "*" } }""", "\"c\".twinOf is \"*\"")]
    [InlineData("""{ "c": { }, "c2": { "twinOf": "c" }, "c3": { "twinOf": "c2" } }""", "\"c3\".twinOf is \"c2\"")]
    [InlineData("""{ "c": { }, "c2": { "twinOf": 7 } }""", "\"c2\".twinOf must name the definition it is the twin of, not 7")]
    public void Parse_InvalidTwinOf_ThrowsNamingTheEntry(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => CoveragePolicy.Parse(json, "policy.json"));

        Assert.Contains(expected, e.Message);
        Assert.StartsWith("policy.json: ", e.Message);
    }
}
