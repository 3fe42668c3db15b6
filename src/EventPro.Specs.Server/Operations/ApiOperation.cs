using EventPro.Specs.Engine.Json;
using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>An operation of the API: reads the call, answers the response body or throws <see cref="ApiException"/>.</summary>
public delegate ValueTask<JsonObject> ApiOperation(ApiCall call, ServerState state);
