using System.Reflection;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Localization;

public class DialogTextKeysTests
{
    [Fact]
    public void All_lists_every_key_constant_once()
    {
        var constants = typeof(DialogTextKeys)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order()
            .ToList();

        Assert.Equal(17, constants.Count);
        Assert.Equal(constants, DialogTextKeys.All.Order());
    }

    [Theory]
    [InlineData(Locales.Chinese)]
    [InlineData(Locales.English)]
    public void The_test_texts_cover_every_key(string locale)
    {
        Assert.Equal(DialogTextKeys.All.Order(), TestLocalizer.Texts[locale].Keys.Order());
    }
}
