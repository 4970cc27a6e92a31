using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

public class ClosedLoopTests
{
    [Fact]
    public void Following_the_loop_from_reported_reaches_closed_in_five_moves()
    {
        var stage = TicketStage.Reported;
        OfficerAction[] moves = [OfficerAction.Assess, OfficerAction.FeedBack, OfficerAction.Handle, OfficerAction.Review, OfficerAction.Close];

        foreach (var move in moves)
        {
            Assert.True(ClosedLoop.Allows(stage, move), $"{move} at {stage}");
            stage = ClosedLoop.StageAfter(stage, move);
        }

        Assert.Equal(TicketStage.Closed, stage);
        Assert.Empty(ClosedLoop.ActionsAt(TicketStage.Closed));
    }

    [Theory]
    [InlineData(TicketStage.Reported, OfficerAction.Handle)]
    [InlineData(TicketStage.Reported, OfficerAction.FeedBack)]
    [InlineData(TicketStage.Assessed, OfficerAction.Assess)]
    [InlineData(TicketStage.Handled, OfficerAction.Transfer)]
    [InlineData(TicketStage.Reported, OfficerAction.RequestExtension)]
    [InlineData(TicketStage.Reviewed, OfficerAction.Handle)]
    [InlineData(TicketStage.Closed, OfficerAction.Review)]
    public void A_stage_cannot_be_skipped_or_repeated(TicketStage stage, OfficerAction action)
    {
        Assert.False(ClosedLoop.Allows(stage, action));
    }

    [Theory]
    [InlineData(TicketStage.Reported)]
    [InlineData(TicketStage.FedBack)]
    public void A_transfer_keeps_the_stage(TicketStage stage)
    {
        Assert.Equal(stage, ClosedLoop.StageAfter(stage, OfficerAction.Transfer));
    }

    [Fact]
    public void The_firm_is_told_of_feedback_handling_and_closing_only()
    {
        var told = Enum.GetValues<OfficerAction>().Where(ClosedLoop.TellsTheFirm);

        Assert.Equal([OfficerAction.FeedBack, OfficerAction.Handle, OfficerAction.Close], told);
    }

    [Fact]
    public void A_reopened_ticket_is_handled_again()
    {
        Assert.True(ClosedLoop.CanReopen(TicketStage.Closed));
        Assert.False(ClosedLoop.CanReopen(TicketStage.Handled));
        Assert.Contains(OfficerAction.Handle, ClosedLoop.ActionsAt(ClosedLoop.ReopenedStage));
    }
}
