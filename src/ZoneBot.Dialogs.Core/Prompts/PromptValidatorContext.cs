using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Core;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to judge an answer.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(
        ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount, string locale)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
        Locale = locale;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has had, this one included (1 for the first).</summary>
    public int AttemptCount { get; }

    /// <summary>The user's locale (<see cref="Locales"/>), to localise <see cref="FailureMessage"/>.</summary>
    public string Locale { get; }

    /// <summary>Shown above the question again when the validator rejects the answer.</summary>
    public string? FailureMessage { get; set; }

    /// <summary>Rejects the answer with a message: <c>return ctx.Fail("...")</c>.</summary>
    public bool Fail(string message)
    {
        FailureMessage = message;
        return false;
    }
}
