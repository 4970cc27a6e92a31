using System.Buffers;
using System.Globalization;
using Microsoft.Recognizers.Text;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// How the Recognizers.Text library is called: which cultures, and under which thread culture. Code elsewhere
/// in the bot that calls the recognizers should go through <see cref="Invariant{T}"/> too (see there why).
/// </summary>
public static class RecognizerCultures
{
    /// <summary>
    /// The cultures to try on a text: the locale's own first, then the other language's only where the text
    /// has something that language's models can read. Running the English date model over a Chinese sentence
    /// with no date in it cost about 1 % of the host's CPU under load and never found anything.
    /// </summary>
    public static IReadOnlyList<string> For(string locale, string text)
    {
        var (own, other, otherCanRead) = Locales.Resolve(locale) == Locales.English
            ? (Culture.English, Culture.Chinese, ChineseCharacters.In(text) || text.AsSpan().ContainsAnyInRange('0', '9'))
            : (Culture.Chinese, Culture.English, text.AsSpan().ContainsAny(AsciiLettersAndDigits));
        return otherCanRead ? [own, other] : [own];
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Runs a recognizer under the invariant culture. The Chinese number models cached by Recognizers.Text
    /// 1.8.13 stop reading "三十五" when the thread culture switches between zh-CN and en-US/invariant after
    /// their first use, and the Bot Framework sets the thread culture from each activity's locale. So every
    /// call in the process must use one thread culture: this one.
    /// </summary>
    public static T Invariant<T>(Func<T> recognize)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return recognize();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
