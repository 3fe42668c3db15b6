namespace EventPro.Specs.Reports.CoveragePaths;

/// <summary>What a path proves, judged in this order: how it ends, then whether it catches, then whether it retries.</summary>
public enum PathKind
{
    /// <summary>Ends in success and takes no Retry and no Catch.</summary>
    Happy,

    /// <summary>Ends in success or a caught error and takes a Retry but no Catch.</summary>
    Retry,

    /// <summary>Takes a Catch (and may retry) and ends in success.</summary>
    Compensation,

    /// <summary>Ends in a Fail state or an uncaught error.</summary>
    Failure,
}
