using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Server.Protocol;

/// <summary>
/// The errors of the Step Functions API with AWS's codes, namespaces and message shapes. Service
/// exceptions use <c>com.amazonaws.swf.service.v2.model</c>, model-constraint violations
/// <c>com.amazon.coral.validate</c>, and protocol failures (unreadable body, unknown operation)
/// <c>com.amazon.coral.service</c>, as AWS answers them. Messages follow AWS's
/// <c>"&lt;Title&gt;: '&lt;detail&gt;'"</c> form, e.g. <c>State Machine Does Not Exist: 'arn:...'</c>.
/// </summary>
public static class ApiErrors
{
    /// <summary>The namespace of Step Functions service exceptions.</summary>
    public const string ServiceNamespace = "com.amazonaws.swf.service.v2.model";

    /// <summary>The namespace of model-constraint violations (ValidationException).</summary>
    public const string ValidationNamespace = "com.amazon.coral.validate";

    /// <summary>The namespace of protocol failures (SerializationException, UnknownOperationException).</summary>
    public const string ProtocolNamespace = "com.amazon.coral.service";

    /// <summary>The request body is not JSON, or a member has the wrong JSON type.</summary>
    public static ApiException Serialization(string message) => new(ProtocolNamespace, "SerializationException", message);

    /// <summary>The X-Amz-Target names no operation this server answers.</summary>
    public static ApiException UnknownOperation(string message) => new(ProtocolNamespace, "UnknownOperationException", message);

    /// <summary>The request breaks the API model's constraints (lengths, ranges, enums, required members).</summary>
    public static ApiException Validation(string message) => new(ValidationNamespace, "ValidationException", message);

    /// <summary>A malformed ARN, or an ARN of the wrong resource type.</summary>
    public static ApiException InvalidArn(string detail) => Service("InvalidArn", $"Invalid Arn: '{detail}'");

    /// <summary>A name with forbidden characters.</summary>
    public static ApiException InvalidName(string name) => Service("InvalidName", $"Invalid Name: '{name}'");

    /// <summary>A definition the engine rejects.</summary>
    public static ApiException InvalidDefinition(string detail) => Service("InvalidDefinition", $"Invalid State Machine Definition: '{detail}'");

    /// <summary>Execution input that is not JSON.</summary>
    public static ApiException InvalidExecutionInput(string detail) => Service("InvalidExecutionInput", $"Invalid State Machine Execution Input: '{detail}'");

    /// <summary>Task output (SendTaskSuccess) that is not JSON.</summary>
    public static ApiException InvalidOutput(string detail) => Service("InvalidOutput", $"Invalid Output: '{detail}'");

    /// <summary>A logging configuration the API rejects.</summary>
    public static ApiException InvalidLoggingConfiguration(string detail) => Service("InvalidLoggingConfiguration", $"Invalid Logging Configuration: '{detail}'");

    /// <summary>No state machine has this ARN.</summary>
    public static ApiException StateMachineDoesNotExist(string arn) => Service("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{arn}'");

    /// <summary>A state machine of this name exists with another definition or configuration.</summary>
    public static ApiException StateMachineAlreadyExists(string arn) => Service("StateMachineAlreadyExists", $"State Machine Already Exists: '{arn}'");

    /// <summary>The operation does not apply to this type of state machine (STANDARD or EXPRESS).</summary>
    public static ApiException StateMachineTypeNotSupported(string detail) => Service("StateMachineTypeNotSupported", $"State Machine Type Not Supported: '{detail}'");

    /// <summary>No execution has this ARN.</summary>
    public static ApiException ExecutionDoesNotExist(string arn) => Service("ExecutionDoesNotExist", $"Execution Does Not Exist: '{arn}'");

    /// <summary>An execution of this name exists (closed, or running with another input).</summary>
    public static ApiException ExecutionAlreadyExists(string arn) => Service("ExecutionAlreadyExists", $"Execution Already Exists: '{arn}'");

    /// <summary>A page token that this request did not produce.</summary>
    public static ApiException InvalidToken(string detail) => Service("InvalidToken", $"Invalid Token: '{detail}'");

    /// <summary>No task waits for this task token.</summary>
    public static ApiException TaskDoesNotExist(string detail) => Service("TaskDoesNotExist", $"Task Does Not Exist: '{detail}'");

    /// <summary>The task of this token already ended (answered, timed out or its execution stopped).</summary>
    public static ApiException TaskTimedOut(string detail) => Service("TaskTimedOut", $"Task Timed Out: '{detail}'");

    /// <summary>UpdateStateMachine with nothing to update.</summary>
    public static ApiException MissingRequiredParameter(string detail) => Service("MissingRequiredParameter", detail);

    /// <summary>A tagged resource that does not exist.</summary>
    public static ApiException ResourceNotFound(string arn) =>
        new(ServiceNamespace, "ResourceNotFound", $"Resource not found: '{arn}'", extraFields: JsonObject.Of(("resourceName", arn)));

    /// <summary>More than 50 tags on one resource.</summary>
    public static ApiException TooManyTags(string arn) =>
        new(ServiceNamespace, "TooManyTags", $"Too Many Tags: '{arn}' may have at most {Registry.TagSet.MaxTags} tags", extraFields: JsonObject.Of(("resourceName", arn)));

    /// <summary>A failure of the server itself (a bug): HTTP 500, as AWS's InternalFailure.</summary>
    public static ApiException InternalFailure(string message) => new(ProtocolNamespace, "InternalFailure", message, statusCode: 500);

    private static ApiException Service(string code, string message) => new(ServiceNamespace, code, message);
}
