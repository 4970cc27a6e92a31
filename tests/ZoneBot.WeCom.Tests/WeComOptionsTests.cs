using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.WeCom.Tests;

public class WeComOptionsTests
{
    private static WeComOptions Valid() => new()
    {
        Enabled = true,
        CorpId = "ww1436e0e65a779aee",
        AgentId = 1000002,
        Secret = "s3cr3t-value-x",
        Token = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
        EncodingAESKey = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
    };

    [Fact]
    public void Complete_settings_are_valid_and_disabled_ones_need_nothing()
    {
        Assert.Empty(Errors(Valid()));
        Assert.Empty(Errors(new WeComOptions()));
    }

    [Theory]
    [InlineData("CorpId", "")]
    [InlineData("AgentId", "0")]
    [InlineData("Secret", " ")]
    [InlineData("Token", "")]
    [InlineData("Token", "has spaces in it")]
    [InlineData("EncodingAESKey", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU")]
    [InlineData("EncodingAESKey", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU#")]
    [InlineData("ApiBaseUrl", "qyapi.weixin.qq.com")]
    [InlineData("ApiBaseUrl", "ftp://qyapi.weixin.qq.com/")]
    public void An_enabled_channel_with_a_wrong_setting_names_it(string setting, string value)
    {
        var options = Valid();
        var property = typeof(WeComOptions).GetProperty(setting)!;
        property.SetValue(options, property.PropertyType == typeof(int) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var errors = Errors(options);

        Assert.Contains(errors, error => error.MemberNames.Contains(setting));
        // The messages name the setting, never a secret's value.
        Assert.All(errors, error => Assert.DoesNotContain("s3cr3t-value-x", error.ErrorMessage, StringComparison.Ordinal));
        Assert.All(errors, error => Assert.DoesNotContain(Valid().EncodingAESKey, error.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_an_enabled_channel_and_a_short_aes_key()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = WebHost.Build(
        [
            "--urls=http://127.0.0.1:0", "--Database:Provider=sqlite", $"--Database:ConnectionString={database.ConnectionString}",
            "--Logging:LogLevel:Default=None", "--WeCom:Enabled=true", "--WeCom:CorpId=ww1", "--WeCom:AgentId=1", "--WeCom:Secret=s",
            "--WeCom:Token=t", "--WeCom:EncodingAESKey=too-short",
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("EncodingAESKey", error.Message);
    }

    private static List<ValidationResult> Errors(WeComOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
