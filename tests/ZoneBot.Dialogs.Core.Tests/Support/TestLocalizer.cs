using System.Globalization;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>The dialog texts in both languages, as small as the tests need. The bot's real texts live elsewhere.</summary>
public sealed class TestLocalizer : ITextLocalizer
{
    public static readonly TestLocalizer Instance = new();

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Locales.Chinese] = new Dictionary<string, string>
            {
                ["prompt.text.empty"] = "内容不能为空。",
                ["prompt.text.tooShort"] = "太短了，至少{0}个字。",
                ["prompt.text.tooLong"] = "太长了，最多{0}个字。",
                ["prompt.text.notText"] = "请用文字回答。",
                ["prompt.choice.invalid"] = "请选择一个选项。",
                ["prompt.confirm.invalid"] = "请回答是或否。",
                ["prompt.number.invalid"] = "请输入一个数字。",
                ["prompt.number.outOfRange"] = "数字需要在{0}到{1}之间。",
                ["prompt.datetime.invalid"] = "没有识别出时间。",
                ["prompt.phone.invalid"] = "电话号码无效。",
                ["prompt.tooManyAttempts"] = "多次没有填对，先退出这一项。",
                ["dialog.cancelled"] = "已取消。",
                ["dialog.nothingToCancel"] = "没有可以取消的事项。",
                ["dialog.help.default"] = "请回答当前的问题。",
                ["dialog.restarted"] = "已重新开始。",
                ["confirm.yes"] = "是",
                ["confirm.no"] = "否",
            },
            [Locales.English] = new Dictionary<string, string>
            {
                ["prompt.text.empty"] = "The answer cannot be empty.",
                ["prompt.text.tooShort"] = "Too short: at least {0} characters.",
                ["prompt.text.tooLong"] = "Too long: at most {0} characters.",
                ["prompt.text.notText"] = "Please answer in text.",
                ["prompt.choice.invalid"] = "Please pick one of the options.",
                ["prompt.confirm.invalid"] = "Please answer yes or no.",
                ["prompt.number.invalid"] = "Please enter a number.",
                ["prompt.number.outOfRange"] = "The number must be between {0} and {1}.",
                ["prompt.datetime.invalid"] = "I could not read a time.",
                ["prompt.phone.invalid"] = "That is not a valid phone number.",
                ["prompt.tooManyAttempts"] = "Too many tries; leaving this task.",
                ["dialog.cancelled"] = "Cancelled.",
                ["dialog.nothingToCancel"] = "Nothing to cancel.",
                ["dialog.help.default"] = "Please answer the current question.",
                ["dialog.restarted"] = "Starting over.",
                ["confirm.yes"] = "Yes",
                ["confirm.no"] = "No",
            },
        };

    public string Get(string locale, string key, params object?[] args)
    {
        var format = Texts[Locales.Resolve(locale)][key];
        return string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>The text for a key, for expectations: <c>T(zh, "prompt.text.empty")</c>.</summary>
    public static string T(string locale, string key, params object?[] args) => Instance.Get(locale, key, args);
}
