using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Pass;

/// <summary>A Pass state: passes its input to its output, optionally injecting Result or Parameters.</summary>
public sealed partial class PassState : State
{
    internal PassState(StateCommon common, JsonValue? result, PayloadTemplate? parameters, OptionalPath resultPath)
        : base(common)
    {
        Result = result;
        Parameters = parameters;
        ResultPath = resultPath;
    }

    /// <inheritdoc />
    public override string Type => "Pass";

    /// <summary>The fixed Result, or null.</summary>
    public JsonValue? Result { get; }

    /// <summary>The Parameters template, or null.</summary>
    public PayloadTemplate? Parameters { get; }

    /// <summary>ResultPath.</summary>
    public OptionalPath ResultPath { get; }
}
