using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>What a turn's reply must say, with a description for the error report when it does not.</summary>
public sealed record Expect(string Description, Func<BotReply, bool> Check)
{
    /// <summary>Any reply at all: the next turn's script looks at it.</summary>
    public static Expect Anything { get; } = new("a reply", _ => true);

    /// <summary>Every fragment appears in the reply's text.</summary>
    public static Expect Contains(params string[] fragments) =>
        new($"“{string.Join("” and “", fragments)}”", reply => fragments.All(fragment => reply.Text.Contains(fragment, StringComparison.Ordinal)));

    /// <summary>The reply's text is exactly <paramref name="text"/>.</summary>
    public static Expect Exactly(string text) => new($"exactly “{text}”", reply => reply.Text == text);

    /// <summary>The reply says the bot's text <paramref name="key"/> (see <see cref="BotTexts.Pattern"/> for the arguments).</summary>
    public static Expect Says(string key, params object?[] args)
    {
        var pattern = BotTexts.Pattern(key, args);
        return new($"the text {key} (“{Shorten(BotTexts.Text(key))}”)", reply => pattern.IsMatch(reply.Text));
    }

    /// <summary>Both hold.</summary>
    public Expect And(Expect other) => new($"{Description} and {other.Description}", reply => Check(reply) && other.Check(reply));

    /// <summary>Either holds.</summary>
    public Expect Or(Expect other) => new($"{Description} or {other.Description}", reply => Check(reply) || other.Check(reply));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
