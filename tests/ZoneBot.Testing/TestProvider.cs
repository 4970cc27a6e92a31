namespace ZoneBot.Testing;

/// <summary>
/// A database the data tests run on, as in Dapper's TestBase: one test suite is written once as a generic
/// class over <c>TProvider</c> and run by one small subclass per provider.
/// </summary>
public abstract class TestProvider
{
    /// <summary>The name ZoneBot's settings use for it (Database:Provider).</summary>
    public abstract string Name { get; }

    /// <summary>Null when tests can run on it here; otherwise why not.</summary>
    public abstract string? Unavailable { get; }

    /// <summary>The names of the tables of the schema ZoneBot uses (catalogs differ).</summary>
    public abstract string SelectTableNames { get; }

    /// <summary>The names of the indexes of the table named by @table.</summary>
    public abstract string SelectIndexNames { get; }

    /// <summary>A fresh, empty database of its own, deleted when disposed.</summary>
    public abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>The provider a test class runs on: the <see cref="TestProvider"/> among its base classes' type arguments.</summary>
    public static TestProvider? Of(Type testClass)
    {
        for (var type = testClass; type is not null; type = type.BaseType)
        {
            if (ProviderArgument(type) is { } argument)
            {
                return (TestProvider)Activator.CreateInstance(argument)!;
            }
        }
        // A class that is not generic itself but takes a fixture of one provider (IClassFixture<MigratedDatabase<PostgresProvider>>).
        var fixture = testClass.GetInterfaces()
            .Where(contract => contract.IsGenericType)
            .SelectMany(contract => contract.GetGenericArguments())
            .Select(ProviderArgument)
            .FirstOrDefault(argument => argument is not null);
        return fixture is null ? null : (TestProvider)Activator.CreateInstance(fixture)!;
    }

    private static Type? ProviderArgument(Type type) =>
        type.IsGenericType
            ? type.GetGenericArguments().FirstOrDefault(argument => typeof(TestProvider).IsAssignableFrom(argument) && !argument.IsAbstract)
            : null;
}
