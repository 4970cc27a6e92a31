using System.Collections.Concurrent;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Vocabulary;

/// <summary>
/// The bot's word lists as the synonyms of choices (<see cref="Choice.Words"/>): a key is the folder of the list's file
/// and the list's name, e.g. <c>Entities/urgency.urgent</c>. Each folder's words are read as the recognizers read them:
/// Entities and Prompts in both locales (people mix: "asap" in a Chinese chat), Vocabulary and Safety in the chat's.
/// </summary>
public sealed class ChoiceWordLists(EntityWords entities, WordLists vocabulary, SafetyWords safety) : IChoiceWords
{
    private const string EntitiesFolder = "Entities/";
    private const string VocabularyFolder = "Vocabulary/";
    private const string PromptsFolder = "Prompts/";
    private const string SafetyFolder = "Safety/";

    // Looked up on every answer to a choice; a list is built once per locale.
    private readonly ConcurrentDictionary<(string Locale, string Key), IReadOnlyList<string>> _read = new();

    /// <summary>The key of a list of <c>Entities/{locale}.json</c>.</summary>
    public static string Entities(string list) => EntitiesFolder + list;

    /// <summary>The key of a list of <c>Vocabulary/{locale}.json</c>.</summary>
    public static string Vocabulary(string list) => VocabularyFolder + list;

    /// <summary>The key of a list of <c>Prompts/{locale}.json</c> (the words every prompt knows: confirm.no …).</summary>
    public static string Prompts(string list) => PromptsFolder + list;

    /// <summary>The key of a list of <c>Safety/requests.{locale}.json</c>.</summary>
    public static string Safety(string list) => SafetyFolder + list;

    public IReadOnlyList<string> Of(string locale, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _read.GetOrAdd((Locales.Resolve(locale), key), static (list, self) => self.Read(list.Locale, list.Key), this);
    }

    private IReadOnlyList<string> Read(string locale, string key) => key switch
    {
        _ when key.StartsWith(EntitiesFolder, StringComparison.Ordinal) => entities.For(locale, key[EntitiesFolder.Length..]),
        _ when key.StartsWith(VocabularyFolder, StringComparison.Ordinal) => vocabulary.Synonyms(locale, key[VocabularyFolder.Length..]),
        _ when key.StartsWith(PromptsFolder, StringComparison.Ordinal) => PromptWords.All(key[PromptsFolder.Length..]),
        _ when key.StartsWith(SafetyFolder, StringComparison.Ordinal) => safety.Of(key[SafetyFolder.Length..], locale),
        _ => [],
    };
}
