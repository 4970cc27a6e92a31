using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// The inspections' progress tables as .xlsx: a sheet per grid (with the total), a sheet per community, and the
/// hazards found per grid and checklist item. Headings come from <c>Inspections/inspection-report.json</c>.
/// </summary>
public static class InspectionWorkbook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReportHeadings Headings { get; } = ReadHeadings();

    public static void Write(InspectionReportData report, string zoneName, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var words = Headings;
        using var workbook = new XLWorkbook();
        var title = string.Format(CultureInfo.InvariantCulture, words.TitleFormat, zoneName, words.Titles[report.Period.Kind.ToString().ToLowerInvariant()], report.Period);
        Figures(workbook.Worksheets.Add(words.GridSheet), title, words.GridHeading, report.Grids.Append(report.Total with { Name = words.Total }));
        Figures(workbook.Worksheets.Add(words.CommunitySheet), title, words.CommunityHeading, report.Communities.Append(report.Total with { Name = words.Total }));

        var items = Checklists.Shipped.AllItems.ToList();
        var sheet = workbook.Worksheets.Add(words.ItemSheet);
        sheet.Cell(1, 1).Value = words.GridHeading;
        for (var column = 0; column < items.Count; column++)
        {
            sheet.Cell(1, column + 2).Value = items[column].ShortName("zh-CN");
        }
        var row = 2;
        foreach (var figures in report.Grids.Append(report.Total with { Name = words.Total }))
        {
            sheet.Cell(row, 1).Value = figures.Name;
            for (var column = 0; column < items.Count; column++)
            {
                sheet.Cell(row, column + 2).Value = figures.HazardsByItem.GetValueOrDefault(items[column].Code);
            }
            row++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(row - 1).Style.Font.Bold = true;
        sheet.Column(1).Width = 14;
        sheet.Columns(2, items.Count + 1).Width = 12;

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        workbook.SaveAs(path);
    }

    private static void Figures(IXLWorksheet sheet, string title, string firstHeading, IEnumerable<InspectionFigures> rows)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        string[] headings = [firstHeading, .. Headings.Headings];
        for (var column = 0; column < headings.Length; column++)
        {
            sheet.Cell(2, column + 1).Value = headings[column];
        }
        sheet.Row(2).Style.Font.Bold = true;
        var row = 3;
        foreach (var figures in rows)
        {
            int[] values = [figures.Planned, figures.Inspected, figures.Closed, figures.HazardsFound, figures.RectifiedOnTime, figures.RectifiedLate, figures.Open, figures.OpenOverdue];
            sheet.Cell(row, 1).Value = figures.Name;
            for (var column = 0; column < values.Length; column++)
            {
                sheet.Cell(row, column + 2).Value = values[column];
            }
            row++;
        }
        sheet.Row(row - 1).Style.Font.Bold = true;
        // Fixed widths: measuring the text (AdjustToContents) needs System.Drawing's native library, which servers lack.
        sheet.Column(1).Width = 16;
        sheet.Columns(2, headings.Length).Width = 12;
    }

    private static ReportHeadings ReadHeadings()
    {
        using var stream = typeof(InspectionWorkbook).Assembly.GetManifestResourceStream("Inspections/inspection-report.json")
            ?? throw new InvalidOperationException("The inspection report's headings are not embedded.");
        return JsonSerializer.Deserialize<ReportHeadings>(stream, Json) ?? throw new InvalidOperationException("The headings file is empty.");
    }

    /// <summary>The sheet names and headings of the report.</summary>
    public sealed class ReportHeadings
    {
        public Dictionary<string, string> Titles { get; set; } = [];
        /// <summary>The first line of a sheet: {0} the zone, {1} the title, {2} the dates.</summary>
        public string TitleFormat { get; set; } = "{0} {1} {2}";
        public string GridSheet { get; set; } = string.Empty;
        public string CommunitySheet { get; set; } = string.Empty;
        public string ItemSheet { get; set; } = string.Empty;
        public string GridHeading { get; set; } = string.Empty;
        public string CommunityHeading { get; set; } = string.Empty;
        public string Total { get; set; } = string.Empty;
        public string[] Headings { get; set; } = [];
    }
}
