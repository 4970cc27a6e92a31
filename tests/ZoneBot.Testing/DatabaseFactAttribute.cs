using Xunit.Sdk;

namespace ZoneBot.Testing;

/// <summary>
/// A fact of a test suite written over a <see cref="TestProvider"/>: it runs on the provider of the
/// concrete test class, and is skipped with the reason when that provider is not available here.
/// </summary>
[XunitTestCaseDiscoverer("ZoneBot.Testing.DatabaseFactDiscoverer", "ZoneBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>The theory counterpart of <see cref="DatabaseFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("ZoneBot.Testing.DatabaseTheoryDiscoverer", "ZoneBot.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;
