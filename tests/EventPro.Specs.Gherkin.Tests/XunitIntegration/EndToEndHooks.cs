namespace EventPro.Specs.Gherkin.Tests.XunitIntegration;

/// <summary>
/// Hooks of the end-to-end run. The after-run hook checks the life cycle really happened once:
/// if it throws, xunit reports an assembly cleanup failure and the run fails.
/// </summary>
[Binding]
public sealed class EndToEndHooks(EndToEndBasket basket, ScenarioContext scenario)
{
    public const string PricingKey = "pricing-hook";
    public const string PreparedKey = "prepared";

    private static int beforeTestRun;
    private static int afterFeature;
    private static IDisposable? observerRegistration;
    private static readonly CountingObserver Observer = new();

    [BeforeTestRun]
    public static void StartRun()
    {
        Interlocked.Increment(ref beforeTestRun);
        observerRegistration = ScenarioObservers.Register(Observer);
    }

    [BeforeFeature("e2e")]
    public static void PrepareFeature(FeatureContext feature) => feature.Set(feature.FeatureInfo.Title, PreparedKey);

    [BeforeScenario("pricing", Order = 1)]
    public void MarkPricing() => scenario.Set(true, PricingKey);

    [AfterScenario]
    public void BasketIsStillAlive() => Assert.False(basket.Disposed, "the container disposed the basket before the after-hooks ran");

    [AfterFeature]
    public static void FinishFeature() => Interlocked.Increment(ref afterFeature);

    [AfterTestRun]
    public static void FinishRun()
    {
        observerRegistration?.Dispose();
        if (beforeTestRun != 1)
        {
            throw new InvalidOperationException($"[BeforeTestRun] ran {beforeTestRun} times.");
        }

        if (Observer.Started != Observer.Finished)
        {
            throw new InvalidOperationException($"The observer saw {Observer.Started} scenarios start but {Observer.Finished} finish.");
        }

        if (Observer.Started > 0 && afterFeature != 1)
        {
            throw new InvalidOperationException($"[AfterFeature] ran {afterFeature} times for one feature.");
        }
    }

    private sealed class CountingObserver : IScenarioObserver
    {
        private int _started;
        private int _finished;

        public int Started => Volatile.Read(ref _started);

        public int Finished => Volatile.Read(ref _finished);

        public void ScenarioStarted(ScenarioContext context) => Interlocked.Increment(ref _started);

        public void ScenarioFinished(ScenarioContext context, ScenarioResult result)
        {
            Assert.Contains(result.Status, new[] { ScenarioStatus.Passed, ScenarioStatus.Pending });
            Interlocked.Increment(ref _finished);
        }
    }
}
