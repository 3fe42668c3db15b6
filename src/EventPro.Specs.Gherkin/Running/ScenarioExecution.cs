using System.Diagnostics;
using EventPro.Specs.Gherkin.Container;
using EventPro.Specs.Gherkin.Parsing;
using EventPro.Specs.Gherkin.Registry;

namespace EventPro.Specs.Gherkin.Running;

/// <summary>
/// Runs one scenario: a fresh container, before-hooks, the steps in order (a step after a
/// failure, pending step or cancellation is skipped), after-hooks whatever happened, disposal,
/// and the observers' notifications. Nothing is shared with other scenarios except the
/// feature's context.
/// </summary>
internal sealed class ScenarioExecution
{
    private readonly GherkinRunner _runner;
    private readonly CompiledScenario _scenario;
    private readonly ScenarioRunSettings _settings;
    private readonly ScenarioTranscript _transcript;
    private readonly List<ScenarioFailure> _failures = [];
    private readonly List<StepResult> _steps = [];
    private readonly ObjectContainer _container = new();
    private ScenarioContext? _context;
    private string? _pendingReason;

    public ScenarioExecution(GherkinRunner runner, CompiledScenario scenario, ScenarioRunSettings settings)
    {
        _runner = runner;
        _scenario = scenario;
        _settings = settings;
        _transcript = new ScenarioTranscript(settings.Output ?? NullScenarioOutput.Instance);
    }

    private BindingRegistry Bindings => _runner.Bindings;

    private string ScenarioLocation => $"{_scenario.Feature.FilePath}:{_scenario.Scenario.ExampleLine ?? _scenario.Scenario.Line}";

    private bool Stopped => _failures.Count > 0 || _pendingReason is not null;

    public async Task<ScenarioResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var feature = await _runner.EnterFeatureAsync(_scenario.Feature).ConfigureAwait(false);
        var output = _settings.Output ?? NullScenarioOutput.Instance;
        var context = new ScenarioContext(_scenario, feature.Context, _container, output, _settings.CancellationToken);
        _context = context;
        _container.RegisterInstanceAs(context);
        _container.RegisterInstanceAs(feature.Context);
        _container.RegisterInstanceAs(output);
        _settings.ConfigureContainer?.Invoke(_container);

        Notify(observer => observer.ScenarioStarted(context), "ScenarioStarted");
        CheckPreconditions(feature);
        if (!Stopped)
        {
            await RunHooksAsync(HookKind.BeforeScenario, stopAtFirstFailure: true).ConfigureAwait(false);
        }

        foreach (var step in _scenario.AllSteps)
        {
            await RunStepAsync(step).ConfigureAwait(false);
        }

        await RunHooksAsync(HookKind.AfterScenario, stopAtFirstFailure: false).ConfigureAwait(false);
        try
        {
            await _container.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            Fail(new ScenarioFailure(ScenarioLocation, "Disposing the scenario's objects", FailureFormatter.Describe(error), error));
        }

        var status = _failures.Count > 0 ? ScenarioStatus.Failed : _pendingReason is not null ? ScenarioStatus.Pending : ScenarioStatus.Passed;
        context.ScenarioExecutionStatus = status;
        var result = new ScenarioResult(_scenario, status, clock.Elapsed, _steps.ToArray(), _failures.ToArray(), _pendingReason);
        foreach (var failure in Notify(observer => observer.ScenarioFinished(context, result), "ScenarioFinished"))
        {
            result = result.WithFailure(failure);
        }

