namespace ZoneBot.Dialogs.Core;

/// <summary>One step of a <see cref="WaterfallDialog"/>, conventionally named <c>XxxStepAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
