using System.Globalization;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Integrations.S3;

/// <summary>PutObject and GetObject from task parameters (the API's PascalCase names) to the SDK's results as JSON.</summary>
internal static class S3Operations
{
    private static readonly HashSet<string> PutFields = ["Bucket", "Key", "Body", "ContentType", "ContentEncoding", "ContentDisposition", "CacheControl", "Metadata"];
    private static readonly HashSet<string> GetFields = ["Bucket", "Key", "VersionId", "Range"];

    public static async Task<JsonObject> PutObjectAsync(AmazonS3Client client, JsonObject parameters, CancellationToken cancellation)
    {
        Check(parameters, PutFields, "PutObject");
        var request = new PutObjectRequest
        {
            BucketName = Required(parameters, "Bucket"),
            Key = Required(parameters, "Key"),
            ContentBody = parameters.GetOrNull("Body") switch
            {
                null => string.Empty,
                JsonString s => s.Value,
                var json => json.ToJson(),
            },
            UseChunkEncoding = false,
        };
        if (Optional(parameters, "ContentType") is { } contentType)
        {
            request.ContentType = contentType;
        }

        request.Headers.ContentEncoding = Optional(parameters, "ContentEncoding");
        request.Headers.ContentDisposition = Optional(parameters, "ContentDisposition");
        request.Headers.CacheControl = Optional(parameters, "CacheControl");
        if (parameters.GetOrNull("Metadata") is JsonObject metadata)
        {
            foreach (var (name, value) in metadata.AsSpan())
            {
                request.Metadata.Add(name, value is JsonString s ? s.Value : value.ToJson());
            }
        }

        var response = await client.PutObjectAsync(request, cancellation);
        var result = new JsonObjectBuilder();
        Add(result, "ChecksumCRC32", response.ChecksumCRC32);
        Add(result, "ChecksumCRC32C", response.ChecksumCRC32C);
        Add(result, "ChecksumSHA1", response.ChecksumSHA1);
        Add(result, "ChecksumSHA256", response.ChecksumSHA256);
        Add(result, "ETag", response.ETag);
        Add(result, "Expiration", response.Expiration?.RuleId is null ? null : response.Expiration.RuleId);
        Add(result, "ServerSideEncryption", response.ServerSideEncryptionMethod?.Value);
        Add(result, "VersionId", response.VersionId);
        return result.Build();
    }

    public static async Task<JsonObject> GetObjectAsync(AmazonS3Client client, JsonObject parameters, CancellationToken cancellation)
    {
        Check(parameters, GetFields, "GetObject");
        var request = new GetObjectRequest
        {
            BucketName = Required(parameters, "Bucket"),
            Key = Required(parameters, "Key"),
            VersionId = Optional(parameters, "VersionId"),
        };
        using var response = await client.GetObjectAsync(request, cancellation);
        using var bytes = new MemoryStream();
        await response.ResponseStream.CopyToAsync(bytes, cancellation);
        var body = Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        var result = new JsonObjectBuilder();
        Add(result, "AcceptRanges", response.AcceptRanges);
        result["Body"] = new JsonString(body);
        Add(result, "CacheControl", response.Headers.CacheControl);
        Add(result, "ContentEncoding", response.Headers.ContentEncoding);
        // A chunked answer has no Content-Length header; the length is what was read.
        result["ContentLength"] = JsonNumber.From(response.Headers.ContentLength >= 0 ? response.Headers.ContentLength : bytes.Length);
        Add(result, "ContentType", response.Headers.ContentType);
        Add(result, "ETag", response.ETag);
        if (response.LastModified is { } lastModified)
        {
            result["LastModified"] = new JsonString(lastModified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        var metadata = new JsonObjectBuilder();
        foreach (var key in response.Metadata.Keys)
        {
            var name = key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase) ? key["x-amz-meta-".Length..] : key;
            metadata[name] = new JsonString(response.Metadata[key]);
        }

        result["Metadata"] = metadata.Build();
        Add(result, "ServerSideEncryption", response.ServerSideEncryptionMethod?.Value);
        Add(result, "VersionId", response.VersionId);
        return result.Build();
    }

    private static void Check(JsonObject parameters, HashSet<string> supported, string operation)
    {
        foreach (var key in parameters.Keys)
        {
            if (!supported.Contains(key))
            {
                throw new StatesException(StatesErrors.Runtime, $"The field '{key}' of S3 {operation} is not supported by this backend (supported: {string.Join(", ", supported)}).");
            }
        }
    }

    private static string Required(JsonObject parameters, string field) =>
        Optional(parameters, field) ?? throw new StatesException(StatesErrors.Runtime, $"The field '{field}' is required but was missing.");

    private static string? Optional(JsonObject parameters, string field) => parameters.GetOrNull(field) switch
    {
        null or JsonNull => null,
        JsonString s => s.Value,
        var other => other.ToJson(),
    };

    private static void Add(JsonObjectBuilder result, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            result[key] = new JsonString(value);
        }
    }
}
