namespace ZoneBot.Benchmarks.Reporting;

/// <summary>A Markdown table for the console, ready to paste into docs/benchmarks.md.</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public Table Add(params object[] cells)
    {
        _rows.Add([.. cells.Select(cell => cell switch
        {
            double number => number.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        })]);
        return this;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", headers) + " |");
        output.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (var row in _rows)
        {
            output.WriteLine("| " + string.Join(" | ", row) + " |");
        }
        output.WriteLine();
    }
}
