using System.Globalization;

namespace ZoneBot.Dialogs.Knowledge;

/// <summary>
/// Reads one knowledge file (Markdown). Each entry starts with a heading <c>## title</c>, followed by
/// <c>key: value</c> lines: <c>id</c>, <c>date</c> (yyyy-MM-dd), <c>source</c>, optionally <c>statements: yes</c>,
/// then <c>questions:</c> with one <c>- question</c> a line, and <c>answer:</c> with the answer's lines up to the
/// next heading. Lines before the first entry are the file's own notes. An entry with a problem is left out
/// and reported with its file and line; the others load.
/// </summary>
public static class KnowledgeFileParser
{
    private const string EntryHeading = "## ";

    public static (IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<KnowledgeProblem> Problems) Parse(string fileName, string text)
    {
        var entries = new List<KnowledgeEntry>();
        var problems = new List<KnowledgeProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Draft? draft = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd();
            if (line.StartsWith(EntryHeading, StringComparison.Ordinal))
            {
                Finish(draft, fileName, entries, problems);
                draft = new Draft(line[EntryHeading.Length..].Trim(), index + 1);
            }
            else if (draft is not null)
            {
                draft.Read(line, index + 1, fileName, problems);
            }
        }
        Finish(draft, fileName, entries, problems);
        return (entries, problems);
    }

    private static void Finish(Draft? draft, string fileName, List<KnowledgeEntry> entries, List<KnowledgeProblem> problems)
    {
        if (draft is null)
        {
            return;
        }
        var missing = draft.Missing().ToList();
        if (missing.Count > 0)
        {
            problems.Add(new KnowledgeProblem(fileName, draft.Line, $"entry '{draft.Title}' has no {string.Join(", no ", missing)}"));
            return;
        }
        if (draft.Invalid)
        {
            return;
        }
        entries.Add(new KnowledgeEntry(draft.Id!, draft.Title, draft.Questions, string.Join("\n", draft.AnswerLines).Trim(),
            draft.Source!, draft.Date!.Value, draft.Statements, fileName, draft.Line));
    }

    private sealed class Draft(string title, int line)
    {
        private string _section = string.Empty;

        public string Title { get; } = title;
        public int Line { get; } = line;
        public string? Id { get; private set; }
        public string? Source { get; private set; }
        public DateOnly? Date { get; private set; }
        public bool Statements { get; private set; }
        public List<string> Questions { get; } = [];
        public List<string> AnswerLines { get; } = [];
        public bool Invalid { get; private set; }

        public void Read(string line, int number, string fileName, List<KnowledgeProblem> problems)
        {
            if (_section == "answer")
            {
                AnswerLines.Add(line);
                return;
            }
            if (line.Length == 0)
            {
                return;
            }
            if (_section == "questions" && line.TrimStart().StartsWith('-'))
            {
                var question = line.TrimStart()[1..].Trim();
                if (question.Length > 0)
                {
                    Questions.Add(question);
                }
                return;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? string.Empty : line[..colon].Trim().ToLowerInvariant();
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].Trim();
            switch (key)
            {
                case "id":
                    Id = value.Length > 0 ? value : null;
                    break;
                case "source":
                    Source = value.Length > 0 ? value : null;
                    break;
                case "date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    Date = date;
                    break;
                case "date":
                    Fail(number, $"'{value}' is not a date (yyyy-MM-dd)");
                    break;
                case "statements":
                    Statements = value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "questions":
                case "answer":
                    _section = key;
                    if (value.Length > 0)
                    {
                        (key == "answer" ? AnswerLines : Questions).Add(value);
                    }
                    break;
                default:
                    Fail(number, $"'{line.Trim()}' is not 'id:', 'date:', 'source:', 'statements:', 'questions:' or 'answer:'");
                    break;
            }

            void Fail(int at, string message)
            {
                Invalid = true;
                problems.Add(new KnowledgeProblem(fileName, at, $"entry '{Title}': {message}"));
            }
        }

        public IEnumerable<string> Missing()
        {
            if (Id is null) yield return "id";
            if (Date is null && !Invalid) yield return "date";
            if (Source is null) yield return "source";
            if (Questions.Count == 0) yield return "questions";
            if (AnswerLines.All(string.IsNullOrWhiteSpace)) yield return "answer";
        }
    }
}
