using System.Text;
using EventPro.Specs.Engine;
using EventPro.Specs.Engine.Errors;
using EventPro.Specs.Engine.Execution;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Reports.Tests;

/// <summary>Definitions with tricky shapes, and a way to run them on the engine.</summary>
internal static class Definitions
{
    /// <summary>Reserve (retries timeouts) then pay (retries throttling, catches everything into ReleaseSeat, which ends in Fail).</summary>
    public const string Checkout = """
        {
          "StartAt": "ReserveSeat",
          "States": {
            "ReserveSeat": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "ProcessPayment",
              "Retry": [ { "ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 2 } ]
            },
            "ProcessPayment": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Confirm",
              "Retry": [ { "ErrorEquals": ["Payment.Throttled"], "IntervalSeconds": 1, "MaxAttempts": 3 } ],
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "ReleaseSeat", "ResultPath": "$.error" } ]
            },
            "ReleaseSeat": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "PaymentFailed" },
            "PaymentFailed": { "Type": "Fail", "Error": "PaymentFailed", "Cause": "The card was declined" },
            "Confirm": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>A poll loop: Check, then Choice back to Wait until done; two rules share the target Done.</summary>
    public const string PollLoop = """
        {
          "StartAt": "Check",
          "States": {
            "Check": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "IsDone" },
            "IsDone": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.status", "StringEquals": "done", "Next": "Done" },
                { "Variable": "$.status", "StringEquals": "skipped", "Next": "Done" }
              ],
              "Default": "Pause"
            },
            "Pause": { "Type": "Wait", "Seconds": 5, "Next": "Check" },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>A Map whose item processor holds a Parallel with two branches that both start with a state named Notify.</summary>
    public const string MapOfParallel = """
        {
          "StartAt": "ForEachSeat",
          "States": {
            "ForEachSeat": {
              "Type": "Map", "ItemsPath": "$.seats", "End": true,
              "ItemProcessor": {
                "StartAt": "Fanout",
                "States": {
                  "Fanout": {
                    "Type": "Parallel", "End": true,
                    "Branches": [
                      { "StartAt": "Notify", "States": { "Notify": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true } } },
                      { "StartAt": "Notify", "States": { "Notify": { "Type": "Pass", "Next": "Log" }, "Log": { "Type": "Pass", "End": true } } }
                    ]
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>Two tasks whose catchers share one handler.</summary>
    public const string SharedHandler = """
        {
          "StartAt": "A",
          "States": {
            "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B",
                   "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Handle" } ] },
            "B": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                   "Catch": [ { "ErrorEquals": ["Custom.Error"], "Next": "Handle" }, { "ErrorEquals": ["States.ALL"], "Next": "Handle" } ] },
            "Handle": { "Type": "Pass", "End": true }
          }
        }
        """;

    /// <summary>A chain of <paramref name="choices"/> Choice states, each with two ways to the next: 2^n paths.</summary>
    public static string Diamonds(int choices)
    {
        var states = new StringBuilder();
        for (var i = 0; i < choices; i++)
        {
            var next = i + 1 < choices ? $"C{i + 1}" : "Done";
            states.Append($$"""
                "C{{i}}": { "Type": "Choice", "Choices": [ { "Variable": "$.x{{i}}", "BooleanEquals": true, "Next": "L{{i}}" } ], "Default": "R{{i}}" },
                "L{{i}}": { "Type": "Pass", "Next": "{{next}}" },
                "R{{i}}": { "Type": "Pass", "Next": "{{next}}" },
                """);
        }

        return $$"""{ "StartAt": "C0", "States": { {{states}} "Done": { "Type": "Succeed" } } }""";
    }

    /// <summary>Runs <paramref name="machine"/> with Task states answered by <paramref name="backend"/>.</summary>
    public static ExecutionResult Run(StateMachine machine, string input, InProcessTaskBackend backend) =>
        new StepFunctionsEngine(backend).Execute(machine, JsonValue.Parse(input));

    /// <summary>A backend answering every state in <paramref name="names"/> with <c>{}</c>.</summary>
    public static InProcessTaskBackend Succeeding(params string[] names)
    {
        var backend = new InProcessTaskBackend();
        foreach (var name in names)
        {
            backend.ForState(name, _ => JsonValue.Parse("{}"));
        }

        return backend;
    }

    /// <summary>A handler that fails with <paramref name="error"/> the first <paramref name="failures"/> times, then returns <c>{}</c>.</summary>
    public static Func<TaskInvocation, JsonValue> FailTimes(int failures, string error)
    {
        var calls = 0;
        return _ => Interlocked.Increment(ref calls) <= failures ? throw new StatesException(error, "injected") : JsonValue.Parse("{}");
    }

    /// <summary>Parses a definition.</summary>
    public static StateMachine Parse(string json, string file = "checkout.asl.json") => StateMachine.Parse(json, file);
}
