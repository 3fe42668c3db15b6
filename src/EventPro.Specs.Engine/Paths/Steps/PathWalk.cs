using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Paths.Steps;

/// <summary>
/// The state of one evaluation of an indefinite path: the steps, the document root (for <c>$</c>
/// inside filters) and the matches collected so far, in document order.
/// </summary>
internal sealed class PathWalk
{
    private readonly PathStep[] _steps;

    public PathWalk(PathStep[] steps, int stepCount, JsonValue root)
    {
        _steps = steps;
        StepCount = stepCount;
        Root = root;
    }

    /// <summary>How many of the steps take part (a trailing function may be applied separately).</summary>
    public int StepCount { get; }

    /// <summary>The document the path started from.</summary>
    public JsonValue Root { get; }

    /// <summary>The matches so far.</summary>
    public List<JsonValue> Results { get; } = [];

    /// <summary>Continues with <paramref name="value"/> at step <paramref name="index"/>, or records it when every step is done.</summary>
    public void Continue(JsonValue value, int index)
    {
        if (index >= StepCount)
        {
            Results.Add(value);
            return;
        }

        _steps[index].Select(value, this, index + 1);
    }
}
