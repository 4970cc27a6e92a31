namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The words of a word list named by a key (<see cref="Choice.Words"/>), in a locale: a choice names the bot's list
/// its synonyms come from and the <see cref="ChoicePrompt"/> reads them when the answer comes, so the conversation's
/// state holds the key, not the words, on every turn the prompt waits.
/// </summary>
public interface IChoiceWords
{
    /// <summary>The words of <paramref name="key"/> for an answer in <paramref name="locale"/>; empty for a key no list has.</summary>
    IReadOnlyList<string> Of(string locale, string key);
}
