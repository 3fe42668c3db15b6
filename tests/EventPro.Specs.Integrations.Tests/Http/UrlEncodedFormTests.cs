using EventPro.Specs.Engine.Json;
using EventPro.Specs.Integrations.Http;
using FsCheck;
using FsCheck.Fluent;

namespace EventPro.Specs.Integrations.Tests.Http;

public class UrlEncodedFormTests
{
    private static readonly JsonValue Body = JsonValue.Parse("""{"amount":14900,"currency":"gbp","confirm":true,"metadata":{"orderId":"ord 1&2"},"expand":["latest_charge","customer"]}""");

    [Theory]
    [InlineData(null, "expand%5B0%5D=latest_charge&expand%5B1%5D=customer")]
    [InlineData("INDICES", "expand%5B0%5D=latest_charge&expand%5B1%5D=customer")]
    [InlineData("REPEAT", "expand=latest_charge&expand=customer")]
    [InlineData("COMMAS", "expand=latest_charge%2Ccustomer")]
    [InlineData("BRACKETS", "expand%5B%5D=latest_charge&expand%5B%5D=customer")]
    public void Encode_ArrayFormats_EncodeArraysAsAwsDocuments(string? format, string arrays)
    {
        var encoded = UrlEncodedForm.Encode(Body, format);

        Assert.Equal("amount=14900&currency=gbp&confirm=true&metadata%5BorderId%5D=ord%201%262&" + arrays, encoded);
    }

    [Fact]
    public void Encode_UnknownArrayFormat_Throws()
    {
        Assert.Throws<ArgumentException>(() => UrlEncodedForm.Encode(Body, "SEMICOLONS"));
    }

    [Fact]
    public void Encode_StringBody_IsSentAsIs()
    {
        Assert.Equal("a=1&b=2", UrlEncodedForm.Encode(new JsonString("a=1&b=2")));
    }

    [Fact]
    public void Encode_FlatStringFields_DecodeBackToTheSameFields()
    {
        var property = Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Zip(ArbMap.Default.GeneratorFor<NonEmptyString>(), ArbMap.Default.GeneratorFor<string>()))
                .Select(pairs => pairs.Select(p => (Key: p.Item1.Get, Value: p.Item2 ?? string.Empty)).DistinctBy(p => p.Key).ToArray())
                .ToArbitrary(),
            fields =>
            {
                var body = JsonObject.From(fields.Select(f => new KeyValuePair<string, JsonValue>(f.Key, new JsonString(f.Value))));
                var decoded = UrlEncodedForm.Encode(body).Split('&')
                    .Select(pair => pair.Split('='))
                    .Select(parts => (Key: Uri.UnescapeDataString(parts[0]), Value: Uri.UnescapeDataString(parts[1])))
                    .ToArray();
                return decoded.SequenceEqual(fields);
            });

        Check.One(Config.QuickThrowOnFailure, property);
    }
}
