using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// The phone number a message gives, alone or in a sentence: the recognizers find the candidates
/// (<see cref="PhoneCandidates"/>), the domain's <see cref="PhoneNumber"/> decides which is a number.
/// </summary>
public static class PhoneFinder
{
    /// <summary>The first valid number of the message, or null.</summary>
    public static PhoneNumber? Find(string? text) =>
        PhoneCandidates.Find(text, Digits) is { } digits ? PhoneNumber.Parse(digits) : null;

    /// <summary>A candidate's digits when it is a valid number: what a <see cref="PhonePrompt"/> returns.</summary>
    public static string? Digits(string candidate) => PhoneNumber.Parse(candidate)?.Digits;
}
