using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Fakes.Workflows;

/// <summary>Reads an order's <c>items</c> (<c>[{"productId": "456", "quantity": 2}]</c>) for the stock fakes.</summary>
internal static class OrderLines
{
    /// <summary>The lines; a malformed list fails the task with <paramref name="error"/>.</summary>
    public static IReadOnlyList<(string ProductId, int Quantity)> Read(JsonValue? items, string error)
    {
        if (items is not JsonArray array)
        {
            throw ServiceAnswers.LambdaError(error, "items must be a list of { productId, quantity }");
        }

        var lines = new List<(string, int)>(array.Count);
        foreach (var item in array)
        {
            var product = FakeJson.OptionalText(item, "productId");
            if (product is null || FakeJson.At(item, "quantity") is not JsonNumber n || !n.TryGetInt32(out var quantity) || quantity < 1)
            {
                throw ServiceAnswers.LambdaError(error, $"Invalid order line {item.ToJson()}");
            }

            lines.Add((product, quantity));
        }

        return lines;
    }
}
