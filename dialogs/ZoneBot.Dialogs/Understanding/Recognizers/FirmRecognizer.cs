using ZoneBot.Data;
using ZoneBot.Data.Firms;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// The firm a message names: credit code, registered, core or short name, one typing slip allowed
/// ("永胜灯具" for 永盛灯具), with the candidates when it could be several (<see cref="ZoneBot.Domain.FirmIndex.FindIn"/>).
/// </summary>
public sealed class FirmRecognizer(FirmDirectory firms) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Firm;

    public async ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct) =>
        facts.Firm ??= await firms.FindInAsync(utterance.Text, ct);
}
