using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Intrinsics.Functions;

/// <summary>States.Base64Decode(base64): the UTF-8 text of Base64 data; at most 10,000 characters in.</summary>
internal sealed class Base64DecodeFunction : IntrinsicFunction
{
    public override string Name => "States.Base64Decode";

    public override IReadOnlyList<IntrinsicParameter> Parameters { get; } = [new("base64", IntrinsicArgumentType.String)];

    public override JsonValue Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.GetString(0);
        if (data.Length > Base64Limits.MaxCharacters)
        {
            throw IntrinsicErrors.OutOfRange(this, "base64", invocation[0], $"must be at most {Base64Limits.MaxCharacters} characters long");
        }

        var bytes = new byte[(data.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(data, bytes, out var written))
        {
            throw IntrinsicErrors.OutOfRange(this, "base64", invocation[0], "must be valid Base64");
        }

        return new JsonString(Encoding.UTF8.GetString(bytes, 0, written));
    }
}
