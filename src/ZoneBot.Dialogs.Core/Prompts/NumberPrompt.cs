using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Asks for a number; understands Arabic and Chinese numerals ("35", "３５", "三十五", "两") and English
/// words. The first number in the answer counts. Optional inclusive bounds.
/// </summary>
public class NumberPrompt : Prompt<decimal>
{
    // Built once: the static RecognizeNumber builds a new recognizer, and registers all its models, at every call.
    private static readonly NumberRecognizer Numbers = RecognizerCultures.Invariant(() => new NumberRecognizer(NumberOptions.None));

    public NumberPrompt(
        string id, ITextLocalizer localizer, PromptValidator<decimal>? validator = null, decimal? min = null, decimal? max = null)
        : base(id, localizer, validator)
    {
        if (min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), "min must not be greater than max.");
        }
        Min = min;
        Max = max;
    }

    public decimal? Min { get; }

    public decimal? Max { get; }

    protected override string? DefaultFailureKey => DialogTextKeys.NumberInvalid;

    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, string locale, CancellationToken cancellationToken)
    {
        var number = Recognize(AnswerText(turnContext), locale);
        if (number is not { } value)
        {
            return Task.FromResult(PromptRecognizerResult<decimal>.Failure(DialogTextKeys.NumberInvalid));
        }
        if (value < Min || value > Max)
        {
            return Task.FromResult(PromptRecognizerResult<decimal>.Failure(
                DialogTextKeys.NumberOutOfRange, Bound(Min, "-∞"), Bound(Max, "∞")));
        }
        return Task.FromResult(PromptRecognizerResult<decimal>.Success(value));
    }

    /// <summary>The first number in the text, trying the locale's language first; null when there is none.</summary>
    public static decimal? Recognize(string? text, string locale)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return null;
        }
        foreach (var culture in RecognizerCultures.For(locale, folded))
        {
            foreach (var result in RecognizerCultures.Invariant(() => Numbers.GetNumberModel(culture).Parse(folded)))
            {
                if (result.Resolution?.TryGetValue("value", out var raw) == true
                    && decimal.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }
            }
        }
        return null;
    }

    private static string Bound(decimal? bound, string open) =>
        bound?.ToString(CultureInfo.InvariantCulture) ?? open;
}
