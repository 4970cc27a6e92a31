using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class PhonePromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "13805741234", "13805741234")]
    [InlineData(Zh, "138 0574 1234", "13805741234")]
    [InlineData(Zh, "138-0574-1234", "13805741234")]
    [InlineData(Zh, "+86 13805741234", "13805741234")]
    [InlineData(Zh, "+86 138 0574 1234", "13805741234")]
    [InlineData(Zh, "１３８０５７４１２３４", "13805741234")]
    [InlineData(Zh, "我的电话是13805741234", "13805741234")]
    [InlineData(Zh, "0574-63012345", "057463012345")]
    [InlineData(Zh, "（0574）6301 2345", "057463012345")]
    [InlineData(Zh, "010-12345678", "01012345678")]
    [InlineData(En, "138 0574 1234", "13805741234")]
    [InlineData(En, "(0574) 6301-2345", "057463012345")]
    public async Task Phone_prompt_returns_the_digits_of_a_chinese_mobile_or_landline(string locale, string answer, string digits)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("联系电话？")
            .Send(answer).AssertReply($"result: {digits}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "12345", "电话号码无效。")]
    [InlineData(Zh, "1380574123", "电话号码无效。")]
    [InlineData(Zh, "138057412345", "电话号码无效。")]
    [InlineData(Zh, "12805741234", "电话号码无效。")]
    [InlineData(Zh, "我不告诉你", "电话号码无效。")]
    [InlineData(En, "call me maybe", "That is not a valid phone number.")]
    [InlineData(En, "abc-defg-hijk", "That is not a valid phone number.")]
    public async Task Phone_prompt_rejects_what_is_not_a_chinese_phone_number(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("联系电话？")
            .Send(answer).AssertReply($"{reason}\n联系电话？")
            .StartTestAsync();
    }

    private static DialogHarness Harness(string locale) =>
        DialogHarness.ForPrompt(new PhonePrompt("phone", TestLocalizer.Instance, ChinesePhones.Digits), Ask.Question("联系电话？"), locale);
}
