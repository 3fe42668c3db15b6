using System.Collections.Immutable;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// The process-wide list of <see cref="IScenarioObserver"/>s that scenarios run under xunit
/// notify. Read at each scenario start, so observers registered in <c>[BeforeTestRun]</c> see
/// every scenario.
/// </summary>
public static class ScenarioObservers
{
    private static ImmutableList<IScenarioObserver> registered = [];

    /// <summary>The observers registered now.</summary>
    public static IReadOnlyList<IScenarioObserver> Registered => Volatile.Read(ref registered);

    /// <summary>A live view: enumerating it reads the current registrations.</summary>
    internal static IEnumerable<IScenarioObserver> Live
    {
        get
        {
            foreach (var observer in Registered)
            {
                yield return observer;
            }
        }
    }

    /// <summary>Adds an observer.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A handle whose disposal removes the observer again.</returns>
    public static IDisposable Register(IScenarioObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ImmutableInterlocked.Update(ref registered, list => list.Add(observer));
        return new Registration(observer);
    }

    private sealed class Registration(IScenarioObserver observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ImmutableInterlocked.Update(ref registered, list => list.Remove(observer));
            }
        }
    }
}
