using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Tests.Protocol;

public class ResourceNamesTests
{
    [Theory]
    [InlineData("Orders-2026_v1.2")]
    [InlineData("commande-été")]
    [InlineData("x")]
    public void IsValid_AllowedNames_AreValid(string name) => Assert.True(ResourceNames.IsValid(name));

    [Fact]
    public void IsValid_EightyCharacters_IsTheLimit()
    {
        Assert.True(ResourceNames.IsValid(new string('a', 80)));
        Assert.False(ResourceNames.IsValid(new string('a', 81)));
        Assert.False(ResourceNames.IsValid(string.Empty));
    }

    [Fact]
    public void IsValid_EachForbiddenCharacter_IsInvalid()
    {
        // AWS quotas page: whitespace, brackets, wildcards, specials and control characters.
        foreach (var c in " \t\n<>{}[]?*\"#%\\^|~`$&,;:/\u0000\u001f\u007f\u009f\u00a0")
        {
            Assert.False(ResourceNames.IsValid($"a{c}b"), $"U+{(int)c:X4} should be refused");
        }
    }
}
