namespace EventPro.Specs.Engine.Jsonata;

/// <summary>
/// Thrown when an expression evaluates to something that has no JSON form: a function
/// (lambda, built-in or partial application), alone or inside an array or object. AWS Step
/// Functions reports this as "The JSONata expression '...' specified for the field '...' returned
/// an unsupported result type." (recorded for <c>$fn := function($x){$x}</c>), so the state runner
/// needs to tell it apart from evaluation errors.
/// </summary>
public sealed class JsonataUnsupportedResultException : JsonataException
{
    /// <summary>The code used for this condition; it is not one of JSONata's own codes.</summary>
    public const string UnsupportedResultCode = "UnsupportedResult";

    /// <summary>Creates the error.</summary>
    public JsonataUnsupportedResultException()
        : base(UnsupportedResultCode, "The expression returned a function, which has no JSON representation.")
    {
    }
}
