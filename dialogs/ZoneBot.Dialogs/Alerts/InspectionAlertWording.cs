using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Inspections;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// The inspections' alerts (payload <see cref="InspectionAlert"/>), from the <c>alert.inspection.*</c> texts: the
/// 整改通知 to the firm's verified members, the firm's answers to the inspecting officer, the 复查 decisions and the
/// closure to the firm, overdue rectifications to the secretary and the administrators. Not group news: a firm's
/// hazards are its own business.
/// </summary>
public sealed class InspectionAlertWording(ITextLocalizer texts) : IAlertWording
{
    private readonly InspectionTexts _texts = new(texts);

    public bool Knows(string kind) => InspectionAlert.Kinds.Contains(kind);

    public RenderedAlert Render(string kind, string payload, string locale)
    {
        var alert = InspectionAlert.FromJson(payload);
        var first = alert.Hazards.Count > 0 ? alert.Hazards[0] : throw new FormatException($"The payload of a {kind} alert names no hazard.");
        var item = InspectionTexts.ItemName(first.ItemCode, locale);
        var lines = string.Join("\n", alert.Hazards.Select((line, i) => _texts.Line(i + 1, line, locale)));
        var text = kind switch
        {
            InspectionAlert.Notice => _texts.Get(locale, "alert.inspection.notice", alert.FirmName, alert.Actor, alert.Hazards.Count, lines),
            InspectionAlert.Reported => _texts.Get(locale, "alert.inspection.reported", alert.FirmName, item, first.Note, first.PhotoCount),
            InspectionAlert.ExtensionAsked => _texts.Get(locale, "alert.inspection.extension_asked", alert.FirmName, item, first.Days, first.Note),
            InspectionAlert.SentBack => _texts.Get(locale, "alert.inspection.sent_back", item, first.Note, _texts.Due(first.DueAt, locale)),
            InspectionAlert.ExtensionGranted => _texts.Get(locale, "alert.inspection.extension_granted", item, _texts.Due(first.DueAt, locale)),
            InspectionAlert.ExtensionRefused => _texts.Get(locale, "alert.inspection.extension_refused", item, _texts.Due(first.DueAt, locale), first.Note),
            InspectionAlert.Closed => _texts.Get(locale, "alert.inspection.closed", alert.FirmName, alert.Hazards.Count),
            _ => _texts.Get(locale, "alert.inspection.escalated." + alert.Level, alert.FirmName, alert.GridName, item, first.Note, _texts.Due(first.DueAt, locale)),
        };
        return new RenderedAlert(text, TicketNumber: null, GridId: null, CommunityId: alert.CommunityId, ForGroup: false);
    }
}
