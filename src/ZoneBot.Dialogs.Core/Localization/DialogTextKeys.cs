namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The text keys the dialog layer asks an <see cref="ITextLocalizer"/> for. Every locale file must have them all.
/// </summary>
public static class DialogTextKeys
{
    /// <summary>A text prompt got an empty answer.</summary>
    public const string TextEmpty = "prompt.text.empty";

    /// <summary>A text answer is shorter than allowed. {0} = the minimum length.</summary>
    public const string TextTooShort = "prompt.text.tooShort";

    /// <summary>A text answer is longer than allowed. {0} = the maximum length.</summary>
    public const string TextTooLong = "prompt.text.tooLong";

    /// <summary>A text prompt got only an attachment (a photo, a file).</summary>
    public const string TextNotText = "prompt.text.notText";

    /// <summary>The answer matches none of the choices (or more than one).</summary>
    public const string ChoiceInvalid = "prompt.choice.invalid";

    /// <summary>The answer is neither yes nor no.</summary>
    public const string ConfirmInvalid = "prompt.confirm.invalid";

    /// <summary>No number in the answer.</summary>
    public const string NumberInvalid = "prompt.number.invalid";

    /// <summary>The number is outside the allowed range. {0} = minimum, {1} = maximum.</summary>
    public const string NumberOutOfRange = "prompt.number.outOfRange";

    /// <summary>No date or time in the answer.</summary>
    public const string DateTimeInvalid = "prompt.datetime.invalid";

    /// <summary>No Chinese mobile or landline number in the answer.</summary>
    public const string PhoneInvalid = "prompt.phone.invalid";

    /// <summary>A prompt gave up after its maximum number of attempts; everything was cancelled.</summary>
    public const string TooManyAttempts = "prompt.tooManyAttempts";

    /// <summary>The user cancelled: every dialog was cancelled.</summary>
    public const string Cancelled = "dialog.cancelled";

    /// <summary>The user asked to cancel while nothing was running (for the bot to use; the dialogs never say it).</summary>
    public const string NothingToCancel = "dialog.nothingToCancel";

    /// <summary>The user asked for help on a step that has no help text of its own.</summary>
    public const string HelpDefault = "dialog.help.default";

    /// <summary>The user restarted: the dialogs and the conversation state were cleared.</summary>
    public const string Restarted = "dialog.restarted";

    /// <summary>The "yes" button of a confirm prompt (also accepted as an answer).</summary>
    public const string ConfirmYes = "confirm.yes";

    /// <summary>The "no" button of a confirm prompt (also accepted as an answer).</summary>
    public const string ConfirmNo = "confirm.no";

    /// <summary>Every key above, for tests that check a locale file is complete.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TextEmpty, TextTooShort, TextTooLong, TextNotText, ChoiceInvalid, ConfirmInvalid, NumberInvalid,
        NumberOutOfRange, DateTimeInvalid, PhoneInvalid, TooManyAttempts, Cancelled, NothingToCancel,
        HelpDefault, Restarted, ConfirmYes, ConfirmNo,
    ];
}
