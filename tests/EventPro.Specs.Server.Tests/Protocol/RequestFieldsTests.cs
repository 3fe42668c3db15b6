using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class RequestFieldsTests
{
    [Fact]
    public void String_WithinLimits_ReturnsTheValue()
    {
        var fields = new RequestFields(JsonObject.Of(("name", "ok")));

        Assert.Equal("ok", fields.String("name", 1, 80, required: true));
        fields.ThrowIfInvalid();
    }

    [Fact]
    public void ThrowIfInvalid_SeveralViolations_ListsThemInCoralsForm()
    {
        var fields = new RequestFields(JsonObject.Of(("name", ""), ("maxResults", 2000), ("type", "BOTH")));
        fields.String("name", 1, 80);
        fields.Integer("maxResults", 0, 1000);
        fields.Enum("type", ["STANDARD", "EXPRESS"]);
        fields.String("roleArn", required: true);

        var e = Assert.Throws<ApiException>(fields.ThrowIfInvalid);

        Assert.Equal("ValidationException", e.Code);
        Assert.Equal(
            "4 validation errors detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; "
            + "Value '2000' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000; "
            + "Value 'BOTH' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]; "
            + "Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
            e.Message);
    }

    [Fact]
    public void String_Sensitive_IsNotEchoed()
    {
        var fields = new RequestFields(JsonObject.Of(("definition", "secret")));
        fields.String("definition", 10, 20, sensitive: true);

        var e = Assert.Throws<ApiException>(fields.ThrowIfInvalid);

        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        Assert.Contains("*** Sensitive Data Redacted ***", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":1}""", "string")]
    [InlineData("""{"a":"x"}""", "integer")]
    [InlineData("""{"a":1.5}""", "integer")]
    [InlineData("""{"a":"true"}""", "boolean")]
    [InlineData("""{"a":[]}""", "structure")]
    [InlineData("""{"a":{}}""", "list")]
    [InlineData("""{"a":[1]}""", "structures")]
    [InlineData("""{"a":[{}]}""", "strings")]
    public void Read_WrongJsonType_IsSerializationException(string body, string kind)
    {
        var fields = new RequestFields((JsonObject)JsonValue.Parse(body));

        var e = Assert.Throws<ApiException>(() =>
        {
            _ = kind switch
            {
                "string" => (object?)fields.String("a"),
                "integer" => fields.Integer("a"),
                "boolean" => fields.Boolean("a"),
                "structure" => fields.Structure("a"),
                "list" => fields.List("a"),
                "structures" => fields.StructureList("a"),
                _ => fields.StringList("a", 1, 10),
            };
        });

        Assert.Equal("SerializationException", e.Code);
    }

    [Fact]
    public void StructureList_MemberViolation_IsNamedWithItsListPosition()
    {
        var fields = new RequestFields((JsonObject)JsonValue.Parse("""{"tags":[{"key":"a"},{"key":""}]}"""));
        foreach (var tag in fields.StructureList("tags"))
        {
            tag.String("key", 1, 128);
        }

        var e = Assert.Throws<ApiException>(fields.ThrowIfInvalid);

        Assert.Contains("at 'tags.2.member.key'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Has_NullMember_IsAbsent()
    {
        var fields = new RequestFields((JsonObject)JsonValue.Parse("""{"a":null}"""));

        Assert.False(fields.Has("a"));
        Assert.Null(fields.String("a", required: false));
    }
}
