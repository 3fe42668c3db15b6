using System.Text.Json.Nodes;
using EventPro.Specs.Harness.WireMock;

namespace EventPro.Specs.Harness.Tests.WireMock;

public class LoggedRequestTests
{
    [Fact]
    public void FromJson_JournalEntry_ReadsFieldsAndHeadersOfBothShapes()
    {
        var entry = (JsonObject)JsonNode.Parse(
            """
            {
              "url": "/v1/charges?x=1", "absoluteUrl": "http://127.0.0.1:1/v1/charges?x=1", "method": "POST",
              "headers": { "Content-Type": "application/x-www-form-urlencoded", "Accept": ["a", "b"] },
              "body": "amount=1", "loggedDate": 1795316650352
            }
            """)!;

        var request = LoggedRequest.FromJson(entry);

        Assert.Equal(("POST", "/v1/charges?x=1", "http://127.0.0.1:1/v1/charges?x=1", "amount=1"), (request.Method, request.Url, request.AbsoluteUrl, request.Body));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795316650352), request.LoggedAt);
        Assert.Equal("application/x-www-form-urlencoded", request.GetHeader("content-type"));
        Assert.Equal("a, b", request.GetHeader("ACCEPT"));
        Assert.Null(request.GetHeader("X-Missing"));
        Assert.Same(entry, request.Json);
    }
}
