using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>One message to read: its text as typed and normalised, the chat's locale, and "now" in the zone.</summary>
public sealed record Utterance(string Text, string Locale, DateTime ZoneNow)
{
    public string Normalized { get; } = TextNormalizer.Normalize(Text);
}
