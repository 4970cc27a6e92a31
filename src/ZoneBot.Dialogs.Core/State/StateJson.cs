using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// How a conversation's state is written and read (System.Text.Json): the dialog layer's own types source-generated
/// (<see cref="StateJsonContext"/>), the dialogs' own values by reflection; no type names; no null properties (a property
/// left out reads back as null); names read in either case, as the Newtonsoft documents before were; text as it is
/// (Chinese unescaped, as those documents had it); a value of a type no one has asked for kept as JSON
/// (<see cref="StateValueConverter"/>), and so dates as the text they were written with.
/// </summary>
internal static class StateJson
{
    // Each component of a dialog stack nests a few levels deeper; Newtonsoft's documents had no limit.
    private const int MaxDepth = 512;

    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonReaderOptions ReaderOptions { get; } = new() { MaxDepth = MaxDepth };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Options.Encoder, MaxDepth = MaxDepth, SkipValidation = true };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(StateJsonContext.Default, new DefaultJsonTypeInfoResolver()),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            IncludeFields = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth,
            Converters = { new StateValueConverter(), new DialogInstanceConverter(), new NewtonsoftTokenConverter() },
        };
        options.MakeReadOnly();
        return options;
    }
}
