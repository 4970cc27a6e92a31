using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>
/// The Direct Line's authentication scheme, through the real endpoints: a token must be IdentityModel-valid (signed with
/// the deployment's key, by its issuer, current); anything else gets 401 in Direct Line's error shape, with a Bearer challenge.
/// </summary>
public sealed class DirectLineSchemeTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task A_well_formed_token_signed_with_another_key_gets_401()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var claims = DirectLineClient.ClaimsOf(client.Token);
        var forged = Token("another-key-that-is-long-enough-0123456789-abcdef", (string)claims["iss"]!, (string)claims["user"]!, client.ConversationId);

        var read = await client.GetActivitiesAsync("", token: forged);

        await AssertUnauthorizedAsync(read, "Unauthorized");
    }

    [Fact]
    public async Task A_token_from_another_issuer_or_unsigned_gets_401()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var user = (string)DirectLineClient.ClaimsOf(client.Token)["user"]!;
        var otherIssuer = Token(ZoneBotServer.TokenSigningKey, "someone-else", user, client.ConversationId);
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "zonebot-directline",
            Audience = "zonebot-directline",
            Claims = new Dictionary<string, object> { ["user"] = user, ["conv"] = client.ConversationId },
            Expires = DateTime.UtcNow.AddMinutes(10),
        });

        await AssertUnauthorizedAsync(await client.PostActivityAsync(DirectLineClient.Message("你好", "iss-1"), token: otherIssuer), "Unauthorized");
        await AssertUnauthorizedAsync(await client.PostActivityAsync(DirectLineClient.Message("你好", "none-1"), token: unsigned), "Unauthorized");
        Assert.Single(await client.ReadNewAsync());
    }

    [Fact]
    public async Task An_expired_token_is_told_apart_so_that_the_client_gets_a_new_one()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var claims = DirectLineClient.ClaimsOf(client.Token);
        var expired = Token(ZoneBotServer.TokenSigningKey, (string)claims["iss"]!, (string)claims["user"]!, client.ConversationId, expiresIn: TimeSpan.FromSeconds(-1));

        await AssertUnauthorizedAsync(await client.StartAsync(expired), "TokenExpired");
    }

    [Fact]
    public async Task Token_generation_and_file_downloads_need_no_token_and_a_bearer_for_the_bot_endpoint_is_not_the_direct_lines()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };

        var generate = await anonymous.PostAsJsonAsync("/v3/directline/tokens/generate", new { locale = "zh-CN" });
        var file = await anonymous.GetAsync("/v3/directline/attachments/" + new string('0', 48));

        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    private static string Token(string key, string issuer, string user, string conversationId, TimeSpan? expiresIn = null)
    {
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = issuer,
            Claims = new Dictionary<string, object> { ["user"] = user, ["conv"] = conversationId },
            IssuedAt = expires.AddMinutes(-30),
            NotBefore = expires.AddMinutes(-30),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(code, (string?)problem["error"]!["code"]);
    }
}
