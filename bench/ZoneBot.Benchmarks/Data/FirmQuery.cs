using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Data;

/// <summary>
/// A search query built from a known firm, so that its answer can be checked: the firm must be among those offered.
/// Kinds: the full registered name, the short name, the credit code, and the short name with one character wrong.
/// </summary>
public sealed record FirmQuery(string Kind, string Text, FirmListing Firm)
{
    public const string FullName = "full name";
    public const string ShortName = "short name";
    public const string CreditCode = "credit code";
    public const string OneWrong = "short name, one character wrong";

    public static readonly IReadOnlyList<string> Kinds = [FullName, ShortName, CreditCode, OneWrong];

    // Characters no firm of the rosters has in its name: a wrong character that makes no other firm's name.
    private const string WrongCharacters = "鼋鼍鼗鼙黾黹";

    /// <summary>The queries of every kind for each firm, kind by kind.</summary>
    public static IReadOnlyList<FirmQuery> For(IEnumerable<FirmListing> firms)
    {
        var list = firms.ToList();
        return [.. Kinds.SelectMany(kind => list.Select(firm => Of(kind, firm)))];
    }

    public static FirmQuery Of(string kind, FirmListing firm) => new(kind, kind switch
    {
        FullName => firm.Name,
        ShortName => firm.ShortName,
        CreditCode => firm.CreditCode,
        OneWrong => WithOneWrong(firm.ShortName, (int)(firm.Id % 97)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of query."),
    }, firm);

    /// <summary>Whether the firm is among those the search offered.</summary>
    public bool FoundIn(FirmSearchResult result) => result.Matches.Any(match => match.Firm.Id == Firm.Id);

    /// <summary><paramref name="text"/> with the character at a position chosen by <paramref name="seed"/> replaced.</summary>
    public static string WithOneWrong(string text, int seed)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var position = seed % text.Length;
        return string.Concat(text.AsSpan(0, position), WrongCharacters[seed % WrongCharacters.Length].ToString(), text.AsSpan(position + 1));
    }
}
