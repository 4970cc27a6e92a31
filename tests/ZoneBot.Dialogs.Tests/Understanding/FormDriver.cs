using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>
/// Answers whatever a form asks, as a user who gives only what is asked, until the summary: so a test
/// can see which questions were asked after an opening message. Each question is known by words of its text.
/// </summary>
internal static class FormDriver
{
    // (words of the question, the slot it asks for, the answer given)
    private static readonly (string Marker, string Slot, string Answer)[] TicketQuestions =
    [
        ("听起来是", "category", "对"),
        ("请选择问题的类别", "category", "其他"),
        ("已记下", "description", "已经好几天了，影响生产"),
        ("请描述", "description", "已经好几天了，一直没有人来处理，影响生产"),
        ("什么位置", "location", "跳过"),
        ("紧急吗", "urgency", "一般"),
        ("现场照片", "photos", "没有"),
        ("联系人还是", "contact", "不是"),
        ("怎么称呼", "contact", "李女士"),
        ("联系电话", "phone", "13905741234"),
        ("上门查看", "visit", "跳过"),
    ];

    private static readonly (string Marker, string Slot, string Answer)[] VolunteerQuestions =
    [
        ("报名志愿者前", "consent", "同意"),
        ("请选择要加入的队伍", "team", "河小二"),
        ("请输入您的姓名", "name", "钱多多"),
        ("请输入您本人的手机号", "phone", "13805749876"),
        ("是否填写您所在的企业", "employer", "跳过"),
        ("什么时间可以参加活动", "availability", "晚上"),
    ];

    /// <summary>Sends the opening, then answers until the ticket summary; returns the slots asked and the summary.</summary>
    public static Task<(List<string> Asked, string Summary)> TicketAsync(Chat chat, IActivity opening) =>
        DriveAsync(chat, opening, TicketQuestions, "【报事信息】");

    public static Task<(List<string> Asked, string Summary)> VolunteerAsync(Chat chat, string opening) =>
        DriveAsync(chat, MessageFactory.Text(opening), VolunteerQuestions, "请核对报名信息");

    private static async Task<(List<string> Asked, string Summary)> DriveAsync(
        Chat chat, IActivity opening, (string Marker, string Slot, string Answer)[] questions, string summaryMarker)
    {
        var asked = new List<string>();
        var reply = Chat.Texts(await chat.SendAsync(opening));
        for (var turn = 0; turn < 15; turn++)
        {
            if (reply.Contains(summaryMarker, StringComparison.Ordinal))
            {
                return (asked, reply);
            }
            var question = questions.FirstOrDefault(q => reply.Contains(q.Marker, StringComparison.Ordinal));
            Assert.True(question.Marker is not null, "An unexpected reply: " + reply);
            asked.Add(question.Slot);
            reply = await chat.SayAsync(question.Answer);
        }
        throw new Xunit.Sdk.XunitException("The form did not reach its summary: " + reply);
    }
}
