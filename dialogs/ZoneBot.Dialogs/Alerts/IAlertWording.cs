namespace ZoneBot.Dialogs.Alerts;

/// <summary>Words the outbox rows of some kinds, from the locale files: payloads carry codes and facts, never text of their own.</summary>
public interface IAlertWording
{
    bool Knows(string kind);

    RenderedAlert Render(string kind, string payload, string locale);
}
