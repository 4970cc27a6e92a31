namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Whether text has Chinese characters: the CJK Unified Ideographs block, which holds the characters of everyday
/// Chinese. One rule for the recognizers, the choice prompt and the name reader.
/// </summary>
public static class ChineseCharacters
{
    public static bool Is(char c) => c is >= '\u4e00' and <= '\u9fff';

    public static bool In(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u4e00', '\u9fff');
}
