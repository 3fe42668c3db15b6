using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Engine.Integrations.Sfn;

/// <summary>
/// The Parameters/Arguments of an <c>aws-sdk:sfn:sendTask*</c> call, in PascalCase as aws-sdk integrations
/// take them (developer guide, supported-services-awssdk). The API's members are all strings (Output too:
/// a JSON text, not JSON), so anything else cannot start the task: States.Runtime, in AWS's words
/// "could not be used to start the Task: [The value for the field 'Output' must be a STRING]".
/// </summary>
internal sealed class SfnTaskTokenRequest(JsonValue parameters)
{
    private readonly JsonObject _fields = parameters as JsonObject ?? JsonObject.Empty;

    /// <summary>A required string member.</summary>
    /// <exception cref="EvaluationException">States.Runtime: the member is missing or not a string.</exception>
    public string Required(string name) => Optional(name) ?? throw Refused($"The field '{name}' is required");

    /// <summary>An optional string member; null when absent or JSON null.</summary>
    /// <exception cref="EvaluationException">States.Runtime: the member is not a string.</exception>
    public string? Optional(string name) => _fields.GetOrNull(name) switch
    {
        null or JsonNull => null,
        JsonString s => s.Value,
        _ => throw Refused($"The value for the field '{name}' must be a STRING"),
    };

    private EvaluationException Refused(string problem) =>
        new(StatesErrors.Runtime, $"The Parameters '{parameters.ToJson()}' could not be used to start the Task: [{problem}]");
}
