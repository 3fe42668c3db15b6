namespace EventPro.Specs.Harness.WireMock;

/// <summary>Finds the <c>java</c> launcher that runs the WireMock jar.</summary>
public static class JavaLocator
{
    /// <summary>What to install when no Java is found; WireMock 3 needs Java 11 or later.</summary>
    public const string InstallHint =
        "WireMock needs Java 11 or later (Java 17 recommended). Install it (Debian/Ubuntu: "
        + "'apt-get install openjdk-17-jre-headless'; macOS: 'brew install openjdk@17'; Windows: a Temurin 17 JRE) "
        + "or set JAVA_HOME to a JDK/JRE folder.";

    /// <summary>
    /// <c>$JAVA_HOME/bin/java</c> when <c>JAVA_HOME</c> is set, else <c>java</c> on the <c>PATH</c>.
    /// </summary>
    /// <exception cref="WireMockSetupException">No Java found; the message names what to install.</exception>
    public static string Find()
        => Find(Environment.GetEnvironmentVariable("JAVA_HOME"), () => ExecutableSearch.FindOnPath("java"));

    /// <summary>The rule of <see cref="Find()"/> with its inputs passed in, so tests need not change the environment.</summary>
    internal static string Find(string? javaHome, Func<string?> searchPath)
    {
        if (!string.IsNullOrWhiteSpace(javaHome))
        {
            var fromHome = Path.Combine(javaHome, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java");
            if (ExecutableSearch.IsExecutableFile(fromHome))
            {
                return fromHome;
            }

            // A JAVA_HOME that points nowhere is a configuration mistake worth naming, not silently skipping.
            throw new WireMockSetupException($"JAVA_HOME is '{javaHome}' but '{fromHome}' is not an executable file. {InstallHint}");
        }

        return searchPath()
            ?? throw new WireMockSetupException($"No 'java' on the PATH and JAVA_HOME is not set. {InstallHint}");
    }
}
