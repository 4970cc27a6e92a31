using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Tests.Localization;

public sealed partial class LocaleFilesTests
{
    private readonly JsonTextLocalizer _texts = new();

    [Fact]
    public void Every_key_exists_in_both_locales()
    {
        var chinese = _texts.TextsOf(Locales.Chinese).Keys.ToHashSet();
        var english = _texts.TextsOf(Locales.English).Keys.ToHashSet();

        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Every_text_has_the_same_placeholders_in_both_locales()
    {
        var english = _texts.TextsOf(Locales.English);
        var mismatches = _texts.TextsOf(Locales.Chinese)
            .Where(pair => english.ContainsKey(pair.Key))
            .Where(pair => !Placeholders(pair.Value).SetEquals(Placeholders(english[pair.Key])))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_text_the_dialog_layer_uses_is_in_the_locale_files()
    {
        var missing = DialogTextKeys.All.Where(key => !_texts.TextsOf(Locales.Chinese).ContainsKey(key)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("zh-CN", "帮助")]
    [InlineData("en-US", "Help")]
    [InlineData("en-GB", "Help")]
    [InlineData(null, "帮助")]
    [InlineData("fr-FR", "帮助")]
    public void The_locale_of_the_activity_chooses_the_language(string? activityLocale, string expected)
    {
        Assert.Equal(expected, _texts.Get(Locales.Resolve(activityLocale), "menu.help"));
    }

    [Fact]
    public void A_missing_key_is_an_error_not_a_text_shown_to_users()
    {
        Assert.Throws<KeyNotFoundException>(() => _texts.Get(Locales.Chinese, "no.such.key"));
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
