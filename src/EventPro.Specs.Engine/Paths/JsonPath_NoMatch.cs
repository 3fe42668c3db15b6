using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths.Steps;

namespace EventPro.Specs.Engine.Paths;

/// <content>Why a definite path selected nothing, in the words of Jayway's PathNotFoundException, which AWS quotes.</content>
public sealed partial class JsonPath
{
    /// <summary>
    /// Explains why this path selects nothing from <paramref name="root"/>, as Jayway JsonPath
    /// does: "No results for path: $['a']['b']" when the last step finds nothing, "Missing
    /// property in path $['a']" when an intermediate member is absent, and a type message when a
    /// step meets the wrong kind of value.
    /// </summary>
    public string ExplainNoMatch(JsonValue root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!IsDefinite || _functionOverScan)
        {
            return "No results for path: " + NormalizedText;
        }

        var current = root;
        var walked = "$";
        for (var i = 0; i < _steps.Length; i++)
        {
            var step = _steps[i];
            var isLast = i == _steps.Length - 1;
            var problem = step switch
            {
                PropertyStep p when current is not JsonObject =>
                    $"Expected to find an object with property {p.Fragment} in path {walked} but found '{current.TypeName}'.",
                PropertyStep p when !isLast && !((JsonObject)current).ContainsKey(p.Name) =>
                    "Missing property in path " + walked + p.Fragment,
                IndexStep when current is JsonNull => $"The path {walked} is null",
                IndexStep when current is not JsonArray =>
                    $"Filter: {step.Fragment} can only be applied to arrays. Current context is: {current.ToJson()}",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }

            var next = step.SelectOne(current, root);
            if (next is null)
            {
                break;
            }

            current = next;
            walked += step.Fragment;
        }

        return "No results for path: " + NormalizedText;
    }
}
