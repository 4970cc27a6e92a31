using Xunit.Abstractions;
using Xunit.Sdk;

namespace ZoneBot.Testing;

/// <summary>
/// xunit 2 decides about skipping when it discovers a test, from the attribute alone; these discoverers
/// also look at the test class, whose provider may be missing here.
/// </summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderCheck.Unavailable(DiagnosticMessageSink, discoveryOptions, testMethod) is { } instead
            ? [instead]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ProviderCheck.Unavailable(DiagnosticMessageSink, discoveryOptions, testMethod) is { } instead
            ? [instead]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class ProviderCheck
{
    /// <summary>Null when the test can run; otherwise the one test case that stands for it: skipped, or failed in CI.</summary>
    public static IXunitTestCase? Unavailable(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod)
    {
        var provider = TestProvider.Of(testMethod.TestClass.Class.ToRuntimeType());
        if (provider?.Unavailable is not { } reason)
        {
            return null;
        }
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        return PostgresSetting.InCi
            ? new ExecutionErrorTestCase(sink, display, displayOptions, testMethod, PostgresSetting.MissingInCi)
            : new SkippedTestCase(sink, display, displayOptions, testMethod, reason);
    }
}
