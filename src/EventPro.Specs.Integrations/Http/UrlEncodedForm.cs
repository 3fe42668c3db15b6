using System.Text;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.Http;

/// <summary>
/// The HTTP Task's <c>Transform.RequestBodyEncoding: URL_ENCODED</c>: a JSON request body as
/// <c>application/x-www-form-urlencoded</c> fields, nested objects as <c>key[sub]=value</c> (what
/// Stripe's API expects), arrays per <c>RequestEncodingOptions.ArrayFormat</c>: INDICES (the
/// default: <c>a[0]=x&amp;a[1]=y</c>), REPEAT (<c>a=x&amp;a=y</c>), COMMAS (<c>a=x,y</c>) or BRACKETS (<c>a[]=x&amp;a[]=y</c>).
/// </summary>
public static class UrlEncodedForm
{
    /// <summary>The encoded body.</summary>
    /// <exception cref="ArgumentException">An unknown array format.</exception>
    public static string Encode(JsonValue body, string? arrayFormat = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var format = (arrayFormat ?? "INDICES").ToUpperInvariant();
        if (format is not ("INDICES" or "REPEAT" or "COMMAS" or "BRACKETS"))
        {
            throw new ArgumentException($"The ArrayFormat '{arrayFormat}' is not one of INDICES, REPEAT, COMMAS, BRACKETS.", nameof(arrayFormat));
        }

        var fields = new List<KeyValuePair<string, string>>();
        if (body is JsonObject obj)
        {
            foreach (var (key, value) in obj.AsSpan())
            {
                Add(fields, key, value, format);
            }
        }
        else
        {
            // A body that is not an object has no field names: send its text as is.
            return body is JsonString s ? s.Value : body.ToJson();
        }

        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string name, JsonValue value, string format)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (key, member) in obj.AsSpan())
                {
                    Add(fields, $"{name}[{key}]", member, format);
                }

                break;
            case JsonArray array when format == "COMMAS":
                fields.Add(new(name, string.Join(',', array.Select(Scalar))));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var itemName = format switch
                    {
                        "REPEAT" => name,
                        "BRACKETS" => name + "[]",
                        _ => $"{name}[{i}]",
                    };
                    Add(fields, itemName, array[i], format);
                }

                break;
            default:
                fields.Add(new(name, Scalar(value)));
                break;
        }
    }

    private static string Scalar(JsonValue value) => value switch
    {
        JsonString s => s.Value,
        JsonNull => string.Empty,
        _ => value.ToJson(),
    };
}
