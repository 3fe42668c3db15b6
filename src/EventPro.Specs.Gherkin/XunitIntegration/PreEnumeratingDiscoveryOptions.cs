using Xunit.Sdk;

namespace EventPro.Specs.Gherkin;

/// <summary>
/// Discovery options that always pre-enumerate theory data. xunit.v3 does not pre-enumerate by
/// default (<c>preEnumerateTheories</c> is off), which would collapse every scenario into one
/// test case; the Gherkin discoverer needs one test case per scenario to show each in test
/// explorers, filter by tag and run scenarios in parallel.
/// </summary>
internal sealed class PreEnumeratingDiscoveryOptions(ITestFrameworkDiscoveryOptions inner) : ITestFrameworkDiscoveryOptions
{
    // The option name xunit.v3 reads for PreEnumerateTheories (TestOptionsNames.Discovery).
    private const string PreEnumerateTheories = "xunit.discovery.PreEnumerateTheories";

    public TValue? GetValue<TValue>(string name) =>
        name == PreEnumerateTheories && (typeof(TValue) == typeof(bool?) || typeof(TValue) == typeof(bool))
            ? (TValue)(object)true
            : inner.GetValue<TValue>(name);

    public void SetValue<TValue>(string name, TValue value) => inner.SetValue(name, value);

    public string ToJson() => inner.ToJson();
}
