using EventPro.Specs.Engine.Definition;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;
using EventPro.Specs.Engine.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EventPro.Specs.Engine.Tests.Validation;

/// <summary>
/// Random mutations of valid definitions: each one is either refused with an error finding, or
/// stays valid and runs through the engine without a .NET exception. The validator itself never
/// throws, and it reports every problem the engine's loading refuses.
/// </summary>
public sealed class DefinitionValidatorMutationTests
{
    private static readonly JsonValue Input = JsonValue.Parse("""{"a":1,"items":[1,2],"total":150,"vip":false,"done":true,"at":"2026-01-01T00:00:00Z","deadline":"2027-01-01T00:00:00Z"}""");

    private static readonly JsonValue[] Seeds =
    [
        JsonValue.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Locate(), "definitions", "eventpro-checkout.asl.json"))),
        JsonValue.Parse("""
            { "StartAt": "Route", "States": {
              "Route": { "Type": "Choice", "Choices": [
                  { "And": [ { "Variable": "$.total", "NumericGreaterThan": 100 }, { "Not": { "Variable": "$.vip", "BooleanEquals": true } } ], "Next": "Pause" },
                  { "Variable": "$.at", "TimestampLessThanPath": "$.deadline", "Next": "Fan" } ],
                "Default": "Done" },
              "Pause": { "Type": "Wait", "Seconds": 5, "Next": "Fan" },
              "Fan": { "Type": "Parallel", "ResultPath": "$.fan", "Next": "Each",
                "Branches": [ { "StartAt": "B1", "States": { "B1": { "Type": "Pass", "Parameters": { "n.$": "States.ArrayLength($.items)" }, "End": true } } } ] },
              "Each": { "Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1, "ResultPath": "$.each", "Next": "Call",
                "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Pass", "Result": { "ok": true }, "End": true } } } },
              "Call": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5,
                "Retry": [ { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2 } ],
                "Catch": [ { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed" } ], "Next": "Done" },
              "Done": { "Type": "Succeed" },
              "Failed": { "Type": "Fail", "Error": "Call.Failed", "CausePath": "$.error.Cause" } } }
            """),
        JsonValue.Parse("""
            { "StartAt": "Check", "States": {
              "Check": { "Type": "Choice", "Choices": [ { "Variable": "$.done", "BooleanEquals": true, "Next": "Done" } ], "Default": "Sleep" },
              "Sleep": { "Type": "Wait", "SecondsPath": "$.a", "Next": "Check" },
              "Done": { "Type": "Pass", "Assign": { "count.$": "$.a" }, "OutputPath": "$.items", "End": true } } }
            """),
        JsonValue.Parse("""
            { "QueryLanguage": "JSONata", "StartAt": "P", "States": {
              "P": { "Type": "Pass", "Output": "{% $states.input %}", "Next": "C" },
              "C": { "Type": "Choice", "Choices": [ { "Condition": "{% $states.input.a = 1 %}", "Next": "D" } ], "Default": "D" },
              "D": { "Type": "Succeed" } } }
            """),
    ];

    [Fact]
    public void Validate_MutatedDefinition_IsRefusedWithAnErrorOrRunsCleanly()
    {
        var mutations = Gen.Choose(0, Seeds.Length - 1)
            .SelectMany(_ => Gen.Choose(0, 4), (seed, kind) => (seed, kind))
            .SelectMany(_ => Gen.Choose(0, 1000), (t, site) => (t.seed, t.kind, site))
            .SelectMany(_ => Gen.Choose(0, 100), (t, pick) => (t.seed, Mutation: new DefinitionMutation(t.kind, t.site, pick)))
            .SelectMany(_ => Gen.Choose(0, 1), (t, twice) => (t.seed, t.Mutation, Second: twice == 1 ? t.Mutation with { Site = t.Mutation.Site + 7, Kind = t.Mutation.Kind + 2 } : null))
            .ToArbitrary();

        var property = Prop.ForAll(mutations, m =>
        {
            var mutated = m.Mutation.Apply(Seeds[m.seed]);
            if (m.Second is not null)
            {
                mutated = m.Second.Apply(mutated);
            }

            CheckMutant(mutated.ToIndentedJson());
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
    }

    private static void CheckMutant(string text)
    {
        var errors = DefinitionValidator.Validate(text, "mutant.json").Where(f => f.IsError).ToList();

        StateMachine? machine = null;
        try
        {
            machine = StateMachine.Parse(text, "mutant.json");
        }
        catch (DefinitionException refused) when (refused.Code == AslCodes.NotSupportedByEngine)
        {
            return;
        }
        catch (DefinitionException refused)
        {
            Assert.True(
                errors.Any(e => e.Code == refused.Code && e.Pointer == refused.Pointer),
                $"the engine refused ({refused.Code} {refused.Pointer}: {refused.Reason}) but the validator reported:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{text}");
            return;
        }

        if (errors.Count > 0)
        {
            return;
        }

        var backend = new InProcessTaskBackend().ForResource("arn:aws:states:::lambda:invoke", _ => JsonValue.Parse("""{"Payload":{"ok":true}}"""));
        var result = new StepFunctionsEngine(backend).Execute(machine, Input, new ExecutionOptions { Name = "mutant" });
        Assert.NotEqual(ExecutionStatus.Running, result.Status);
    }
}
