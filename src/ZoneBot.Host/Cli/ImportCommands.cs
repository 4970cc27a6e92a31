using System.CommandLine;
using ZoneBot.Data;
using ZoneBot.Data.Import;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `import grids|firms &lt;file&gt; [--skip-invalid]`: the town's roster spreadsheet into the database.
/// Every row is checked first and every rejected row reported; nothing is written while any row is
/// rejected, unless --skip-invalid. The import logic is in ZoneBot.Data (Import/); this prints.
/// </summary>
public static class ImportCommands
{
    /// <summary>Exit code: the file could not be read as a roster (missing, wrong type, a required column missing).</summary>
    public const int Unreadable = 1;

    /// <summary>Exit code: rows were rejected and nothing was written.</summary>
    public const int Rejected = 2;

    private delegate Task<ImportResult> Importer(Database database, RosterTable table, bool skipInvalid, IProgress<ImportProgress> progress, CancellationToken ct);

    public static Command Build()
    {
        var import = new Command("import", "Import the real roster from the town's spreadsheet (.csv or .xlsx; header row, Chinese or English headers).");
        import.Subcommands.Add(Verb(
            "grids",
            "Grids with their community and liaison: 社区, 社区电话, 社区地址, 网格号, 网格名称, 道路, 社管员, 社管员电话. Upserts grids by number, liaisons by phone.",
            (database, table, skip, progress, ct) => new GridImporter(database).ImportAsync(table, skip, progress, ct)));
        import.Subcommands.Add(Verb(
            "firms",
            "Firms: 统一社会信用代码, 企业名称, 简称, 地址, 道路, 行业, 颜色, 网格. Upserts by credit code; import grids first.",
            (database, table, skip, progress, ct) => new FirmImporter(database).ImportAsync(table, skip, progress, ct)));
        return import;
    }

    private static Command Verb(string name, string description, Importer importer)
    {
        var file = new Argument<string>("file") { Description = "The roster: a .csv (UTF-8 or GB18030) or .xlsx file (its first sheet)." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Write the valid rows even when some rows are rejected." };
        var command = new Command(name, description) { file, skipInvalid };
        // Settings (--Database:ConnectionString=...) go on to the configuration, as for every verb.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(file)!, parse.GetValue(skipInvalid), importer, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string path, bool skipInvalid, Importer importer, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        if (path.StartsWith('-'))
        {
            // The parser gives the first token it does not know to <file>: a setting written before the file.
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"'{path}' is not a file: give the file first, then the settings (import {parse.CommandResult.Command.Name} roster.xlsx --Database:ConnectionString=...).");
            return Unreadable;
        }

        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var database = services.GetRequiredService<Database>();
        new DatabaseMigrator(database).Migrate();

        ImportResult result;
        try
        {
            var table = RosterReader.Read(path);
            await output.WriteLineAsync($"{Path.GetFileName(path)}: {table.Lines.Count} row(s) under the header.");
            result = await importer(database, table, skipInvalid, new ProgressLines(output), ct);
        }
        catch (RosterFormatException exception)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
            return Unreadable;
        }

        if (result.Rejections.Count > 0)
        {
            await output.WriteLineAsync($"{result.RejectedRows} row(s) rejected{(result.Written ? " and skipped" : string.Empty)}:");
            foreach (var rejection in result.Rejections)
            {
                await output.WriteLineAsync("  " + rejection);
            }
        }

        if (!result.Written)
        {
            await output.WriteLineAsync(
                $"Nothing written. Fix the rows above, or run again with --skip-invalid to write the other {result.ValidRows} row(s).");
            return Rejected;
        }

        foreach (var tally in result.Tallies)
        {
            await output.WriteLineAsync(Describe(tally));
        }

        return 0;
    }

    private static string Describe(ImportTally tally)
    {
        var what = tally.Kind switch
        {
            ImportedKind.Community => "Communities",
            ImportedKind.Grid => "Grids",
            ImportedKind.Liaison => "Liaisons",
            _ => "Firms",
        };
        var detached = tally.Detached > 0 ? $", {tally.Detached} replaced (kept as officers without a grid)" : string.Empty;
        return $"{what}: {tally.Added} added, {tally.Updated} updated, {tally.Unchanged} unchanged{detached}.";
    }

    /// <summary>A counter line while a large file is written; synchronous, so the lines come in order.</summary>
    private sealed class ProgressLines(TextWriter output) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Total > ImportProgress.Interval)
            {
                output.WriteLine($"  {value.Done} of {value.Total} rows done");
            }
        }
    }
}
