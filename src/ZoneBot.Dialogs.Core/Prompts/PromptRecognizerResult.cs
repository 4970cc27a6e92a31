namespace ZoneBot.Dialogs.Core;

/// <summary>What a prompt read from the answer: a value, or the key of the text that says what was wrong.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; init; }

    public T? Value { get; init; }

    /// <summary>When not succeeded: the <see cref="DialogTextKeys"/> key explaining why.</summary>
    public string? FailureKey { get; init; }

    /// <summary>The arguments of <see cref="FailureKey"/> ({0}, {1}…).</summary>
    public object?[] FailureArgs { get; init; } = [];

    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    public static PromptRecognizerResult<T> Failure(string failureKey, params object?[] args) =>
        new() { FailureKey = failureKey, FailureArgs = args };
}
