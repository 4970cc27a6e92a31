namespace ZoneBot.Dialogs.Core;

/// <summary>What a prompt asks and how it retries. Saved in the prompt's instance state, so it must serialize.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public PromptQuestion? Prompt { get; set; }

    /// <summary>Asked instead of <see cref="Prompt"/> after a wrong answer, below the text saying what was wrong.</summary>
    public PromptQuestion? RetryPrompt { get; set; }

    /// <summary>The options of a choice prompt.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Anything a custom validator needs; the built-in prompts ignore it.</summary>
    public object? Validations { get; set; }

    /// <summary>Wrong answers allowed before the prompt gives up and cancels everything; 0 or less never gives up.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// From this many wrong answers on, the retry also says the step's <see cref="HelpText"/>; 0 or less never.
    /// With <see cref="MaxAttempts"/> 0 it keeps a form going with guidance instead of dropping it.
    /// </summary>
    public int HelpAfterAttempts { get; set; }

    /// <summary>What the user is told when asking for help at this step (localised by the caller).</summary>
    public string? HelpText { get; set; }
}
