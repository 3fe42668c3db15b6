namespace EventPro.Specs.Engine.States.Choice;

/// <summary>The data-test operators of a Choice rule (ASL spec, "Choice Rules"). The <c>…Path</c> forms compare against a value read from the input.</summary>
public enum ComparisonOperator
{
#pragma warning disable CS1591 // The names are the ASL operator names.
    StringEquals,
    StringLessThan,
    StringGreaterThan,
    StringLessThanEquals,
    StringGreaterThanEquals,
    StringMatches,
    NumericEquals,
    NumericLessThan,
    NumericGreaterThan,
    NumericLessThanEquals,
    NumericGreaterThanEquals,
    BooleanEquals,
    TimestampEquals,
    TimestampLessThan,
    TimestampGreaterThan,
    TimestampLessThanEquals,
    TimestampGreaterThanEquals,
    IsNull,
    IsPresent,
    IsNumeric,
    IsString,
    IsBoolean,
    IsTimestamp,
#pragma warning restore CS1591
}
