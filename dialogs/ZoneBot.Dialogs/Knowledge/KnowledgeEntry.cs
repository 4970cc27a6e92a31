namespace ZoneBot.Dialogs.Knowledge;

/// <summary>One answer of the zone's knowledge base, as its file has it.</summary>
/// <param name="Id">Stable and unique across the files (power-outage).</param>
/// <param name="Questions">How people ask it; searched with the title.</param>
/// <param name="Source">Who says so (an office, a policy document, a public number).</param>
/// <param name="Date">When the answer was last checked; the reply cites it.</param>
/// <param name="AnswersStatements">Also answers a message that states the problem ("停电了") rather than asks:
/// for things no ticket can fix faster than the answer (a power cut is the utility's).</param>
/// <param name="File">The file's name, for problems and the citation.</param>
/// <param name="Line">The line of the entry's heading.</param>
public sealed record KnowledgeEntry(
    string Id,
    string Title,
    IReadOnlyList<string> Questions,
    string Answer,
    string Source,
    DateOnly Date,
    bool AnswersStatements,
    string File,
    int Line);

/// <summary>Why an entry was not loaded: where (file and line) and what is wrong.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
