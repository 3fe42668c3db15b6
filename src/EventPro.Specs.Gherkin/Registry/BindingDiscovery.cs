using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EventPro.Specs.Gherkin.Expressions;
using EventPro.Specs.Gherkin.Running;
using EventPro.Specs.Gherkin.Tags;

namespace EventPro.Specs.Gherkin.Registry;

/// <summary>
/// Reads binding classes by reflection into step definitions, hooks and transformations, and
/// collects binding errors (bad expressions, non-static run-level hooks, <c>async void</c>)
/// instead of throwing, so they can be reported on every scenario as Reqnroll does.
/// </summary>
internal sealed class BindingDiscovery
{
    private const BindingFlags Methods = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    private readonly List<StepDefinitionBinding> _steps = [];
    private readonly List<HookBinding> _hooks = [];
    private readonly List<ArgumentTransformationBinding> _transformations = [];
    private readonly List<string> _errors = [];

    /// <summary>Reads the given classes.</summary>
    /// <param name="types">The binding classes.</param>
    /// <returns>The registry.</returns>
    public static BindingRegistry Discover(IEnumerable<Type> types)
    {
        var discovery = new BindingDiscovery();
        var ordered = types.Distinct().Where(t => t.IsClass && !t.IsGenericTypeDefinition).ToArray();

        // Transformations first: they define the parameter types step expressions may name.
        foreach (var type in ordered)
        {
            discovery.ReadTransformations(type);
        }

        var parameterTypes = new ParameterTypeRegistry(discovery._transformations);
        foreach (var type in ordered)
        {
            discovery.ReadStepsAndHooks(type, parameterTypes);
        }

        return new BindingRegistry(discovery._steps, discovery._hooks, discovery._transformations, parameterTypes, discovery._errors);
    }

    private void ReadTransformations(Type type)
    {
        var classScopes = Scopes(type);
        foreach (var method in type.GetMethods(Methods))
        {
            foreach (var attribute in method.GetCustomAttributes<StepArgumentTransformationAttribute>())
            {
                if (!CheckCallable(method, type, "[StepArgumentTransformation]"))
                {
                    continue;
                }

                var returnType = BindingInvoker.ResultType(method);
                if (returnType is null)
                {
                    _errors.Add($"[StepArgumentTransformation] {Describe(method)} returns nothing; it must return the converted value.");
                    continue;
                }

                var parameters = method.GetParameters();
                var input = parameters.Length == 1 && parameters[0].ParameterType == typeof(DataTable) ? TransformationInput.Table
                    : parameters.Length == 1 && parameters[0].ParameterType == typeof(DocString) ? TransformationInput.DocString
                    : TransformationInput.Text;
                if (input == TransformationInput.Text && !CheckTextTransformation(method, attribute.Regex))
                {
                    continue;
                }

                _transformations.Add(new ArgumentTransformationBinding(method, Effective(classScopes, Scopes(method)), attribute.Regex, attribute.Name, input, returnType));
            }
        }
    }

    private bool CheckTextTransformation(MethodInfo method, string? regex)
    {
        int groups;
        try
        {
            groups = regex is null ? 0 : new Regex(regex).GetGroupNumbers().Length - 1;
        }
        catch (ArgumentException error)
        {
            _errors.Add($"[StepArgumentTransformation] {Describe(method)} has an invalid regular expression \"{regex}\": {error.Message}");
            return false;
        }

        var parameters = method.GetParameters();
        if (parameters.Length != Math.Max(1, groups) || parameters.Any(p => p.ParameterType != typeof(string)))
        {
            _errors.Add($"[StepArgumentTransformation] {Describe(method)} must take {Math.Max(1, groups)} string parameter(s), one per capture group of \"{regex}\" (or the whole text when it has none).");
            return false;
        }

        return true;
    }

