using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// What an officer typed as one command: a ticket number, an action word at the start and the rest as
/// the action's note ("研判 ZB-20261202-0003 属实，今天下午去现场", "反馈 已安排明天上门"). Any part may be missing.
/// </summary>
/// <param name="Number">The ticket number in the message, as typed; null when there is none.</param>
/// <param name="Action">The officer action's code (assess, feed_back, …); null when the message starts with none.</param>
/// <param name="Note">What follows the action word, trimmed; null when nothing does.</param>
public sealed partial record OfficerCommand(string? Number, string? Action, string? Note)
{
    public static OfficerCommand Parse(string? text, WordLists words, string locale)
    {
        var message = (text ?? string.Empty).Trim();
        var number = TicketNumberIn().Match(message) is { Success: true } match ? match.Value : null;
        if (number is not null)
        {
            message = message.Remove(message.IndexOf(number, StringComparison.Ordinal), number.Length).Trim();
        }
        var action = words.OfficerActionAtStart(message, locale, out var rest);
        var note = rest.Trim().TrimStart(':', '：', ',', '，', '、', ' ').Trim();
        return new OfficerCommand(number, action?.Code, action is null || note.Length == 0 ? null : note);
    }

    /// <summary>The first ticket number in a text, whatever surrounds it.</summary>
    public static string? NumberIn(string? text) =>
        TicketNumberIn().Match(text ?? string.Empty) is { Success: true } match && TicketNumber.TryParse(match.Value, out _, out _) ? match.Value : null;

    [GeneratedRegex(@"(?<![A-Za-z0-9])[Zz][Bb]-\d{8}-\d{4,6}(?!\d)")]
    private static partial Regex TicketNumberIn();
}
