using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Host.Cli;

/// <summary>
/// A Bot Framework adapter for a terminal: the user's lines become message activities, the bot's
/// replies are printed, and suggested actions become numbered options the user can pick by number.
/// </summary>
public sealed class TerminalAdapter(TextWriter output) : BotAdapter
{
    public const string ChannelId = "terminal";

    /// <summary>The suggested actions of the bot's last reply, so a number typed next picks one.</summary>
    public IReadOnlyList<string> Options { get; private set; } = [];

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities.Where(activity => activity.Type == ActivityTypes.Message))
        {
            if (!string.IsNullOrEmpty(activity.Text))
            {
                await output.WriteLineAsync($"bot> {activity.Text}");
            }
            var actions = activity.SuggestedActions?.Actions;
            if (actions is { Count: > 0 })
            {
                Options = [.. actions.Select(action => action.Value?.ToString() ?? action.Title)];
                for (var i = 0; i < actions.Count; i++)
                {
                    await output.WriteLineAsync($"     {i + 1}. {actions[i].Title}");
                }
            }
            responses.Add(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }
        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot change what it has printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot delete what it has printed.");

    /// <summary>Runs one turn of the bot for an activity typed in the terminal.</summary>
    public async Task ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken ct)
    {
        using var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, bot, ct);
    }

    /// <summary>"2" after a list of options means the second option; anything else is the user's own words.</summary>
    public string ResolveOption(string line) =>
        int.TryParse(line, out var number) && number >= 1 && number <= Options.Count ? Options[number - 1] : line;
}
