using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Data;

/// <summary>Where ZoneBot keeps its data: the <c>Database</c> section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>sqlite (one file, the default, for one instance) or postgres (for several instances over one database).</summary>
    [Required]
    public string Provider { get; set; } = "sqlite";

    /// <summary>For SQLite, e.g. <c>Data Source=data/zonebot.db</c>; a relative path is relative to
    /// the working directory, and its folder is created when missing. For PostgreSQL, Npgsql's form, e.g.
    /// <c>Host=localhost;Port=5432;Database=zonebot;Username=zonebot;Password=...</c>; a missing database is created.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/zonebot.db";
}
