namespace EventPro.Specs.Engine.Validation;

/// <summary>
/// The stable codes of definition findings. The engine's reader and the validator use the same
/// codes, so a <see cref="Definition.DefinitionException"/> and a <see cref="Finding"/> for the same
/// mistake carry the same code. Codes are never reused for another meaning.
/// </summary>
public static class AslCodes
{
    /// <summary>The text is not valid JSON (the finding carries the line and column of the problem).</summary>
    public const string InvalidJson = "ASL001";

    /// <summary>The definition (or a branch, processor, state) is not a JSON object.</summary>
    public const string NotAnObject = "ASL002";

    /// <summary>An object has the same key twice; JSON keeps only the last, so the first is silently lost.</summary>
    public const string DuplicateKey = "ASL003";

    /// <summary>A field that no ASL object of this kind has (often a typo).</summary>
    public const string UnknownField = "ASL010";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "ASL011";

    /// <summary>A field has the wrong JSON type.</summary>
    public const string WrongType = "ASL012";

    /// <summary>A field's value is not one of the allowed values, or is out of range.</summary>
    public const string InvalidValue = "ASL013";

    /// <summary>Two fields that cannot be used together (Next and End, Seconds and SecondsPath, ...).</summary>
    public const string ConflictingFields = "ASL014";

    /// <summary>A field of other state types (Result on a Task, Resource on a Pass, ...).</summary>
    public const string FieldOfOtherStateType = "ASL015";

    /// <summary>A JSONPath-only field (InputPath, Parameters, ResultPath, ...Path) in a JSONata state.</summary>
    public const string JsonPathFieldInJsonataState = "ASL016";

    /// <summary>A JSONata-only field (Arguments, Output, Items, Condition) in a JSONPath state.</summary>
    public const string JsonataFieldInJsonPathState = "ASL017";

    /// <summary>A state name that is empty or longer than 80 characters.</summary>
    public const string InvalidStateName = "ASL018";

    /// <summary>An empty States, Choices, ErrorEquals, And or Or.</summary>
    public const string EmptyCollection = "ASL019";

    /// <summary>A state that asks for JSONPath inside a JSONata state machine.</summary>
    public const string QueryLanguageMismatch = "ASL020";

    /// <summary>A Task Resource that is not an ARN.</summary>
    public const string InvalidResource = "ASL021";

    /// <summary>HeartbeatSeconds not smaller than TimeoutSeconds.</summary>
    public const string HeartbeatNotBelowTimeout = "ASL022";

    /// <summary>StartAt names no state of its state machine, branch or item processor.</summary>
    public const string StartAtNotFound = "ASL030";

    /// <summary>A Next, Default or Catch Next names no state.</summary>
    public const string TransitionTargetNotFound = "ASL031";

    /// <summary>A transition leaves its Parallel branch or Map item processor (they are self-contained).</summary>
    public const string TransitionLeavesBranch = "ASL032";

    /// <summary>A state that no path from StartAt reaches.</summary>
    public const string UnreachableState = "ASL033";

    /// <summary>States that loop forever: no path from them reaches a state that ends.</summary>
    public const string NoPathToEnd = "ASL034";

    /// <summary>Two states with the same name in one state machine (names are unique across branches too).</summary>
    public const string DuplicateStateName = "ASL035";

    /// <summary>A Choice rule with no comparison operator (and no And, Or, Not).</summary>
    public const string ChoiceRuleWithoutComparison = "ASL040";

    /// <summary>A Choice rule with more than one comparison operator.</summary>
    public const string ChoiceRuleWithSeveralComparisons = "ASL041";

    /// <summary>A comparison operand of the wrong type (a number for NumericEquals, an RFC 3339 timestamp for TimestampEquals, ...).</summary>
    public const string ComparisonOperandType = "ASL042";

    /// <summary>A Choice state without Default: when no rule matches, the execution fails with States.NoChoiceMatched.</summary>
    public const string ChoiceWithoutDefault = "ASL043";

    /// <summary>Next inside a nested (And, Or, Not) rule: only top-level Choice rules transition.</summary>
    public const string NestedRuleWithNext = "ASL044";

    /// <summary>A Choice rule identical to an earlier one of the same state: it can never be taken.</summary>
    public const string UnreachableChoiceRule = "ASL045";

    /// <summary>States.ALL together with other error names in one ErrorEquals.</summary>
    public const string StatesAllNotAlone = "ASL050";

    /// <summary>A retrier or catcher with States.ALL that is not the last: the ones after it can never run.</summary>
    public const string StatesAllNotLast = "ASL051";

    /// <summary>A retrier whose every error is already matched by earlier retriers.</summary>
    public const string UnreachableRetrier = "ASL052";

    /// <summary>A catcher whose every error is already matched by earlier catchers.</summary>
    public const string UnreachableCatcher = "ASL053";

    /// <summary>An error name that never matches (States.Runtime cannot be retried or caught).</summary>
    public const string NeverMatchingErrorName = "ASL054";

    /// <summary>A JSONPath that does not parse.</summary>
    public const string InvalidPath = "ASL060";

    /// <summary>An intrinsic function call with bad syntax.</summary>
    public const string InvalidIntrinsicCall = "ASL061";

    /// <summary>An intrinsic function that does not exist.</summary>
    public const string UnknownIntrinsicFunction = "ASL062";

    /// <summary>An intrinsic function called with the wrong number of arguments.</summary>
    public const string IntrinsicArgumentCount = "ASL063";

    /// <summary>A ResultPath or ItemsPath that is not a reference path.</summary>
    public const string NotAReferencePath = "ASL064";

    /// <summary>A <c>.$</c> field whose value is not a string.</summary>
    public const string DynamicFieldNotString = "ASL065";

    /// <summary>An intrinsic function where only a path is allowed (InputPath, OutputPath, ResultPath, ItemsPath).</summary>
    public const string IntrinsicNotAllowed = "ASL066";

    /// <summary>A <c>{% %}</c> string in a JSONPath state: it is not evaluated, the text is passed as is.</summary>
    public const string JsonataExpressionInJsonPathState = "ASL067";

    /// <summary>A key ending in <c>.$</c> in a JSONata state: it is not evaluated, the key keeps its suffix.</summary>
    public const string DynamicKeyInJsonataState = "ASL068";

    /// <summary>A path or intrinsic call in a JSONPath template under a key without <c>.$</c>: it is passed as plain text.</summary>
    public const string DynamicValueWithoutSuffix = "ASL069";

    /// <summary>A <c>${name}</c> template placeholder that was never filled.</summary>
    public const string UnfilledPlaceholder = "ASL070";

    /// <summary>A Task without TimeoutSeconds: AWS's default is to wait forever (best practice "use timeouts").</summary>
    public const string TaskWithoutTimeout = "ASL080";

    /// <summary>A Lambda Task without a retrier for Lambda's transient service errors (AWS best practice).</summary>
    public const string LambdaWithoutRetry = "ASL081";

    /// <summary>A <c>.waitForTaskToken</c> Task without HeartbeatSeconds: a lost token blocks the execution until the timeout.</summary>
    public const string CallbackWithoutHeartbeat = "ASL082";

    /// <summary>Valid ASL this engine cannot run yet (JSONata states, Distributed Map). The engine refuses it; the validator does not report it.</summary>
    public const string NotSupportedByEngine = "ASL099";
}
