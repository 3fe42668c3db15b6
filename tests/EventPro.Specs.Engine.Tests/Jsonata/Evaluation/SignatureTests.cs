using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Jsonata;
using EventPro.Specs.Engine.Jsonata.Evaluation;

namespace EventPro.Specs.Engine.Tests.Jsonata.Evaluation;

public class SignatureTests
{
    [Fact]
    public void Validate_MissingContextParameter_UsesTheContextValue()
    {
        var signature = Signature.Parse("<s-:s>", 0);
        var args = signature.Validate([], new JsonString("ctx"));
        Assert.Equal(new JsonString("ctx"), Assert.Single(args));
    }

    [Fact]
    public void Validate_ContextOfTheWrongType_ThrowsT0411()
    {
        var signature = Signature.Parse("<s-:s>", 0);
        var error = Assert.ThrowsAny<JsonataException>(() => signature.Validate([], JsonNumber.From(1)));
        Assert.Equal("T0411", error.Code);
    }

    [Fact]
    public void Validate_ScalarWhereArrayExpected_WrapsItInAnArray()
    {
        var signature = Signature.Parse("<a<n>:n>", 0);
        var arg = Assert.Single(signature.Validate([JsonNumber.From(3)], null));
        Assert.Equal("[3]", ResultConverter.ToJson(arg)!.ToJson());
    }

    [Fact]
    public void Validate_ArrayOfWrongItems_ThrowsT0412WithTheItemType()
    {
        var signature = Signature.Parse("<a<n>:n>", 0);
        var error = Assert.ThrowsAny<JsonataException>(() => signature.Validate([JsonValue.Parse("[1, \"x\"]")], null));
        Assert.Equal("T0412", error.Code);
        Assert.Equal(1, error.Index);
    }

    [Theory]
    [InlineData("<s:s>", 2)]
    [InlineData("<n:n>", 1)]
    public void Validate_WrongArguments_ThrowsT0410AtTheFirstBadOne(string definition, int count)
    {
        var signature = Signature.Parse(definition, 0);
        var args = Enumerable.Repeat<object?>(new JsonString("x"), count).ToArray();
        var error = Assert.ThrowsAny<JsonataException>(() => signature.Validate(args, null));
        Assert.Equal("T0410", error.Code);
    }

    [Fact]
    public void Validate_OptionalAndVariadicParameters_Accepted()
    {
        Assert.Equal(3, Signature.Parse("<a+>", 0).Validate([JsonArray.Empty, JsonArray.Empty, JsonArray.Empty], null).Length);
        Assert.Single(Signature.Parse("<s-n?:s>", 0).Validate([new JsonString("a")], null), a => a is not null);
    }
}