        return result;
    }

    private void CheckPreconditions(FeatureRun feature)
    {
        if (Bindings.Errors.Count > 0)
        {
            Fail(new ScenarioFailure(ScenarioLocation, "Binding errors", string.Join("\n", Bindings.Errors), null));
        }

        foreach (var failure in _runner.TestRunFailures.Concat(feature.BeforeFeatureFailures))
        {
            Fail(failure with { Location = ScenarioLocation });
        }
    }

    private async Task RunStepAsync(CompiledStep step)
    {
        _transcript.Step(step);
        if (Stopped || _settings.CancellationToken.IsCancellationRequested)
        {
            if (!Stopped)
            {
                Fail(new ScenarioFailure(Location(step), step.ToString(), "The test run was cancelled before this step.", null));
            }

            _transcript.Skipped();
            _steps.Add(new StepResult(step, StepStatus.Skipped, TimeSpan.Zero, null, null));
            return;
        }

        _context!.CurrentStep = step;
        var lookup = StepMatcher.Find(Bindings, step, _scenario.Feature, _scenario.Scenario);
        if (lookup.Match is null)
        {
            RecordLookupFailure(step, lookup);
            return;
        }

        await RunHooksAsync(HookKind.BeforeStep, stopAtFirstFailure: true).ConfigureAwait(false);
        if (Stopped)
        {
            _steps.Add(new StepResult(step, StepStatus.Skipped, TimeSpan.Zero, lookup.Match.Binding.Description, null));
            return;
        }

        await InvokeStepAsync(step, lookup.Match).ConfigureAwait(false);
        await RunHooksAsync(HookKind.AfterStep, stopAtFirstFailure: false).ConfigureAwait(false);
    }

    private async Task InvokeStepAsync(CompiledStep step, StepMatch match)
    {
        var binding = match.Binding;
        var clock = Stopwatch.StartNew();
        object?[] arguments = [];
        try
        {
            arguments = await ConvertArgumentsAsync(step, match).ConfigureAwait(false);
            var target = binding.Method.IsStatic ? null : _container.Resolve(binding.Method.ReflectedType!);
            await BindingInvoker.InvokeAsync(binding.Method, target, arguments).ConfigureAwait(false);
            _transcript.Done(ScenarioTranscript.Call(binding.Description, arguments), clock.Elapsed);
            _steps.Add(new StepResult(step, StepStatus.Passed, clock.Elapsed, binding.Description, null));
        }
        catch (PendingStepException pending)
        {
            _pendingReason = pending.Message;
            _transcript.Pending(pending.Message);
            _steps.Add(new StepResult(step, StepStatus.Pending, clock.Elapsed, binding.Description, pending.Message));
        }
        catch (Exception error)
        {
            var message = FailureFormatter.Describe(error);
            _transcript.Error(message, clock.Elapsed);
            _steps.Add(new StepResult(step, StepStatus.Failed, clock.Elapsed, binding.Description, message));
            Fail(new ScenarioFailure(Location(step), step.ToString(), message, error));
        }
    }

    private async Task<object?[]> ConvertArgumentsAsync(CompiledStep step, StepMatch match)
    {
        var parameters = match.Binding.Method.GetParameters();
        var converter = new ArgumentConverter(Bindings, _container, _scenario.Feature, _scenario.Scenario);
        var values = new object?[parameters.Length];
        for (var i = 0; i < match.Arguments.Count; i++)
        {
            try
            {
                values[i] = await converter.ConvertAsync(match.Arguments[i], parameters[i].ParameterType).ConfigureAwait(false);
            }
            catch (StepArgumentConversionException error)
            {
                throw new StepArgumentConversionException($"Parameter '{parameters[i].Name}' of {match.Binding.Description}: {error.Message}", error);
            }
        }

        var last = parameters.Length - 1;
        if (step.Table is not null)
        {
            values[last] = await converter.ConvertTableAsync(step.Table, parameters[last].ParameterType).ConfigureAwait(false);
        }
        else if (step.DocString is not null)
        {
            values[last] = await converter.ConvertDocStringAsync(step.DocString, parameters[last].ParameterType).ConfigureAwait(false);
        }

        return values;
    }

    private void RecordLookupFailure(CompiledStep step, StepMatchResult lookup)
    {
        string message;
        StepStatus status;
        if (lookup.Ambiguous.Count > 0)
        {
            status = StepStatus.Ambiguous;
            message = "Ambiguous step definitions found for the step. Matching step definitions:\n"
                + string.Join("\n", lookup.Ambiguous.Select(m => "  " + m.Binding));
            _transcript.Ambiguous(message);
        }
        else if (lookup.WrongArity.Count > 0)
        {
            status = StepStatus.Failed;
            var supplied = step.Table is not null ? " plus its data table" : step.DocString is not null ? " plus its doc string" : string.Empty;
            message = "The step matches, but the method's parameters do not fit what the step supplies:\n"
                + string.Join("\n", lookup.WrongArity.Select(m =>
                    $"  {m.Binding} takes {m.Binding.Method.GetParameters().Length} parameter(s); the step supplies {m.Arguments.Count} captured value(s){supplied}."));
            _transcript.Error(message, TimeSpan.Zero);
        }
        else
        {
            status = StepStatus.Undefined;
            message = "No matching step definition found for the step. Use the following code to create one:\n\n"
                + SnippetGenerator.Generate(step);
            if (lookup.OtherKeyword.Count > 0)
            {
                message += "\n\nNote: step definitions for another keyword match this text: "
                    + string.Join("; ", lookup.OtherKeyword.Select(b => b.ToString()));
            }

            _transcript.Undefined(message);
        }

        _steps.Add(new StepResult(step, status, TimeSpan.Zero, null, message));
        Fail(new ScenarioFailure(Location(step), step.ToString(), message, null));
    }

    private async Task RunHooksAsync(HookKind kind, bool stopAtFirstFailure)
    {
        var failures = await HookInvoker.RunAsync(
                Bindings,
                kind,
                _scenario.Feature,
                _scenario.Scenario,
                _container.Resolve,
                _context?.CurrentStep is { } step && kind is HookKind.BeforeStep or HookKind.AfterStep ? Location(step) : ScenarioLocation,
                stopAtFirstFailure)
            .ConfigureAwait(false);
        foreach (var (failure, pending) in failures)
        {
            if (pending)
            {
                _pendingReason ??= failure.Exception!.Message;
                _transcript.Pending($"{failure.Context}: {failure.Exception!.Message}");
                continue;
            }

            _transcript.HookError(failure.Context, failure.Message);
            Fail(failure);
        }
    }

    private void Fail(ScenarioFailure failure)
    {
        _failures.Add(failure);
        if (_context is not null)
        {
            _context.ScenarioExecutionStatus = ScenarioStatus.Failed;
            _context.TestError ??= failure.Exception;
        }
    }

    private List<ScenarioFailure> Notify(Action<IScenarioObserver> notify, string what)
    {
        var failures = new List<ScenarioFailure>();
        foreach (var observer in _runner.Observers)
        {
            try
            {
                notify(observer);
            }
            catch (Exception error)
            {
                var failure = new ScenarioFailure(ScenarioLocation, $"{observer.GetType().Name}.{what}", FailureFormatter.Describe(error), error);
                _transcript.HookError(failure.Context, failure.Message);
                failures.Add(failure);
                if (what == "ScenarioStarted")
                {
                    Fail(failure);
                }
            }
        }

        return failures;
    }

    private string Location(CompiledStep step) => $"{_scenario.Feature.FilePath}:{step.Line}";
}
