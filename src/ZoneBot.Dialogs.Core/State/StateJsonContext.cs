using System.Text.Json.Serialization;

namespace ZoneBot.Dialogs.Core;

/// <summary>The state's types that every turn reads and writes, their serialisers generated at build time.</summary>
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
