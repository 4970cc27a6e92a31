using System.Text;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// The phone number a message gives, alone or in a sentence: the recognizers find the candidates
/// (<see cref="PhoneCandidates"/>), the domain's <see cref="PhoneNumber"/> decides which is a number.
/// </summary>
public static class PhoneFinder
{
    /// <summary>
    /// Fewer digits than this are no valid Chinese number (a mobile has 11, a landline with its area code about 10; a
    /// test tries every shorter one): a message with fewer ("好的", "3", "3号车间") is not given to the recognizer at all.
    /// </summary>
    public const int FewestDigits = 5;

    /// <summary>The first valid number of the message, or null.</summary>
    public static PhoneNumber? Find(string? text) =>
        CountDigits(text) >= FewestDigits && PhoneCandidates.Find(text, Digits) is { } digits ? PhoneNumber.Parse(digits) : null;

    /// <summary>A candidate's digits when it is a valid number: what a <see cref="PhonePrompt"/> returns.</summary>
    public static string? Digits(string candidate) => PhoneNumber.Parse(candidate)?.Digits;

    // Decimal digits of any script, counted once folded as the phone rule folds them (full-width "１３８", circled "①").
    private static int CountDigits(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : text.Normalize(NormalizationForm.FormKC).Count(char.IsDigit);
}
