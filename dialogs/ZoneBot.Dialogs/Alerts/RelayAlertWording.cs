using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// 转人工's messages to the other side (payload <see cref="RelayAlert"/>), from the <c>alert.relay.*</c> texts:
/// the request to the liaison, the acceptance, each message with who said it, the end, and the firm's news
/// that no one accepted. Plain text: a message is what a person typed.
/// </summary>
public sealed class RelayAlertWording(ITextLocalizer texts) : IAlertWording
{
    private static readonly HashSet<string> Kinds =
        [RelayAlert.Requested, RelayAlert.Accepted, RelayAlert.FromFirm, RelayAlert.FromLiaison, RelayAlert.Ended, RelayAlert.Missed];

    public bool Knows(string kind) => Kinds.Contains(kind);

    public RenderedAlert Render(string kind, string payload, string locale)
    {
        var alert = RelayAlert.FromJson(payload);
        string T(string key, params object?[] args) => texts.Get(locale, key, args);
        var text = kind switch
        {
            RelayAlert.Requested => T("alert.relay.requested", alert.FirmName, Math.Ceiling(alert.AcceptMinutes ?? 5)),
            RelayAlert.Accepted => T("alert.relay.accepted", alert.LiaisonName),
            RelayAlert.FromFirm => T("alert.relay.from_firm", alert.FirmName, alert.Text),
            RelayAlert.FromLiaison => T("alert.relay.from_liaison", alert.LiaisonName, alert.Text),
            RelayAlert.Ended => T("alert.relay.ended." + alert.EndedBy, alert.FirmName, alert.LiaisonName),
            _ => T("alert.relay.missed", alert.LiaisonName, alert.LiaisonPhone, alert.OfficePhone, alert.OfficeAddress),
        };
        return new RenderedAlert(text, TicketNumber: null, GridId: null, CommunityId: null, ForGroup: false);
    }
}
