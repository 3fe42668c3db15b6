using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.Base64Encode(data): the MIME Base64 (padded) encoding of the string's UTF-8 bytes; at most 10,000 characters in.</summary>
internal sealed class Base64EncodeFunction : IntrinsicFunction
{
    public override string Name => "States.Base64Encode";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("data", IntrinsicArgumentType.String)];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.GetString(0);
        if (data.Length > Base64Limits.MaxCharacters)
        {
            throw IntrinsicErrors.OutOfRange(this, "data", invocation[0], $"must be at most {Base64Limits.MaxCharacters} characters long");
        }

        return new JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(data)));
    }
}
