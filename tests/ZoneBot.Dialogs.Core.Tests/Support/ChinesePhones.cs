using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>The phone rule the dialogs give their phone prompts: the domain's <see cref="PhoneNumber"/>.</summary>
public static class ChinesePhones
{
    public static string? Digits(string candidate) => PhoneNumber.Parse(candidate)?.Digits;
}
