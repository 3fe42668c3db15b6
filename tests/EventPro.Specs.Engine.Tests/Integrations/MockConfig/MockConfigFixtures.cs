namespace EventPro.Specs.Engine.Tests.Integrations.MockConfig;

/// <summary>
/// The fixture files: the AWS guide's LambdaSQSIntegration example (written for these tests from the
/// guide's description), and a copy of the benchmark's checkout saga, its mock file and input
/// (shared/bench), so the tests run without the shared folder.
/// </summary>
internal static class MockConfigFixtures
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Integrations", "MockConfig", "Fixtures");

    public static string LambdaSqsDefinition => Path.Combine(Folder, "LambdaSQSIntegration.asl.json");

    public static string LambdaSqsMocks => Path.Combine(Folder, "MockConfigFile.json");

    public static string CheckoutSagaDefinition => Path.Combine(Folder, "CheckoutSaga", "checkout-saga.json");

    public static string CheckoutSagaMocks => Path.Combine(Folder, "CheckoutSaga", "MockConfigFile.json");

    public static string CheckoutSagaInput => Path.Combine(Folder, "CheckoutSaga", "input.json");
}
