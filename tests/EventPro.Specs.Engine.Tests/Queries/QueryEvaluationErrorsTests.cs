using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Queries;

namespace EventPro.Specs.Engine.Tests.Queries;

public class QueryEvaluationErrorsTests
{
    private static readonly JsonataField Items = JsonataField.Compile("{% 'string' %}", "Items");

    [Fact]
    public void UnexpectedType_QuotesTheExpressionTypeAndValue_AsAwsRecordedIt()
    {
        var e = QueryEvaluationErrors.UnexpectedType(Items, "array", new JsonString("string"));

        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.Equal("The JSONata expression ''string'' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'string' for value: \"string\"", e.Detail);
        Assert.Equal("Items", e.Location);
    }

    [Fact]
    public void Runtime_HasNoLocation()
    {
        var e = QueryEvaluationErrors.Runtime("Map state input must be an array but was: true");

        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.Null(e.Location);
    }
}
