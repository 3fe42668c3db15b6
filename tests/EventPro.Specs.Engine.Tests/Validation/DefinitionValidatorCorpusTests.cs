using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Validation;

/// <summary>
/// Every invalid definition of the corpus holds one mistake and must produce its finding, at its
/// pointer, with no other error; and the engine's own loading must agree with the validator.
/// </summary>
public sealed class DefinitionValidatorCorpusTests
{
    /// <summary>Codes only the validator reports: AWS refuses them (or they are certainly bugs), but the engine can still run the definition.</summary>
    private static readonly HashSet<string> ValidatorOnlyCodes =
    [
        AslCodes.DuplicateKey, AslCodes.InvalidResource, AslCodes.UnreachableState, AslCodes.NoPathToEnd,
        AslCodes.DuplicateStateName, AslCodes.UnfilledPlaceholder,
    ];

    public static TheoryData<string> Cases() => [.. CorpusCase.Names()];

    [Fact]
    public void Corpus_HasAtLeastEightyCases() => Assert.True(CorpusCase.Names().Count() >= 80);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_CorpusCase_ReportsItsFindingAndNoOtherError(string name)
    {
        var c = CorpusCase.Load(name);

        var findings = DefinitionValidator.Validate(c.Text, name + ".json");

        var described = string.Join(Environment.NewLine, findings);
        var found = findings.Where(f => f.Code == c.Code && f.Pointer == c.Pointer && f.SeverityName == c.Severity).ToList();
        Assert.True(found.Count == 1, $"expected one {c.Severity} {c.Code} at '{c.Pointer}', got:{Environment.NewLine}{described}");
        Assert.Equal(name + ".json", found[0].Source);
        Assert.False(string.IsNullOrWhiteSpace(found[0].Message));
        if (c.Line is { } line)
        {
            Assert.Equal(line, found[0].Line);
        }

        if (c.Column is { } column)
        {
            Assert.Equal(column, found[0].Column);
        }

        Assert.True(findings.Count(f => f.IsError) == c.Errors, $"expected {c.Errors} error(s), got:{Environment.NewLine}{described}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_CorpusCase_AgreesWithTheValidator(string name)
    {
        var c = CorpusCase.Load(name);
        var errors = DefinitionValidator.Validate(c.Text, name).Where(f => f.IsError).ToList();

        DefinitionException? refused = null;
        try
        {
            StateMachine.Parse(c.Text, name);
        }
        catch (DefinitionException e)
        {
            refused = e;
        }

        if (refused is null)
        {
            // What the engine runs, the validator may refuse only for reasons the engine does not check.
            Assert.All(errors, e => Assert.Contains(e.Code, ValidatorOnlyCodes));
        }
        else if (refused.Code != AslCodes.NotSupportedByEngine)
        {
            // The engine stops at its first problem: the validator reports the same one.
            Assert.Contains(errors, e => e.Code == refused.Code && e.Pointer == refused.Pointer);
        }
    }
}
