using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ZoneBot.Host.Bot;

/// <summary>
/// The configured Bot Framework authentication, with its outbound clients made once and reused. The SDK makes a
/// connector client and a user-token client for every turn and every proactive alert and disposes them after it: each
/// brings a new HttpClient (a new connection for every alert), new credentials, and a Newtonsoft contract resolver of
/// its own whose contracts are rebuilt, with emitted code the JIT compiles, the first time it serialises an activity.
/// Here a client is made once per app id, service URL and audience; the adapter's dispose after each turn is ignored.
/// </summary>
public sealed class ReusedBotClients(BotFrameworkAuthentication configured) : BotFrameworkAuthentication
{
    // Channels have a service URL or two each; past this many (a sender making them up where requests are not
    // authenticated), clients are made for the turn and disposed after it, as the SDK does.
    private const int MostConnectors = 64;

    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Task<IConnectorClient>> _connectors = new();
    private readonly ConcurrentDictionary<string, Task<UserTokenClient>> _userTokens = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await configured.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = new ReusingConnectorFactory(this, AppId(result.ClaimsIdentity), result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await configured.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = new ReusingConnectorFactory(this, AppId(result.ClaimsIdentity), result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusingConnectorFactory(this, AppId(claimsIdentity), configured.CreateConnectorFactory(claimsIdentity));

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var made = _userTokens.GetOrAdd(AppId(claimsIdentity) ?? string.Empty, _ => configured.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None));
        return new SharedUserTokenClient(await Reused(made, () => _userTokens.TryRemove(new(AppId(claimsIdentity) ?? string.Empty, made))));
    }

    public override BotFrameworkClient CreateBotFrameworkClient() => configured.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => configured.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        configured.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // The bot's app id as the SDK reads it for its clients (the token's audience), which names the credentials they use.
    private static string? AppId(ClaimsIdentity? identity) =>
        identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? identity?.FindFirst(AuthenticationConstants.AppIdClaim)?.Value;

    // A client that could not be made (credentials refused, say) is not kept: the next turn tries again.
    private static async Task<T> Reused<T>(Task<T> made, Func<bool> forget)
    {
        try
        {
            return await made;
        }
        catch
        {
            forget();
            throw;
        }
    }

    private sealed class ReusingConnectorFactory(ReusedBotClients owner, string? appId, ConnectorFactory made) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var key = (appId, serviceUrl, audience);
            if (owner._connectors.Count >= MostConnectors && !owner._connectors.ContainsKey(key))
            {
                return await made.CreateAsync(serviceUrl, audience, cancellationToken);
            }
            var client = owner._connectors.GetOrAdd(key, _ => made.CreateAsync(serviceUrl, audience, CancellationToken.None));
            return new SharedConnectorClient(await Reused(client, () => owner._connectors.TryRemove(new(key, client))));
        }
    }

    /// <summary>The reused client as the adapter sees it: everything but <c>Dispose</c>, which would end it for all.</summary>
    private sealed class SharedConnectorClient(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => client.BaseUri = value; }
        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;
        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;
        public ServiceClientCredentials Credentials => client.Credentials;
        public IAttachments Attachments => client.Attachments;
        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }

    private sealed class SharedUserTokenClient(UserTokenClient client) : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            client.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            client.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            client.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            client.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            client.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            client.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);
    }
}
