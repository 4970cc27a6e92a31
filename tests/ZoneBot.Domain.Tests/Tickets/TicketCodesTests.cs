using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

/// <summary>The codes are what the database stores: changing one orphans existing rows.</summary>
public class TicketCodesTests
{
    [Theory]
    [InlineData(TicketCategory.PartyBuilding, "party_building")]
    [InlineData(TicketCategory.Safety, "safety")]
    [InlineData(TicketCategory.Environment, "environment")]
    [InlineData(TicketCategory.SocialAffairs, "social_affairs")]
    [InlineData(TicketCategory.EnterpriseService, "enterprise_service")]
    [InlineData(TicketCategory.Other, "other")]
    public void Each_category_has_its_stable_code(TicketCategory category, string code)
    {
        Assert.Equal(code, category.Code);
        Assert.Equal(category, TicketCategory.FromCode(code));
    }

    [Theory]
    [InlineData(TicketStage.Reported, "reported", "上报")]
    [InlineData(TicketStage.Assessed, "assessed", "研判")]
    [InlineData(TicketStage.FedBack, "fed_back", "反馈")]
    [InlineData(TicketStage.Handled, "handled", "处理")]
    [InlineData(TicketStage.Reviewed, "reviewed", "回头看")]
    [InlineData(TicketStage.Closed, "closed", "已办结")]
    public void Each_stage_has_its_stable_code_and_Chinese_name(TicketStage stage, string code, string chinese)
    {
        Assert.Equal(code, stage.Code);
        Assert.Equal(chinese, stage.ChineseName);
        Assert.True(TicketStage.TryFromCode(code, out var parsed));
        Assert.Equal(stage, parsed);
    }

    [Theory]
    [InlineData(Urgency.Normal, "normal", "一般")]
    [InlineData(Urgency.Urgent, "urgent", "紧急")]
    public void Each_urgency_has_its_stable_code_and_Chinese_name(Urgency urgency, string code, string chinese)
    {
        Assert.Equal(code, urgency.Code);
        Assert.Equal(chinese, urgency.ChineseName);
    }

    [Fact]
    public void An_unknown_code_is_refused()
    {
        Assert.False(TicketCategory.TryFromCode("fire", out _));
        Assert.False(TicketCategory.TryFromCode(null, out _));
        Assert.Throws<FormatException>(() => TicketStage.FromCode("done"));
    }

    [Fact]
    public void Every_member_of_every_coded_enum_has_a_distinct_code()
    {
        AssertDistinct(Enum.GetValues<TicketCategory>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<TicketStage>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<TicketEventKind>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<TicketRating>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<Urgency>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<FirmColour>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<Industry>().Select(v => v.Code));
        AssertDistinct(Enum.GetValues<OfficerRole>().Select(v => v.Code));
    }

    private static void AssertDistinct(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        Assert.Equal(list.Count, list.Distinct().Count());
    }
}
