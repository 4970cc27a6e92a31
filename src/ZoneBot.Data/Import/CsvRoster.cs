using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Import;

/// <summary>Reads a .csv roster into a <see cref="RosterTable"/>.</summary>
internal static class CsvRoster
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        // Excel writes commas, or tabs for "Unicode text"; a hand-made file may use semicolons.
        DetectDelimiter = true,
        TrimOptions = TrimOptions.Trim,
        // A stray quote inside a cell is taken as text; the row is still checked like any other.
        BadDataFound = null,
        IgnoreBlankLines = false,
    };

    static CsvRoster()
    {
        // GB18030 is not built into .NET; the code pages provider ships with it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static RosterTable Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var reader = new StringReader(Decode(buffer.ToArray()));
        using var parser = new CsvParser(reader, Configuration);
        if (!parser.Read())
        {
            throw new RosterFormatException("The file is empty: the first row must name the columns.");
        }

        var headers = parser.Record ?? [];
        var lines = new List<RosterLine>();
        while (parser.Read())
        {
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Row counts records, as a spreadsheet shows them: a quoted cell over two lines is one row.
            lines.Add(new RosterLine(parser.Row, cells));
        }

        return new RosterTable(headers, lines);
    }

    /// <summary>
    /// Excel on a Chinese Windows saves "CSV" in GB18030 (GBK) without saying so; other tools write
    /// UTF-8, with or without a byte order mark, or UTF-16 for "Unicode text". Valid UTF-8 is almost
    /// never valid-looking GBK by accident, so strict UTF-8 first and GB18030 when it fails.
    /// </summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
