namespace ZoneBot.Benchmarks.Driving;

/// <summary>What one virtual user saw in a run; one per user, so recording takes no lock. Merged at the end.</summary>
public sealed class TurnRecorder(RunClock clock)
{
    private const int ErrorSamplesKept = 5;

    public List<TurnSample> Samples { get; } = new(4096);

    public int Errors { get; private set; }

    public int WarmupErrors { get; private set; }

    public int Conversations { get; private set; }

    public List<string> ErrorSamples { get; } = [];

    public void Turn(string scenario, string? key, long started, long ended)
    {
        if (clock.Counts(started, ended))
        {
            Samples.Add(new TurnSample(scenario, key ?? string.Empty, ended - started));
        }
    }

    public void ConversationDone(long ended)
    {
        if (ended >= clock.MeasureFrom && ended <= clock.MeasureUntil)
        {
            Conversations++;
        }
    }

    public void Error(string scenario, long started, string reason)
    {
        if (clock.InWarmup(started))
        {
            WarmupErrors++;
        }
        else if (started < clock.MeasureUntil)
        {
            Errors++;
        }
        else
        {
            return;
        }
        if (ErrorSamples.Count < ErrorSamplesKept)
        {
            ErrorSamples.Add($"{scenario}: {reason}");
        }
    }
}