    private void ReadStepsAndHooks(Type type, ParameterTypeRegistry parameterTypes)
    {
        var classScopes = Scopes(type);
        foreach (var method in type.GetMethods(Methods))
        {
            var scopes = Effective(classScopes, Scopes(method));
            foreach (var attribute in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
            {
                if (!CheckCallable(method, type, $"[{attribute.Types[0]}(\"{attribute.Expression}\")]"))
                {
                    continue;
                }

                try
                {
                    var parameterTypesOfMethod = method.GetParameters().Select(p => p.ParameterType).ToArray();
                    var pattern = StepPatternFactory.Create(attribute.Expression, parameterTypes, parameterTypesOfMethod);
                    _steps.Add(new StepDefinitionBinding(method, scopes, attribute.Types, pattern));
                }
                catch (StepPatternException error)
                {
                    _errors.Add($"{Describe(method)}: {error.Message}");
                }
            }

            foreach (var attribute in method.GetCustomAttributes<HookAttribute>())
            {
                ReadHook(type, method, scopes, attribute);
            }
        }
    }

    private void ReadHook(Type type, MethodInfo method, BindingScope[] scopes, HookAttribute attribute)
    {
        var kind = attribute switch
        {
            BeforeTestRunAttribute => HookKind.BeforeTestRun,
            AfterTestRunAttribute => HookKind.AfterTestRun,
            BeforeFeatureAttribute => HookKind.BeforeFeature,
            AfterFeatureAttribute => HookKind.AfterFeature,
            BeforeScenarioAttribute => HookKind.BeforeScenario,
            AfterScenarioAttribute => HookKind.AfterScenario,
            BeforeStepAttribute => HookKind.BeforeStep,
            _ => HookKind.AfterStep,
        };
        if (!CheckCallable(method, type, $"[{kind}]"))
        {
            return;
        }

        // Run- and feature-level hooks have no scenario container to create an instance in.
        if (kind is HookKind.BeforeTestRun or HookKind.AfterTestRun or HookKind.BeforeFeature or HookKind.AfterFeature && !method.IsStatic)
        {
            _errors.Add($"[{kind}] {Describe(method)} must be static.");
            return;
        }

        var filters = new List<TagExpression>();
        foreach (var tag in attribute.Tags)
        {
            try
            {
                filters.Add(TagExpression.Parse(tag));
            }
            catch (FormatException error)
            {
                _errors.Add($"[{kind}] {Describe(method)}: {error.Message}");
                return;
            }
        }

        _hooks.Add(new HookBinding(method, scopes, kind, attribute.Order, filters));
    }

    private bool CheckCallable(MethodInfo method, Type type, string what)
    {
        if (method.ReturnType == typeof(void) && method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            _errors.Add($"{what} {Describe(method)} is 'async void'; make it return Task so failures are not lost.");
            return false;
        }

        if (method.IsGenericMethodDefinition)
        {
            _errors.Add($"{what} {Describe(method)} is generic; binding methods cannot be.");
            return false;
        }

        if (!method.IsStatic && type.IsAbstract)
        {
            _errors.Add($"{what} {Describe(method)} is an instance method of the abstract class {type.Name}, which cannot be created.");
            return false;
        }

        return true;
    }

    private BindingScope[] Scopes(MemberInfo member)
    {
        var scopes = new List<BindingScope>();
        foreach (var scope in member.GetCustomAttributes<ScopeAttribute>())
        {
            try
            {
                scopes.Add(new BindingScope(scope.Tag is null ? null : TagExpression.Parse(scope.Tag), scope.Feature, scope.Scenario));
            }
            catch (FormatException error)
            {
                _errors.Add($"[Scope] on {member.Name}: {error.Message}");
            }
        }

        return scopes.ToArray();
    }

    // A method's own [Scope] replaces its class's, as in Reqnroll.
    private static BindingScope[] Effective(BindingScope[] classScopes, BindingScope[] methodScopes) =>
        methodScopes.Length > 0 ? methodScopes : classScopes;

    private static string Describe(MethodInfo method) => $"{method.DeclaringType?.Name}.{method.Name}";
}
