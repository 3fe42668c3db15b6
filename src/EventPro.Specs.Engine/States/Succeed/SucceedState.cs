namespace EventPro.Specs.Engine.States.Succeed;

/// <summary>A Succeed state: ends its branch successfully with its (filtered) input as output.</summary>
public sealed partial class SucceedState : State
{
    internal SucceedState(StateCommon common)
        : base(common)
    {
    }

    /// <inheritdoc />
    public override string Type => "Succeed";
}
