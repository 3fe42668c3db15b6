using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Registry;

namespace EventPro.Specs.Server.Tests.Registry;

public class TagSetTests
{
    [Fact]
    public void TrySet_NewAndExistingKeys_ReplacesValuesAndKeepsFirstOrder()
    {
        var tags = new TagSet();

        Assert.True(tags.TrySet([new("team", "a"), new("env", "dev")]));
        Assert.True(tags.TrySet([new("team", "b")]));

        Assert.Equal("""[{"key":"team","value":"b"},{"key":"env","value":"dev"}]""", tags.ToJson().ToJson());
    }

    [Fact]
    public void TrySet_BeyondFifty_ChangesNothing()
    {
        var tags = new TagSet();
        Assert.True(tags.TrySet(Enumerable.Range(0, 50).Select(i => new KeyValuePair<string, string>($"k{i}", "v"))));

        Assert.False(tags.TrySet([new("one-more", "v")]));
        Assert.True(tags.TrySet([new("k0", "replaced")]));

        Assert.Equal(50, tags.ToJson().Count);
    }

    [Fact]
    public void Remove_KnownAndUnknownKeys_RemovesTheKnownOnes()
    {
        var tags = new TagSet();
        tags.TrySet([new("a", "1"), new("b", "2")]);

        tags.Remove(["a", "zzz"]);

        Assert.Equal(JsonArray.Of(JsonObject.Of(("key", "b"), ("value", "2"))), tags.ToJson());
    }
}
