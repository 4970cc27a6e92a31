using ClosedXML.Excel;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Reports;

/// <summary>
/// A report as the .xlsx the zone files: the first sheet named after it (周记录, 月对账, 季总结) with a
/// row per grid and the total, the second (按类别) with the tickets received per grid and category.
/// </summary>
public static class ReportWorkbook
{
    public const string CategorySheet = "按类别";

    public static readonly string[] Headers =
        ["网格", "收到", "办结", "超时", "平均首次响应(小时)", "平均办结(小时)", "已评价", "满意", "基本满意", "不满意", "满意率"];

    public static void Write(TicketReportData report, string zoneName, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(report.Period.Title);
        summary.Cell(1, 1).Value = $"{zoneName} {report.Period.Title}（{report.Period}）";
        summary.Cell(1, 1).Style.Font.Bold = true;
        for (var column = 0; column < Headers.Length; column++)
        {
            summary.Cell(2, column + 1).Value = Headers[column];
            summary.Cell(2, column + 1).Style.Font.Bold = true;
        }
        var row = 3;
        foreach (var figures in report.Grids.Append(report.Total))
        {
            WriteFigures(summary, row++, figures);
        }
        summary.Row(row - 1).Style.Font.Bold = true;
        // Fixed widths: measuring the text (AdjustToContents) needs System.Drawing's native library, which servers lack.
        summary.Column(1).Width = 14;
        summary.Columns(2, Headers.Length).Width = 12;

        var categories = workbook.Worksheets.Add(CategorySheet);
        var kinds = Enum.GetValues<TicketCategory>();
        categories.Cell(1, 1).Value = "网格";
        for (var column = 0; column < kinds.Length; column++)
        {
            categories.Cell(1, column + 2).Value = kinds[column].ChineseName;
        }
        row = 2;
        foreach (var figures in report.Grids.Append(report.Total))
        {
            categories.Cell(row, 1).Value = figures.Name;
            for (var column = 0; column < kinds.Length; column++)
            {
                categories.Cell(row, column + 2).Value = figures.ReceivedByCategory[kinds[column]];
            }
            row++;
        }
        categories.Row(1).Style.Font.Bold = true;
        categories.Column(1).Width = 14;
        categories.Columns(2, kinds.Length + 1).Width = 18;

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        workbook.SaveAs(path);
    }

    private static void WriteFigures(IXLWorksheet sheet, int row, ReportFigures figures)
    {
        sheet.Cell(row, 1).Value = figures.Name;
        sheet.Cell(row, 2).Value = figures.Received;
        sheet.Cell(row, 3).Value = figures.Closed;
        sheet.Cell(row, 4).Value = figures.Overdue;
        if (figures.AverageResponseHours is { } response)
        {
            sheet.Cell(row, 5).Value = response;
        }
        if (figures.AverageCloseHours is { } close)
        {
            sheet.Cell(row, 6).Value = close;
        }
        sheet.Cell(row, 7).Value = figures.Rated;
        sheet.Cell(row, 8).Value = figures.Satisfied;
        sheet.Cell(row, 9).Value = figures.BasicallySatisfied;
        sheet.Cell(row, 10).Value = figures.Dissatisfied;
        if (figures.SatisfactionRate is { } rate)
        {
            sheet.Cell(row, 11).Value = rate;
            sheet.Cell(row, 11).Style.NumberFormat.Format = "0.0%";
        }
    }
}
