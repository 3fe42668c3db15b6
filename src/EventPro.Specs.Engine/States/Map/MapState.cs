using EventPro.Specs.Engine.ErrorHandling;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.States.Map;

/// <summary>An inline Map state: runs its item processor once per item of an array.</summary>
public sealed partial class MapState : TaskLikeState
{
    internal MapState(StateCommon common, MapSettings settings, PayloadTemplate? itemSelector, PayloadTemplate? resultSelector, OptionalPath resultPath, IReadOnlyList<Retrier> retry, IReadOnlyList<Catcher> catchers)
        : base(common, itemSelector, resultSelector, resultPath, retry, catchers) => Settings = settings;

    /// <inheritdoc />
    public override string Type => "Map";

    /// <summary>The item processor, items path, concurrency and failure tolerance.</summary>
    public MapSettings Settings { get; }

    /// <summary>The item processor (ItemProcessor, or the legacy Iterator).</summary>
    public StateGraph ItemProcessor => Settings.ItemProcessor;
}
