using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ZoneBot.Data.WeCom;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>GET /wecom/media/{id}: an image a WeCom user sent, as the links in tickets point at it. The long random id is the key.</summary>
public static class MediaEndpoints
{
    public static RouteGroupBuilder MapMedia(this RouteGroupBuilder group)
    {
        group.MapGet("/media/{id}", async (string id, HttpResponse response, WeComMedia media, CancellationToken ct) =>
        {
            if (id.Length != 48 || !id.All(char.IsAsciiHexDigitLower) || await media.FindAsync(id, ct) is not { } file)
            {
                return Results.NotFound();
            }
            response.Headers.XContentTypeOptions = "nosniff";
            // Images are shown; anything else is only downloaded, so it cannot run as a page of this site.
            return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
                ? Results.File(file.Content, file.ContentType)
                : Results.File(file.Content, "application/octet-stream", file.Name);
        });
        return group;
    }
}
