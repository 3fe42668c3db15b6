using System.Globalization;
using EventPro.Specs.Engine.Integrations;
using EventPro.Specs.Engine.Json;

namespace EventPro.Specs.Harness.Chaos;

/// <summary>
/// One fault done to one Task call: what a strategy decided and what a reproducer pins. Applying it
/// either answers the call (a failure, a different result) or delays it and lets the task's usual
/// backend answer, so a replay of the same faults runs the same execution.
/// </summary>
public abstract record FaultInjection
{
    /// <summary>Applies the fault; null lets the next backend answer the call (after any delay).</summary>
    public abstract ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation);

    /// <summary>The fault in a few words, e.g. <c>fails with "States.TaskFailed"</c>.</summary>
    public abstract string Describe();

    /// <summary>The call fails with an ASL error and cause.</summary>
    /// <param name="Error">The error name, e.g. <c>Lambda.ServiceException</c>.</param>
    /// <param name="Cause">The cause, or null.</param>
    public sealed record Fail(string Error, string? Cause) : FaultInjection
    {
        /// <inheritdoc />
        public override ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation) => ValueTask.FromResult<TaskOutcome?>(TaskOutcome.Failure(Error, Cause));

        /// <inheritdoc />
        public override string Describe() => Cause is null ? $"fails with \"{Error}\"" : $"fails with \"{Error}\" and cause \"{Cause}\"";
    }

    /// <summary>
    /// The call takes <paramref name="Delay"/> longer in the execution's time (it is slow to reach the
    /// service), then the task's backend answers. A delay that reaches the state's TimeoutSeconds
    /// times the attempt out first (States.Timeout) and the call never reaches the service: the fakes
    /// see nothing, as with a request Step Functions stopped waiting for before it was sent.
    /// </summary>
    /// <param name="Delay">The extra time.</param>
    public sealed record Slow(TimeSpan Delay) : FaultInjection
    {
        /// <inheritdoc />
        public override async ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation)
        {
            ArgumentNullException.ThrowIfNull(invocation);
            var outlasts = Mocks.TaskBehaviour.Delays.OutlastsTimeout(Delay, invocation);
            await Task.Delay(Mocks.TaskBehaviour.Delays.Effective(Delay, outlasts), invocation.Clock, invocation.Cancellation);
            return outlasts
                ? TaskOutcome.Failure(Engine.Errors.StatesErrors.Timeout, "The call was slower than the state's TimeoutSeconds and never reached the service.")
                : null;
        }

        /// <inheritdoc />
        public override string Describe() => $"takes {Delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds";
    }

    /// <summary>
    /// The call takes <paramref name="Delay"/> longer, then gets <paramref name="Then"/> (a gateway that is
    /// slow and then fails): a latency strategy composes with the fault strategy after it, as Polly's
    /// chaos strategies do in one pipeline. A delay that reaches TimeoutSeconds times out first.
    /// </summary>
    /// <param name="Delay">The extra time.</param>
    /// <param name="Then">The fault after the delay (a failure or a different result).</param>
    public sealed record SlowThen(TimeSpan Delay, FaultInjection Then) : FaultInjection
    {
        /// <inheritdoc />
        public override async ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation)
        {
            ArgumentNullException.ThrowIfNull(invocation);
            var slow = await new Slow(Delay).ApplyAsync(invocation);
            return slow ?? await Then.ApplyAsync(invocation);
        }

        /// <inheritdoc />
        public override string Describe() => $"{new Slow(Delay).Describe()} and then {Then.Describe()}";
    }

    /// <summary>The call answers <paramref name="Result"/> instead of what the service would (a malformed or partial result); the service is not called.</summary>
    /// <param name="Result">The result.</param>
    public sealed record Answer(JsonValue Result) : FaultInjection
    {
        /// <inheritdoc />
        public override ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation) => ValueTask.FromResult<TaskOutcome?>(TaskOutcome.Success(Result));

        /// <inheritdoc />
        public override string Describe() => $"returns {Result.ToJson()}";
    }

    /// <summary>
    /// The call goes to the real HTTP fake, which answers it (this call only) with <paramref name="Fault"/>
    /// instead of its mapping: a one-shot stub in the scenario's WireMock scope, matched by the next
    /// request of the scope. Campaigns with transport faults run one execution at a time.
    /// </summary>
    /// <param name="Fault">What the fake answers.</param>
    /// <param name="Scope">The WireMock scope the task backends call.</param>
    public sealed record Transport(TransportFault Fault, Func<WireMock.WireMockScope> Scope) : FaultInjection
    {
        private static int stubs;

        /// <inheritdoc />
        public override async ValueTask<TaskOutcome?> ApplyAsync(TaskInvocation invocation)
        {
            ArgumentNullException.ThrowIfNull(invocation);
            var scope = Scope();
            var name = $"chaos-{scope.Id}-{Interlocked.Increment(ref stubs).ToString(CultureInfo.InvariantCulture)}";
            var stub = WireMock.WireMockStub.Given(WireMock.WireMockRequest.Create().UsingAnyMethod().WithUrlMatching(".*"))
                .RespondWith(Fault.ToResponse())
                .WithPriority(1)
                .InScenario(name)
                .WhenStateIs(WireMock.WireMockScenario.StartedState)
                .WillSetStateTo("spent");
            using (invocation.BeginOutsideWork())
            {
                await scope.StubAsync(stub, invocation.Cancellation);
            }

            return null;
        }

        /// <inheritdoc />
        public override string Describe() => Fault.Describe();

        /// <inheritdoc />
        public bool Equals(Transport? other) => other is not null && other.Fault.Equals(Fault);

        /// <inheritdoc />
        public override int GetHashCode() => Fault.GetHashCode();
    }
}
