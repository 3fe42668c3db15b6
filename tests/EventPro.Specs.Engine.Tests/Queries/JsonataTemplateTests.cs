using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Queries;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Queries;

public class JsonataTemplateTests
{
    private static JsonataEnvironment Environment(string input) =>
        new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new Random(1), new Dictionary<string, JsonValue>
        {
            ["states"] = JsonObject.Of(("input", JsonValue.Parse(input))),
        });

    [Fact]
    public void Evaluate_ExpressionsNestedInObjectsAndArrays_AreEvaluated_LiteralsKept()
    {
        var template = JsonataTemplate.Compile(JsonValue.Parse("""
            { "title": "{% $states.input.title %}", "list": [1, "{% $states.input.n * 2 %}", " {% not evaluated %} "], "static": { "a.$": "$" } }
            """), "Arguments");

        var value = template.Evaluate(Environment("{\"title\":\"Doctor\",\"n\":21}"));

        Assert.Equal(JsonValue.Parse("""{ "title": "Doctor", "list": [1, 42, " {% not evaluated %} "], "static": { "a.$": "$" } }"""), value);
    }

    [Fact]
    public void Evaluate_StaticTemplate_ReturnsTheSameInstance()
    {
        var literal = JsonValue.Parse("""{ "a": [1, "$.x", "$$"], "b.$": "States.Format('{}', $x)" }""");
        var template = JsonataTemplate.Compile(literal, "Output");

        Assert.True(template.IsStatic);
        Assert.Same(literal, template.Evaluate(Environment("{}")));
    }

    [Fact]
    public void Compile_AnyStringWithALeadingSpace_IsStatic()
    {
        var property = Prop.ForAll<string>(text => JsonataTemplate.Compile(new JsonString(" " + text), "Output").IsStatic);
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure, property);
    }

    [Fact]
    public void Expression_IsSetOnlyWhenTheWholeFieldIsOneExpression()
    {
        Assert.Equal("$states.input", JsonataTemplate.Compile(new JsonString("{% $states.input %}"), "Items").Expression!.Text);
        Assert.Null(JsonataTemplate.Compile(JsonValue.Parse("[\"{% 1 %}\"]"), "Items").Expression);
    }

    [Fact]
    public void Evaluate_UndefinedInsideAnObject_NamesTheFieldPath()
    {
        var template = JsonataTemplate.Compile(JsonValue.Parse("""{ "outer": { "result": "{% $doesNotExist %}" } }"""), "Output");

        var e = Assert.Throws<EvaluationException>(() => template.Evaluate(Environment("{}")));

        Assert.Equal("Output/outer/result", e.Location);
        Assert.Equal("The JSONata expression '$doesNotExist' specified for the field 'Output/outer/result' returned nothing (undefined).", e.Detail);
    }

    [Fact]
    public void Evaluate_ExpressionInsideAnArray_NamesItsIndex()
    {
        var template = JsonataTemplate.Compile(JsonValue.Parse("""[1, "{% $nope %}"]"""), "Items");

        var e = Assert.Throws<EvaluationException>(() => template.Evaluate(Environment("{}")));

        Assert.Equal("Items/1", e.Location);
    }

    [Fact]
    public void Compile_SyntaxError_GivesThePointerInsideTheField()
    {
        var e = Assert.Throws<JsonataDefinitionException>(() =>
            JsonataTemplate.Compile(JsonValue.Parse("""{ "list": ["ok", "{% $states.input.[ %}"] }"""), "Output"));

        Assert.Equal("/list/1", e.Pointer);
        Assert.Equal("Output/list/1", e.Location);
        Assert.StartsWith("S0", e.Detail, StringComparison.Ordinal);
    }
}
