using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>Which listening addresses other machines can reach, for the warning about an open /api/messages.</summary>
public sealed class OpenEndpointWarningTests
{
    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://127.0.0.2:80")]
    [InlineData("http://[::1]:3978")]
    public void Loopback_addresses_are_not_open(string address) =>
        Assert.Empty(OpenEndpointWarning.NonLoopback([address]));

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:80")]
    [InlineData("https://bot.example.com:443")]
    [InlineData("http://192.168.1.20:3978")]
    public void Any_other_address_is_open(string address) =>
        Assert.Equal([address], OpenEndpointWarning.NonLoopback(["http://localhost:3978", address]));
}
