using System.CommandLine;
using ZoneBot.Dialogs.Knowledge;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `knowledge check [folder]`: reads the knowledge base's files as the bot would and lists each entry that
/// would be left out, with its file and line. The running bot reads them again when an administrator sends
/// `knowledge reload` in the chat.
/// </summary>
public static class KnowledgeCommands
{
    public static Command Build()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The folder of the *.md files (default: the Knowledge folder beside the executable).",
            DefaultValueFactory = _ => null,
        };
        var check = new Command("check", "Read the knowledge base's files and report every entry with a problem.") { folder };
        check.TreatUnmatchedTokensAsErrors = false;
        check.SetAction((parse, _) => CheckAsync(parse, parse.GetValue(folder)));
        return new Command("knowledge", "The zone's knowledge base (questions with known answers).") { check };
    }

    private static async Task<int> CheckAsync(ParseResult parse, string? folder)
    {
        var output = parse.InvocationConfiguration.Output;
        var path = folder is null ? new KnowledgeOptions().FullFolder : Path.GetFullPath(folder);
        var load = KnowledgeBase.Load(path);
        foreach (var problem in load.Problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }
        await output.WriteLineAsync($"{load.Entries.Count} entries load, {load.Problems.Count} problem(s), from {path}");
        return load.Problems.Count == 0 ? 0 : 2;
    }
}
