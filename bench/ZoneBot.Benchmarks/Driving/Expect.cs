namespace ZoneBot.Benchmarks.Driving;

/// <summary>What a turn's reply must say, with a description for the error report when it does not.</summary>
public sealed record Expect(string Description, Func<BotReply, bool> Check)
{
    /// <summary>Every fragment appears in the reply's text.</summary>
    public static Expect Contains(params string[] fragments) =>
        new($"“{string.Join("” and “", fragments)}”", reply => fragments.All(fragment => reply.Text.Contains(fragment, StringComparison.Ordinal)));

    /// <summary>At least one of the fragments appears in the reply's text.</summary>
    public static Expect Either(params string[] fragments) =>
        new($"“{string.Join("” or “", fragments)}”", reply => fragments.Any(fragment => reply.Text.Contains(fragment, StringComparison.Ordinal)));

    /// <summary>The reply's text is exactly <paramref name="text"/>.</summary>
    public static Expect Exactly(string text) => new($"exactly “{text}”", reply => reply.Text == text);
}
