namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A custom check of a recognized answer, run only when the prompt recognized a value. Return false to
/// ask again; set <see cref="PromptValidatorContext{T}.FailureMessage"/> (or call Fail) to say what was wrong.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
