using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Paths;

namespace EventPro.Specs.Engine.Intrinsics;

/// <summary>A compiled intrinsic call, e.g. <c>States.Format('Hello {}', $.name)</c>: parsed once, evaluated many times.</summary>
public sealed class IntrinsicCall
{
    private readonly IntrinsicArgument[] _arguments;

    internal IntrinsicCall(IntrinsicFunction function, IntrinsicArgument[] arguments, string text)
    {
        Function = function;
        _arguments = arguments;
        Text = text;
    }

    /// <summary>The function called.</summary>
    public IntrinsicFunction Function { get; }

    /// <summary>The arguments as written.</summary>
    public IReadOnlyList<IntrinsicArgument> Arguments => _arguments;

    /// <summary>The call as written.</summary>
    public string Text { get; }

    /// <summary>Compiles an intrinsic call; throws <see cref="IntrinsicSyntaxException"/> on a definition error.</summary>
    public static IntrinsicCall Parse(string text) => IntrinsicParser.Parse(text);

    /// <summary>
    /// Evaluates the call. Returns false, with the path that found nothing, when a path argument
    /// selects nothing (the caller reports it as AWS does for the field); throws States.IntrinsicFailure
    /// when the function refuses its arguments.
    /// </summary>
    internal bool TryEvaluate(JsonValue input, IEvaluationContext context, out JsonValue value, out PathExpression? missing)
    {
        var values = new JsonValue[_arguments.Length];
        for (var i = 0; i < _arguments.Length; i++)
        {
            JsonValue? argument;
            switch (_arguments[i])
            {
                case LiteralArgument literal:
                    argument = literal.Value;
                    break;
                case PathArgument path:
                    argument = path.Path.Evaluate(input, context);
                    if (argument is null)
                    {
                        value = JsonNull.Instance;
                        missing = path.Path;
                        return false;
                    }

                    break;
                default:
                    if (!((CallArgument)_arguments[i]).Call.TryEvaluate(input, context, out var nested, out missing))
                    {
                        value = JsonNull.Instance;
                        return false;
                    }

                    argument = nested;
                    break;
            }

            var parameter = Function.ParameterFor(i);
            if (!Accepts(parameter.Type, argument))
            {
                throw IntrinsicErrors.WrongType(Function, parameter.Name, parameter.Type, argument);
            }

            values[i] = argument;
        }

        value = Function.Invoke(new IntrinsicInvocation(Function, values, _arguments, context));
        missing = null;
        return true;
    }

    private static bool Accepts(IntrinsicArgumentType type, JsonValue value) => value.Kind switch
    {
        JsonKind.String => type.HasFlag(IntrinsicArgumentType.String),
        JsonKind.Number => type.HasFlag(IntrinsicArgumentType.Number),
        JsonKind.Boolean => type.HasFlag(IntrinsicArgumentType.Boolean),
        JsonKind.Null => type.HasFlag(IntrinsicArgumentType.Null),
        JsonKind.Array => type.HasFlag(IntrinsicArgumentType.Array),
        _ => type.HasFlag(IntrinsicArgumentType.Object),
    };

    /// <inheritdoc />
    public override string ToString() => Text;
}
