using System.Text.RegularExpressions;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths.Conformance;

/// <summary>
/// Replays the AWS-recorded single-Pass-state cases (intrinsic functions, Parameters paths,
/// Assign from intrinsics, InputPath/OutputPath failures) through PayloadTemplate and
/// PathSelection. The cases come from shared/conformance via extract_cases.py.
/// </summary>
public partial class TemplateConformanceTests
{
    private static readonly Lazy<Dictionary<string, JsonObject>> Cases = new(Load);

    public static TheoryData<string> CaseIds => new(Cases.Value.Keys);

    [Fact]
    public void Cases_AreLoaded() => Assert.True(Cases.Value.Count >= 70, $"only {Cases.Value.Count} cases");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_BehavesAsRecordedOnAws(string id)
    {
        var c = Cases.Value[id];
        var input = c["input"];
        var context = new TestEvaluationContext(JsonObject.Of(("Execution", JsonObject.Of(("Input", input)))));
        Func<JsonValue> run = ((JsonString)c["kind"]).Value == "selection"
            ? () => PathSelection.Select(PathExpression.Parse(((JsonString)c["path"]).Value), input, context)
            : () => PayloadTemplate.Compile(c["template"]).Evaluate(input, context);

        if (c.TryGetValue("output", out var expected))
        {
            var actual = run();
            Assert.True(Matches(expected, actual), $"expected {expected.ToJson()}\n  actual {actual.ToJson()}");
            return;
        }

        var e = Assert.Throws<EvaluationException>(() => run());
        Assert.Equal(((JsonString)c["error"]).Value, e.Error);
        Assert.Equal(((JsonString)c["detail"]).Value.Replace("<json-input:1>", input.ToJson(), StringComparison.Ordinal), e.Detail);
    }

    /// <summary>Deep equality where an expected "&lt;uuid:N&gt;" (a scrubbed UUID) matches any version 4 UUID.</summary>
    private static bool Matches(JsonValue expected, JsonValue actual) => (expected, actual) switch
    {
        (JsonString { Value: var e }, JsonString { Value: var a }) when e.StartsWith("<uuid:", StringComparison.Ordinal) => UuidV4().IsMatch(a),
        (JsonObject e, JsonObject a) => e.Count == a.Count && e.All(m => a.TryGetValue(m.Key, out var v) && Matches(m.Value, v)),
        (JsonArray e, JsonArray a) => e.Count == a.Count && e.Zip(a).All(p => Matches(p.First, p.Second)),
        _ => expected.Equals(actual),
    };

    private static Dictionary<string, JsonObject> Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Paths", "Conformance", "template-cases.json");
        return ((JsonArray)JsonValue.Parse(File.ReadAllText(file))).Cast<JsonObject>().ToDictionary(c => ((JsonString)c["id"]).Value);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();
}
