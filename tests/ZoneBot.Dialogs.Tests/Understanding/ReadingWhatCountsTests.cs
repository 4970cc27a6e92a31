using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Dialogs.Tests.Understanding.ConversationSet;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>
/// A message is read only for the facts that can count at its step (<see cref="MessageFact"/>): what is read must
/// be what a full reading finds, and what is not asked is not there. Over the conversation set's messages, as people
/// type them, and the answers of a filing.
/// </summary>
public sealed class ReadingWhatCountsTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private static readonly MessageFact[] EachFact = [.. Enum.GetValues<MessageFact>().Where(fact => fact is not (MessageFact.None or MessageFact.All))];

    private MessageReader Reader => bot.Services.GetRequiredService<MessageReader>();

    [Fact]
    public async Task Each_fact_asked_alone_is_what_reading_everything_finds_and_nothing_else_is_read()
    {
        var messages = LabelledMessage.LoadAll();
        var differences = new List<string>();
        var found = new HashSet<MessageFact>();
        foreach (var message in messages)
        {
            var everything = Facts(await Reader.ReadAsync(message.Text, message.Locale, CancellationToken.None));
            foreach (var fact in EachFact)
            {
                var alone = Facts(await Reader.ReadAsync(message.Text, message.Locale, fact, CancellationToken.None));
                // Whether a problem is told reads the category: asked for the one, the other is read too.
                var read = fact == MessageFact.Problem ? MessageFact.Problem | MessageFact.Category : fact;
                foreach (var (kind, value) in alone)
                {
                    var expected = read.HasFlag(kind) ? everything[kind] : null;
                    if (value != expected)
                    {
                        differences.Add($"{message.File}:{message.Line} asked {fact}, {kind} “{value}” (expected “{expected}”): {message.Text}");
                    }
                }
                if (everything[fact] is not null)
                {
                    found.Add(fact);
                }
            }
        }
        Assert.Empty(differences);
        // The comparison means something only if the set's messages hold facts of every kind.
        Assert.Equal(EachFact, EachFact.Where(found.Contains));
    }

    [Fact]
    public async Task Nothing_asked_reads_nothing()
    {
        var facts = Facts(await Reader.ReadAsync("我们厂区东门的路灯坏了，联系人王经理 13905741234，明天上午10点来看", "zh-CN", MessageFact.None, CancellationToken.None));

        Assert.All(facts.Values, Assert.Null);
    }

    [Fact]
    public async Task The_router_finds_the_intent_that_reading_everything_finds()
    {
        var sentences = bot.Services.GetRequiredService<SentenceIntentRecognizer>();
        var differences = new List<string>();
        foreach (var message in LabelledMessage.LoadAll())
        {
            foreach (var hasPhotos in new[] { false, true })
            {
                var (full, _) = await sentences.RecognizeAsync(message.Text, message.Locale, hasPhotos, CancellationToken.None);
                var routed = await sentences.RouteAsync(message.Text, message.Locale, hasPhotos, CancellationToken.None);
                if (routed != full)
                {
                    differences.Add($"{message.File}:{message.Line} {routed} (full reading: {full}, photos: {hasPhotos}): {message.Text}");
                }
            }
        }
        Assert.Empty(differences);
    }

    public static TheoryData<string, string> FilingAnswers => new()
    {
        { "王经理 13812345678，明天上午十点以后都可以来看", "zh-CN" },
        { "3号车间东侧，挺急的，尽快来人", "zh-CN" },
        { "好的", "zh-CN" },
        { "3", "zh-CN" },
        { "跳过", "zh-CN" },
        { "路灯坏了，联系李女士 139 0574 1234", "zh-CN" },
        { "Mr Wang, 13905741234, any time tomorrow morning", "en-US" },
    };

    [Theory]
    [MemberData(nameof(FilingAnswers))]
    public async Task A_filing_answer_read_for_the_draft_s_empty_fields_fills_the_draft_as_a_full_reading_does(string answer, string locale)
    {
        foreach (var draft in DraftsAtEachStep())
        {
            var byFullReading = Copy(draft);
            TicketDraftFacts.Fill(byFullReading, await Reader.ReadAsync(answer, locale, CancellationToken.None));
            var byWantedReading = Copy(draft);
            TicketDraftFacts.Fill(byWantedReading, await Reader.ReadAsync(answer, locale, TicketDraftFacts.Wanted(draft), CancellationToken.None));

            Assert.Equal(JsonSerializer.Serialize(byFullReading), JsonSerializer.Serialize(byWantedReading));
        }
    }

    [Fact]
    public void A_draft_with_every_field_given_wants_nothing_more_from_an_answer()
    {
        var complete = DraftsAtEachStep().Last();

        Assert.Equal(MessageFact.None, TicketDraftFacts.Wanted(complete));
        Assert.Equal(MessageFact.Phone | MessageFact.VisitTime, TicketDraftFacts.Wanted(DraftsAtEachStep().ElementAt(4)));
    }

    [Fact]
    public async Task A_first_message_read_for_what_a_draft_takes_starts_the_draft_a_full_reading_starts()
    {
        foreach (var message in LabelledMessage.LoadAll().Where(message => message.Intent == "FileIssue"))
        {
            var byFullReading = new TicketDraft { FirmId = 1 };
            TicketDraftFacts.FillFromFirstMessage(byFullReading, message.Text, await Reader.ReadAsync(message.Text, message.Locale, CancellationToken.None), []);
            var byWantedReading = new TicketDraft { FirmId = 1 };
            TicketDraftFacts.FillFromFirstMessage(byWantedReading, message.Text, await Reader.ReadAsync(message.Text, message.Locale, TicketDraftFacts.FirstMessage, CancellationToken.None), []);

            Assert.Equal(JsonSerializer.Serialize(byFullReading), JsonSerializer.Serialize(byWantedReading));
        }
    }

    // A filing from its first question to its last: each draft has one more field given than the one before.
    private static IEnumerable<TicketDraft> DraftsAtEachStep()
    {
        var draft = new TicketDraft { FirmId = 1 };
        yield return Copy(draft);
        (draft.Category, draft.Description) = (TicketCategory.EnterpriseService, "园区路灯坏了一个星期，晚上下班很不安全");
        yield return Copy(draft);
        (draft.Location, draft.LocationAsked) = ("东门外", true);
        yield return Copy(draft);
        draft.Urgency = Urgency.Normal;
        yield return Copy(draft);
        (draft.ContactName, draft.LastContactOffered) = ("张经理", true);
        yield return Copy(draft);
        draft.ContactPhone = "13805741234";
        yield return Copy(draft);
        draft.VisitTimeAsked = true;
        yield return Copy(draft);
    }

    private static TicketDraft Copy(TicketDraft draft) => JsonSerializer.Deserialize<TicketDraft>(JsonSerializer.Serialize(draft))!;

    private static Dictionary<MessageFact, string?> Facts(MessageFacts facts) => new()
    {
        [MessageFact.Phone] = facts.Phone,
        [MessageFact.ContactName] = facts.ContactName,
        [MessageFact.PersonName] = facts.PersonName,
        [MessageFact.Urgency] = facts.Urgency?.Code,
        [MessageFact.VisitTime] = facts.VisitAt?.ToString("O", CultureInfo.InvariantCulture) ?? facts.VisitWish?.ToString(),
        [MessageFact.Location] = facts.Location,
        [MessageFact.Category] = facts.Category?.Code,
        [MessageFact.Problem] = facts.DescribesProblem ? "yes" : null,
        [MessageFact.Firm] = facts.Firm is { } firm ? firm.Text + ": " + string.Join(",", firm.Matches.Select(match => match.Firm.Name)) : null,
        [MessageFact.Team] = facts.Team?.Code,
        [MessageFact.Availability] = facts.Availability,
    };
}
