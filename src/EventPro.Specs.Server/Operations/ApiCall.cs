using EventPro.Specs.Server.Protocol;

namespace EventPro.Specs.Server.Operations;

/// <summary>One API request as an operation sees it.</summary>
/// <param name="Fields">The request body's members.</param>
/// <param name="Region">The region of new ARNs: the one the request was signed for, or the server's.</param>
/// <param name="Account">The account of new ARNs.</param>
/// <param name="Aborted">Cancelled when the client goes away.</param>
public sealed record ApiCall(RequestFields Fields, string Region, string Account, CancellationToken Aborted);
