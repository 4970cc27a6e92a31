namespace ZoneBot.Dialogs.Alerts;

/// <summary>An alert worded for its recipient.</summary>
/// <param name="Text">The chat message; its first line is the headline.</param>
/// <param name="TicketNumber">The ticket it is about: offered as a button that opens it.</param>
/// <param name="GridId">The grid whose group webhook also gets it, when <paramref name="ForGroup"/>.</param>
/// <param name="CommunityId">Where an alert without a recipient goes: the community's secretary.</param>
/// <param name="Plain">Sent as plain text: it carries what another user typed, which must not render as markup.</param>
public sealed record RenderedAlert(string Text, string? TicketNumber, long? GridId, long? CommunityId, bool ForGroup, bool Plain = false)
{
    /// <summary>The group robot's markdown: the headline in bold, then the rest.</summary>
    public string Markdown
    {
        get
        {
            var lines = Text.Split('\n');
            return string.Join("\n", ["**" + lines[0] + "**", .. lines.Skip(1)]);
        }
    }
}
