using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// Words an outbox row for its recipient: the wording that knows its kind does it (the tickets' here;
/// another feature registers an <see cref="IAlertWording"/> of its own). A kind no wording knows gives
/// null: the dispatcher then records that it cannot deliver it, and the row ends dead, to be retried
/// once a wording exists.
/// </summary>
public sealed class AlertRenderer(IEnumerable<IAlertWording> wordings)
{
    private readonly IReadOnlyList<IAlertWording> _wordings = [.. wordings];

    public bool Knows(string kind) => _wordings.Any(wording => wording.Knows(kind));

    public RenderedAlert? Render(string kind, string payload, string locale) =>
        _wordings.FirstOrDefault(wording => wording.Knows(kind))?.Render(kind, payload, Locales.Resolve(locale));
}
