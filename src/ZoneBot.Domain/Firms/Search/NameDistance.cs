namespace ZoneBot.Domain;

/// <summary>
/// How many typing slips apart two names are: a missing, extra or wrong character counts 1, a
/// sound-alike character (<see cref="SoundAlikeCharacters"/>) counts <see cref="SoundAlikeCost"/>.
/// </summary>
public static class NameDistance
{
    public const double SoundAlikeCost = 0.5;

    /// <summary>The distance between two whole names.</summary>
    public static double Between(string first, string second, SoundAlikeCharacters sounds) =>
        Compute(first, second, sounds, freeEnds: false).Cost;

    /// <summary>
    /// The best place of <paramref name="name"/> inside a longer <paramref name="text"/>: the cost of the
    /// closest part of the text, and where that part ends (exclusive).
    /// </summary>
    public static (double Cost, int End) Within(string name, string text, SoundAlikeCharacters sounds) =>
        Compute(name, text, sounds, freeEnds: true);

    // Edit distance row by row; with free ends the text may start and stop anywhere (Sellers' algorithm).
    private static (double Cost, int End) Compute(string pattern, string text, SoundAlikeCharacters sounds, bool freeEnds)
    {
        var previous = new double[text.Length + 1];
        var current = new double[text.Length + 1];
        for (var j = 0; j <= text.Length; j++)
        {
            previous[j] = freeEnds ? 0 : j;
        }
        for (var i = 1; i <= pattern.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= text.Length; j++)
            {
                var substitution = pattern[i - 1] == text[j - 1] ? 0
                    : sounds.Alike(pattern[i - 1], text[j - 1]) ? SoundAlikeCost
                    : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
            }
            (previous, current) = (current, previous);
        }
        if (!freeEnds)
        {
            return (previous[text.Length], text.Length);
        }
        var best = 0;
        for (var j = 1; j <= text.Length; j++)
        {
            if (previous[j] < previous[best])
            {
                best = j;
            }
        }
        return (previous[best], best);
    }
}
