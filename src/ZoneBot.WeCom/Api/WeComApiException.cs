namespace ZoneBot.WeCom.Api;

/// <summary>The WeCom API answered with an error code (errcode), or not as documented.</summary>
public sealed class WeComApiException(int errorCode, string message) : Exception(message)
{
    /// <summary>access_token is not valid (40014) or has expired (42001): fetch a new one and try once more.</summary>
    public bool IsTokenExpired => ErrorCode is WeComErrorCodes.InvalidAccessToken or WeComErrorCodes.AccessTokenExpired;

    public int ErrorCode { get; } = errorCode;
}

/// <summary>The error codes ZoneBot acts on (WeCom's global error code list).</summary>
public static class WeComErrorCodes
{
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int RateLimited = 45009;
}
