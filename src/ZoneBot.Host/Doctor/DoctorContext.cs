using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using ZoneBot.Data;
using ZoneBot.Data.Backups;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// What the checks read: the settings as the host would bind them, the clock, and the database, opened so that nothing
/// is created (a missing SQLite file stays missing) and nothing is migrated.
/// </summary>
public sealed class DoctorContext(IConfiguration configuration, TimeProvider time)
{
    public IConfiguration Configuration { get; } = configuration;

    public TimeProvider Time { get; } = time;

    /// <summary>A settings section bound and validated as at the host's start; a section that does not validate is a fail.</summary>
    public T Settings<T>(string section)
        where T : class, new()
    {
        var settings = Configuration.GetSection(section).Get<T>() ?? new T();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), errors, validateAllProperties: true))
        {
            throw new DoctorProblem(
                $"The {section} settings do not validate: {string.Join(" ", errors.Select(error => error.ErrorMessage))}",
                $"Correct them in appsettings.json (or their environment variables, {section}__...); the host refuses to start as they are.");
        }
        return settings;
    }

    public Database Database => new(Settings<DatabaseOptions>(DatabaseOptions.Section));

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath => SqliteFiles.PathOf(Database);

    /// <summary>An open connection to the configured database as it is; a missing SQLite file is a <see cref="DoctorProblem"/>.</summary>
    public async Task<DbConnection> OpenDatabaseAsync(CancellationToken ct)
    {
        var database = Database;
        if (SqliteFiles.PathOf(database) is not { } path)
        {
            return await database.OpenAsync(ct);
        }
        if (!File.Exists(path))
        {
            throw new DoctorProblem(
                $"There is no database file at {path}.",
                "Check Database:ConnectionString; a first start of the host creates and migrates the file, or `db restore --from <backup>` puts one there.");
        }
        var configured = new SqliteConnectionStringBuilder(Configuration[$"{DatabaseOptions.Section}:ConnectionString"] ?? string.Empty);
        return SqliteFiles.Open(path, readOnly: configured.Mode == SqliteOpenMode.ReadOnly);
    }
}
