namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>AWS: Base64Encode, Base64Decode and Hash take "a data string of up to 10,000 characters".</summary>
internal static class Base64Limits
{
    public const int MaxCharacters = 10_000;
}
