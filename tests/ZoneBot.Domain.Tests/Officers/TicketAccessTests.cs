using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Officers;

public class TicketAccessTests
{
    private const long Grid = 3;
    private const long Community = 1;

    [Theory]
    [InlineData(OfficerRole.Liaison, 3L, null, true)]
    [InlineData(OfficerRole.Liaison, 4L, null, false)]
    [InlineData(OfficerRole.Liaison, null, null, false)]
    [InlineData(OfficerRole.Secretary, null, 1L, true)]
    [InlineData(OfficerRole.Secretary, null, 2L, false)]
    [InlineData(OfficerRole.Admin, null, null, true)]
    [InlineData(OfficerRole.Department, null, 1L, false)]
    public void Only_the_grid_liaison_the_community_secretary_and_administrators_may_act(OfficerRole role, long? gridId, long? communityId, bool may)
    {
        var officer = new Officer(1, "测试", "19900000099", role, gridId, communityId, null, null);

        Assert.Equal(may, TicketAccess.MayAct(officer, Grid, Community));
    }

    [Fact]
    public void A_liaison_may_not_decide_an_extension()
    {
        var liaison = new Officer(1, "测试", "19900000099", OfficerRole.Liaison, Grid, null, null, null);
        var secretary = liaison with { Role = OfficerRole.Secretary, GridId = null, CommunityId = Community };

        Assert.False(TicketAccess.MayDecideExtensions(liaison, Community));
        Assert.True(TicketAccess.MayDecideExtensions(secretary, Community));
    }
}
