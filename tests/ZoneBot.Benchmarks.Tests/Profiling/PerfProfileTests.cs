using ZoneBot.Benchmarks.Profiling;

namespace ZoneBot.Benchmarks.Tests.Profiling;

/// <summary>Reading `perf script -F ip,sym,dso` (lines as perf prints them for the host) into the profile's buckets.</summary>
public sealed class PerfProfileTests
{
    private const string Map = " (/tmp/perf-20380.map)";

    [Fact]
    public void A_compiled_method_is_named_as_the_trace_names_it_and_a_native_frame_by_its_file()
    {
        var managed = PerfProfile.Frame("\t    7fd8aa6adb86 string [ZoneBot.Dialogs.Core] ZoneBot.Dialogs.Core.ConversationStore::Serialize(class [System.Collections]System.Collections.Generic.Dictionary`2<string,object>)[OptimizedTier1]" + Map);
        var returnsGeneric = PerfProfile.Frame("\t    7fd8aa90a6a5 instance class [System.Runtime]System.Threading.Tasks.Task [ZoneBot.Dialogs] ZoneBot.Dialogs.Main.ZoneBotActivityHandler::OnTurnAsync(class [Microsoft.Bot.Builder]Microsoft.Bot.Builder.ITurnContext)[OptimizedTier1]" + Map);
        var native = PerfProfile.Frame("\t           a7aea sqlite3WhereBegin (/app/runtimes/linux-x64/native/libe_sqlite3.so)");
        var kernel = PerfProfile.Frame("\tffffffff8225f759 pvm_irq_enable ([kernel.kallsyms])");

        Assert.Equal(new StackFrame("ZoneBot.Dialogs.Core.ConversationStore.Serialize", "ZoneBot.Dialogs.Core"), managed);
        Assert.Equal(new StackFrame("ZoneBot.Dialogs.Main.ZoneBotActivityHandler.OnTurnAsync", "ZoneBot.Dialogs"), returnsGeneric);
        Assert.Equal(new StackFrame(string.Empty, "libe_sqlite3.so"), native);
        Assert.Equal(new StackFrame(string.Empty, "[kernel.kallsyms]"), kernel);
    }

    [Fact]
    public void Each_sample_goes_to_its_bucket_native_SQLite_and_the_kernel_below_it_included()
    {
        string[] script =
        [
            string.Empty,
            "\t           a7aea sqlite3WhereBegin (/app/libe_sqlite3.so)",
            "\t    7fd8aa6ac000 instance void [ZoneBot.Data] ZoneBot.Data.Turns.TurnCommits+<OpenAsync>d__9::MoveNext()[OptimizedTier1]" + Map,
            string.Empty,
            string.Empty,
            "\tffffffff81000e06 fdatasync ([kernel.kallsyms])",
            "\t           1aa00 unixSync (/app/libe_sqlite3.so)",
            string.Empty,
            string.Empty,
            "\t    7fd8aa621643 instance void [Newtonsoft.Json] Newtonsoft.Json.Serialization.JsonSerializerInternalWriter::SerializeDictionary(class Newtonsoft.Json.JsonWriter)[OptimizedTier1]" + Map,
            "\t    7fd8aa6adb86 string [ZoneBot.Dialogs.Core] ZoneBot.Dialogs.Core.ConversationStore::Serialize(class [System.Collections]System.Collections.Generic.Dictionary`2<string,object>)[OptimizedTier1]" + Map,
            string.Empty,
            string.Empty,
            "\t    7fd8aa6ad000 instance void [ZoneBot.Dialogs] ZoneBot.Dialogs.Tickets.TicketForm+<StoreStepAsync>d__19::MoveNext()[OptimizedTier1]" + Map,
            string.Empty,
            "\t          3ce5fd [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libcoreclr.so)",
            "\t    7fd8aa6ad100 instance void [System.Private.CoreLib] System.Threading.ThreadPoolWorkQueue::Dispatch()[OptimizedTier1]" + Map,
            string.Empty,
            "\tffffffff8225f759 pvm_irq_enable ([kernel.kallsyms])",
        ];

        var profile = PerfProfile.Count(script, ProfileBuckets.Load());

        Assert.Equal(2, profile.Samples["SQL"]);
        Assert.Equal(1, profile.Samples["JSON"]);
        Assert.Equal(1, profile.Samples["dialog"]);
        Assert.Equal(1, profile.Samples[PerfProfile.Runtime]);
        Assert.Equal(1, profile.Samples[PerfProfile.Kernel]);
        Assert.Equal(6, profile.Total);
    }
}
