using System.Globalization;
using Microsoft.Recognizers.Text;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// How the Recognizers.Text library is called: which cultures, and under which thread culture. Code elsewhere
/// in the bot that calls the recognizers should go through <see cref="Invariant{T}"/> too (see there why).
/// </summary>
public static class RecognizerCultures
{
    /// <summary>The cultures to try for a locale: its own first, then the other language's.</summary>
    public static IEnumerable<string> For(string locale) =>
        Locales.Resolve(locale) == Locales.English
            ? [Culture.English, Culture.Chinese]
            : [Culture.Chinese, Culture.English];

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
