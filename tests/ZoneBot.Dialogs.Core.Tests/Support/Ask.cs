using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>Short ways to write prompt options in tests.</summary>
public static class Ask
{
    public static PromptOptions Question(string text, string? helpText = null, int maxAttempts = 3) =>
        new() { Prompt = new PromptQuestion(text), HelpText = helpText, MaxAttempts = maxAttempts };

    public static PromptOptions Choices(string text, params Choice[] choices) =>
        new() { Prompt = new PromptQuestion(text), Choices = choices.ToList() };
}
