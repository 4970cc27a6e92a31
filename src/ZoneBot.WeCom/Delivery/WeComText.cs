using System.Text;
using Microsoft.Bot.Schema;
using ZoneBot.Data.WeCom;

namespace ZoneBot.WeCom.Delivery;

/// <summary>
/// A bot message as a WeCom text message: its text, the links of its files, and its suggested actions as numbered
/// lines (WeCom's app text messages have no buttons; the number typed back picks the action, see Callbacks/OfferedChoice).
/// </summary>
public static class WeComText
{
    /// <summary>WeCom cuts a text message at 2048 bytes; longer replies go as several messages, split between lines.</summary>
    public const int MaxBytes = 2000;

    public static (string Text, IReadOnlyList<OfferedAction> Actions) Render(IMessageActivity message)
    {
        var text = new StringBuilder(message.Text ?? string.Empty);
        foreach (var attachment in message.Attachments ?? [])
        {
            if (!string.IsNullOrEmpty(attachment.ContentUrl))
            {
                AppendLine(text, string.IsNullOrEmpty(attachment.Name) ? attachment.ContentUrl : $"{attachment.Name}: {attachment.ContentUrl}");
            }
        }
        var actions = (message.SuggestedActions?.Actions ?? [])
            .Where(action => !string.IsNullOrEmpty(action.Title) || action.Value is not null)
            .Select(action => new OfferedAction(action.Title ?? action.Value!.ToString()!, action.Value?.ToString() ?? action.Title!))
            .ToList();
        for (var index = 0; index < actions.Count; index++)
        {
            AppendLine(text, $"{index + 1}. {actions[index].Title}");
        }
        return (text.ToString(), actions);
    }

    /// <summary>The text in pieces of at most <see cref="MaxBytes"/> bytes of UTF-8, cut at line ends where it can be.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var candidate = current.Length == 0 ? line : current + "\n" + line;
            if (Encoding.UTF8.GetByteCount(candidate) <= MaxBytes)
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            // A single line too long for one message is cut by characters.
            var rest = line;
            while (Encoding.UTF8.GetByteCount(rest) > MaxBytes)
            {
                var take = rest.Length;
                while (Encoding.UTF8.GetByteCount(rest.AsSpan(0, take)) > MaxBytes)
                {
                    take = take * 3 / 4;
                }
                if (char.IsHighSurrogate(rest[take - 1]))
                {
                    take--;
                }
                pieces.Add(rest[..take]);
                rest = rest[take..];
            }
            current.Append(rest);
        }
        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }
        return pieces;
    }

    private static void AppendLine(StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }
        text.Append(line);
    }
}
