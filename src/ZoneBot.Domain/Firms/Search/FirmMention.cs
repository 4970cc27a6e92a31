namespace ZoneBot.Domain;

/// <summary>
/// A firm named inside a longer message ("我是永胜灯具的，…"): the words that named it and the firms
/// they may mean, best first. <see cref="Single"/> is set when the words can mean one firm only.
/// </summary>
public sealed record FirmMention(string Text, IReadOnlyList<FirmMatch> Matches)
{
    public FirmListing? Single => new FirmSearchResult(Matches).Single;
}
