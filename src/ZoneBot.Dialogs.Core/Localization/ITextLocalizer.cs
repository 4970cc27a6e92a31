namespace ZoneBot.Dialogs.Core;

/// <summary>Every user-facing text comes from here, by locale and key; {0}, {1}… are filled from <paramref name="args"/>.</summary>
public interface ITextLocalizer
{
    string Get(string locale, string key, params object?[] args);
}
