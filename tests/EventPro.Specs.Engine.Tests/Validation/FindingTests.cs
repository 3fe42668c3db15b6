using EventPro.Specs.Engine.Validation;

namespace EventPro.Specs.Engine.Tests.Validation;

public sealed class FindingTests
{
    [Fact]
    public void ToString_WithState_PrintsTheCompilerStyleLine() =>
        Assert.Equal(
            "checkout.asl.json:12:7: error ASL031 [Reserve] /States/Reserve/Next: the transition to 'X' names no state of this state machine",
            new Finding(FindingSeverity.Error, AslCodes.TransitionTargetNotFound, "checkout.asl.json", 12, 7, "Reserve", "/States/Reserve/Next", "the transition to 'X' names no state of this state machine").ToString());

    [Fact]
    public void ToString_WithoutStateOrSource_PrintsTheRootPointer() =>
        Assert.Equal(
            "definition:1:1: warning ASL043 /: m",
            new Finding(FindingSeverity.Warning, AslCodes.ChoiceWithoutDefault, null, 1, 1, null, string.Empty, "m").ToString());

    [Fact]
    public void ToJson_HoldsEveryField() =>
        Assert.Equal(
            """{"severity":"warning","code":"ASL080","file":"a.json","line":3,"column":4,"state":"T","pointer":"/States/T","message":"m"}""",
            new Finding(FindingSeverity.Warning, AslCodes.TaskWithoutTimeout, "a.json", 3, 4, "T", "/States/T", "m").ToJson().ToJson());
}
