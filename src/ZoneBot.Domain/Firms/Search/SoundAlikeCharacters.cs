namespace ZoneBot.Domain;

/// <summary>
/// Characters that sound alike (盛/胜, 隆/龙): a pinyin input method offers them for the same keys, so
/// a firm name typed with one of them in place of the other is a typing slip, not another firm.
/// The groups come from the caller (a word list); with none, no two characters sound alike.
/// </summary>
public sealed class SoundAlikeCharacters
{
    private readonly Dictionary<char, HashSet<int>> _groupsOf = [];

    public SoundAlikeCharacters(IEnumerable<string> groups)
    {
        var number = 0;
        foreach (var group in groups)
        {
            number++;
            foreach (var character in group)
            {
                if (!_groupsOf.TryGetValue(character, out var groupsOfCharacter))
                {
                    _groupsOf[character] = groupsOfCharacter = [];
                }
                groupsOfCharacter.Add(number);
            }
        }
    }

    public static SoundAlikeCharacters None { get; } = new([]);

    public bool Alike(char first, char second) =>
        first != second && _groupsOf.TryGetValue(first, out var a) && _groupsOf.TryGetValue(second, out var b) && a.Overlaps(b);
}
