using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Inspections;

/// <summary>A hazard's photos: when found (the officer's) and when rectified (the firm's).</summary>
internal static class HazardPhotos
{
    public static async Task AddAsync(DbConnection connection, DbTransaction transaction, long hazardId, string stage, IEnumerable<PhotoFile> photos, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO hazard_photos (hazard_id, stage, name, content_type, url) VALUES (@hazardId, @stage, @name, @contentType, @url)
            """;
        foreach (var photo in photos)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, new { hazardId, stage, name = photo.Name, contentType = photo.ContentType, url = photo.Url }, transaction, cancellationToken: ct));
        }
    }
}
