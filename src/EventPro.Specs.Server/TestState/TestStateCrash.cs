namespace EventPro.Specs.Server.TestState;

/// <summary>An exception that escaped the engine while testing a state.</summary>
internal sealed class TestStateCrash(Exception inner) : Exception(inner.Message, inner);
