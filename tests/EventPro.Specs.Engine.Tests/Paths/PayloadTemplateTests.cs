using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Tests.Paths;

public class PayloadTemplateTests
{
    private static readonly JsonValue Input = JsonValue.Parse("""{"flagged":7,"vals":[0,10,20,30,40,50],"name":"Ada"}""");

    private static readonly TestEvaluationContext Context = new(
        JsonValue.Parse("""{"Map":{"Item":{"Value":"v","Index":3}}}"""),
        variables: new Dictionary<string, JsonValue> { ["greeting"] = "Hello" });

    private static string Evaluate(string template) =>
        PayloadTemplate.Compile(JsonValue.Parse(template)).Evaluate(Input, Context).ToJson();

    [Fact]
    public void Evaluate_SpecExample_SelectsAndCopies() =>
        Assert.Equal(
            "{\"flagged\":true,\"parts\":{\"first\":0,\"last3\":[30,40,50]}}",
            Evaluate("""{"flagged":true,"parts":{"first.$":"$.vals[0]","last3.$":"$.vals[3:]"}}"""));

    [Fact]
    public void Evaluate_ContextVariablesAndIntrinsics()
    {
        Assert.Equal(
            "{\"value\":\"v\",\"index\":3,\"msg\":\"Hello Ada\",\"raw\":\"$.name\"}",
            Evaluate("""{"value.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index","msg.$":"States.Format('{} {}', $greeting, $.name)","raw":"$.name"}"""));
    }

    [Fact]
    public void Evaluate_DynamicFieldsInsideArrays_AreEvaluated() =>
        Assert.Equal(
            "{\"list\":[{\"n\":\"Ada\"},1,[{\"m\":7}]]}",
            Evaluate("""{"list":[{"n.$":"$.name"},1,[{"m.$":"$.flagged"}]]}"""));

    [Fact]
    public void Evaluate_StaticTemplate_ReturnsTheSameInstance()
    {
        var template = JsonValue.Parse("""{"a":{"b":[1,{"c":"$.x"}]},"d.x":1}""");
        var compiled = PayloadTemplate.Compile(template);
        Assert.True(compiled.IsStatic);
        Assert.Same(template, compiled.Evaluate(Input, Context));
    }

    [Fact]
    public void Evaluate_StaticPartsOfADynamicTemplate_AreShared()
    {
        var template = (JsonObject)JsonValue.Parse("""{"fixed":{"deep":[1,2]},"n.$":"$.name"}""");
        var result = (JsonObject)PayloadTemplate.Compile(template).Evaluate(Input, Context);
        Assert.Same(template["fixed"], result["fixed"]);
    }

    [Fact]
    public void Evaluate_ScalarTemplate_IsCopied() => Assert.Equal("\"$.name\"", Evaluate("\"$.name\""));

    [Fact]
    public void Evaluate_KeyAndDynamicKeyWithSameName_LaterOneWins() =>
        Assert.Equal("{\"a\":\"Ada\"}", Evaluate("""{"a":1,"a.$":"$.name"}"""));

    [Fact]
    public void Evaluate_PathNotFound_FailsWithAwsMessageNamingTheField()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluate("""{"outer":{"value.$":"$.no_such_jsonpath"}}"""));
        Assert.Equal(StatesErrors.Runtime, e.Error);
        Assert.Equal($"The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{Input.ToJson()}'", e.Detail);
    }

    [Fact]
    public void Evaluate_IntrinsicFailure_Propagates()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluate("""{"x.$":"States.ArrayLength($.name)"}"""));
        Assert.Equal(StatesErrors.IntrinsicFailure, e.Error);
    }

    [Theory]
    [InlineData("""{"a.$":1}""", "/a.$", "a.$", "must be a string")]
    [InlineData("""{"a":{"b.$":"name"}}""", "/a/b.$", "b.$", "must start with '$'")]
    [InlineData("""{"a":[{"b/c.$":"$."}]}""", "/a/0/b~1c.$", "b/c.$", "must not end with '.'")]
    [InlineData("""{"x.$":"States.Nope()"}""", "/x.$", "x.$", "unknown intrinsic function 'States.Nope'")]
    [InlineData("""{"x.$":"States.ArrayLength()"}""", "/x.$", "x.$", "takes exactly 1 argument")]
    [InlineData("""{"x.$":null}""", "/x.$", "x.$", "must be a string")]
    public void Compile_BadDynamicField_IsADefinitionErrorWithItsPointer(string template, string pointer, string field, string detail)
    {
        var e = Assert.Throws<TemplateDefinitionException>(() => PayloadTemplate.Compile(JsonValue.Parse(template)));
        Assert.Equal(pointer, e.Pointer);
        Assert.Equal(field, e.FieldName);
        Assert.Contains(detail, e.Detail, StringComparison.Ordinal);
        Assert.StartsWith($"The value for the field '{field}' must be a valid JSONPath or a valid intrinsic function call", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindErrors_SeveralBadFields_ReportsEachWithItsPointer()
    {
        var errors = PayloadTemplate.FindErrors(JsonValue.Parse("""{"a.$":"$.x[","ok.$":"$.y","list":[{"b.$":7}],"c":{"d.$":"States.Nope()"}}"""));

        Assert.Equal(["/a.$", "/list/0/b.$", "/c/d.$"], errors.Select(e => e.Pointer));
        Assert.IsType<PathSyntaxException>(errors[0].InnerException);
        Assert.Null(errors[1].InnerException);
        Assert.IsType<EventPro.Specs.Engine.Intrinsics.IntrinsicSyntaxException>(errors[2].InnerException);
    }

    [Fact]
    public void FindErrors_ValidTemplate_IsEmpty() =>
        Assert.Empty(PayloadTemplate.FindErrors(JsonValue.Parse("""{"a.$":"$.x","b":[1,{"c.$":"States.UUID()"}]}""")));
}
