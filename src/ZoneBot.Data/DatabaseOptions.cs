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

    /// <summary>
    /// Whether the host may create the SQLite file (or PostgreSQL database) when it is missing at start. Off by default:
    /// a file that went missing must not come back empty and lose every ticket without anyone noticing. The
    /// <c>db migrate</c> and <c>seed demo</c> verbs always create it; so does <c>dotnet run</c>'s Development profile.
    /// </summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>Whether the host loads the fictional demo zone at start into a database with no community yet (Development only, or a demo).</summary>
    public bool SeedDemo { get; set; }
}
