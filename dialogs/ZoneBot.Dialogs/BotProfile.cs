using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Dialogs;

/// <summary>How the bot introduces itself; the <c>Bot</c> section of appsettings.json.</summary>
public sealed class BotProfile
{
    public const string Section = "Bot";

    [Required, MaxLength(40)]
    public string DisplayName { get; set; } = "滨海园区小助手";

    [Required, MaxLength(60)]
    public string ZoneName { get; set; } = "慈溪滨海经济开发区";
}
