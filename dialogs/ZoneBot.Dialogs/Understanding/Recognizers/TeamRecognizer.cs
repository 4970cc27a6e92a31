using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Volunteers;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>The volunteer team a message names: "巡防队" is 平安巡防志愿者队伍 (<see cref="TeamMention"/>).</summary>
public sealed class TeamRecognizer(VolunteerTeams teams, TeamMention mention) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Team;

    public async ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct) =>
        facts.Team ??= mention.Find(utterance.Text, await teams.AllAsync(ct));
}
