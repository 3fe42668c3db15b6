using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Tests.Fixtures;

namespace EventPro.Specs.Gherkin.Tests.Parsing;

public class FeatureFileParserTests
{
    [Fact]
    public void ParseFile_FeatureWithOutline_YieldsOneCasePerScenarioAndExamplesRow()
    {
        var file = FixtureFiles.Load("Parsing/checkout.feature");

        Assert.False(file.HasErrors);
        Assert.Equal(
            [
                "Checkout: Payment accepted",
                "Checkout: Payment declined (card=visa, amount=10, format=text)",
                "Checkout: Payment declined (card=amex, amount=20, format=json)",
                "Checkout: Payment declined (card=voucher, amount=5, format=text)",
            ],
            file.Scenarios.Select(s => s.DisplayName));
    }

    [Fact]
    public void ParseFile_Outline_InheritsFeatureScenarioAndExamplesTags()
    {
        var file = FixtureFiles.Load("Parsing/checkout.feature");

        Assert.Equal(["payments", "smoke"], file.Scenarios[0].Scenario.CombinedTags);
        Assert.Equal(["payments", "compensation"], file.Scenarios[1].Scenario.CombinedTags);
        Assert.Equal(["payments", "compensation", "slow"], file.Scenarios[3].Scenario.CombinedTags);
        Assert.Equal(["compensation", "slow"], file.Scenarios[3].Scenario.Tags);
        Assert.Equal(["payments"], file.Feature!.Tags);
    }

    [Fact]
    public void ParseFile_Outline_SubstitutesPlaceholdersInStepsTablesAndDocStrings()
    {
        var amex = FixtureFiles.Load("Parsing/checkout.feature").Scenarios[2];
        var steps = amex.Steps;

        Assert.Equal("a amex card", steps[0].Text);
        Assert.Equal("the customer pays 20", steps[1].Text);
        Assert.Equal(["card", "amount"], steps[2].Table!.Header);
        Assert.Equal(["amex", "20"], steps[2].Table!.Rows[0].Values);
        Assert.Equal(new DocString("declined amex 20", "json"), steps[3].DocString);
    }

    [Fact]
    public void ParseFile_Scenario_RunsBackgroundStepsFirst()
    {
        var accepted = FixtureFiles.Load("Parsing/checkout.feature").Scenarios[0];

        Assert.Equal(
            ["Given a cart with 2 items", "And a registered customer", "When the customer pays", "Then the order is confirmed", "But no refund is issued"],
            accepted.AllSteps.Select(s => s.ToString()));
    }

    [Fact]
    public void ParseFile_AndAndBut_TakeThePreviousStepKind()
    {
        var accepted = FixtureFiles.Load("Parsing/checkout.feature").Scenarios[0];

        Assert.Equal(
            [StepDefinitionType.Given, StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then, StepDefinitionType.Then],
            accepted.AllSteps.Select(s => s.Type));
    }

    [Fact]
    public void ParseFile_Cases_HaveStableIdentitiesAndPositions()
    {
        var file = FixtureFiles.Load("Parsing/checkout.feature");

        Assert.Equal(["10", "16:29", "16:30", "16:35"], file.Scenarios.Select(s => s.Id));
        Assert.Same(file.Scenarios[2], file.FindScenario("16:30"));
        Assert.Null(file.FindScenario("99"));
        Assert.Equal($"{FixtureFiles.Folder}/Parsing/checkout.feature", file.Scenarios[0].Feature.FilePath);
        Assert.Equal($"{FixtureFiles.Folder}/Parsing", file.Feature!.FolderPath);
    }

    [Fact]
    public void ParseFile_BrokenFile_ReturnsErrorsWithLineInsteadOfThrowing()
    {
        var file = FixtureFiles.Load("Parsing/broken.feature");

        Assert.True(file.HasErrors);
        Assert.Empty(file.Scenarios);
        var error = file.Errors[0];
        Assert.Equal(7, error.Line);
        Assert.Contains("expected:", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 'Oops this line is no step'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{FixtureFiles.Folder}/Parsing/broken.feature:7:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyText_HasNoFeatureAndNoErrors()
    {
        var file = FeatureFileParser.Parse("empty.feature", "# only a comment\n");

        Assert.Null(file.Feature);
        Assert.Empty(file.Scenarios);
        Assert.False(file.HasErrors);
    }

    [Fact]
    public void Parse_LocalisedKeywords_ResolveStepKinds()
    {
        var file = FeatureFileParser.Parse(
            "fr.feature",
            "# language: fr\nFonctionnalité: Panier\n  Scénario: Ajout\n    Soit un panier\n    Et un client\n    Quand il paie\n    Alors la commande est confirmée\n    Mais rien d'autre\n");

        var scenario = Assert.Single(file.Scenarios);
        Assert.Equal("fr", scenario.Feature.Language);
        Assert.Equal(
            [StepDefinitionType.Given, StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then, StepDefinitionType.Then],
            scenario.Steps.Select(s => s.Type));
    }

    [Fact]
    public void Parse_StarAndLeadingAnd_InheritOrDefaultToGiven()
    {
        var file = FeatureFileParser.Parse("star.feature", "Feature: F\n  Scenario: S\n    * first\n    When second\n    * third\n");

        Assert.Equal(
            [StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.When],
            file.Scenarios[0].Steps.Select(s => s.Type));
        Assert.Equal("* first", file.Scenarios[0].Steps[0].ToString());
    }

    [Fact]
    public void Parse_OutlineTitleWithPlaceholder_SubstitutesTitle()
    {
        var file = FeatureFileParser.Parse(
            "title.feature",
            "Feature: F\n  Scenario Outline: pay <n> times\n    Given <n>\n\n    Examples:\n      | n |\n      | 3 |\n");

        Assert.Equal("F: pay 3 times (n=3)", file.Scenarios[0].DisplayName);
    }

    [Fact]
    public void Parse_IgnoreTag_MarksCaseIgnored()
    {
        var file = FeatureFileParser.Parse("i.feature", "Feature: F\n  @ignore\n  Scenario: S\n    Given x\n  Scenario: T\n    Given x\n");

        Assert.True(file.Scenarios[0].IsIgnored);
        Assert.False(file.Scenarios[1].IsIgnored);
    }
}
