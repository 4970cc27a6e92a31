using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>
/// The bot's own texts (dialogs/ZoneBot.Dialogs/Locales/zh-CN.json, as the bot reads them), so that the scripts
/// recognise a prompt by its locale key rather than by words copied into C#: a reworded prompt is still recognised.
/// </summary>
public static class BotTexts
{
    private const string Locale = "zh-CN";
    private static readonly JsonTextLocalizer Localizer = new();
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    /// <summary>The text of <paramref name="key"/>, formatted with <paramref name="args"/>.</summary>
    public static string Text(string key, params object?[] args) => Localizer.Get(Locale, key, args);

    /// <summary>
    /// A pattern for the text of <paramref name="key"/>: each placeholder matches the argument given for it (a
    /// <see cref="Regex"/> as a pattern, anything else as it is) or, when the argument is null or missing, anything.
    /// </summary>
    public static Regex Pattern(string key, params object?[] args) =>
        // Patterns of a key alone are kept; those with a conversation's values (a phone, a ticket number) are not,
        // or a long run would keep one per conversation.
        args.All(arg => arg is null) ? Patterns.GetOrAdd(key, _ => Build(Text(key), args)) : Build(Text(key), args);

    private static Regex Build(string format, object?[] args)
    {
        var pattern = new StringBuilder();
        var last = 0;
        foreach (Match placeholder in Regex.Matches(format, @"\{(\d+)\}"))
        {
            pattern.Append(Regex.Escape(format[last..placeholder.Index]));
            var index = int.Parse(placeholder.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            pattern.Append((index < args.Length ? args[index] : null) switch
            {
                null => ".*?",
                Regex regex => "(?:" + regex + ")",
                var value => Regex.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
            });
            last = placeholder.Index + placeholder.Length;
        }
        pattern.Append(Regex.Escape(format[last..]));
        return new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
