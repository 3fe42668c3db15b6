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
}
