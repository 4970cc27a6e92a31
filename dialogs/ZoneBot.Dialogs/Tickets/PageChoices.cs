using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>The "next page" option at the end of a paged list of tickets (查询工单, 我的待办).</summary>
public static class PageChoices
{
    public static Choice Next(ITextLocalizer texts, string locale) =>
        new(texts.Get(locale, "myTickets.nextPage"), "下一页", "更多", "next");
}
